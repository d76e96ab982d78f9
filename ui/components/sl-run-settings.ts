import { css, html, LitElement, nothing } from 'lit';
import type { FormProblem } from '../experiments/compare-request.ts';
import { inputText } from '../experiments/input-text.ts';
import { shared } from '../styles/shared.ts';

/**
 * The replications and seed of a comparison or sweep, each with a one-line hint, and how many
 * simulated periods that makes. Properties: `replications`, `seed`, `runs` (the options or
 * points), `what` ("option" or "point"), `problems`. Event out: `settings-change` (detail:
 * `{ replications, seed }`, NaN for an empty field).
 */
export class SlRunSettings extends LitElement {
  static override properties = {
    replications: { attribute: false },
    seed: { attribute: false },
    runs: { attribute: false },
    what: { type: String },
    problems: { attribute: false },
  };
  declare replications: number;
  declare seed: number;
  declare runs: number;
  declare what: string;
  declare problems: FormProblem[];

  static override styles = [
    shared,
    css`
      input { width: 8rem; }
      label { max-width: 22rem; }
    `,
  ];

  constructor() {
    super();
    this.replications = 10;
    this.seed = 1;
    this.runs = 1;
    this.what = 'option';
    this.problems = [];
  }

  private emit(field: 'replications' | 'seed', text: string): void {
    const value = text.trim() === '' ? Number.NaN : Number(text);
    const detail = { replications: this.replications, seed: this.seed, [field]: value };
    this.dispatchEvent(
      new CustomEvent('settings-change', { detail, bubbles: true, composed: true }),
    );
  }

  override render() {
    const problem = (field: string) =>
      this.problems.find((p) => p.field === field)?.message ?? null;
    const replicationsProblem = problem('replications');
    const seedProblem = problem('seed');
    const total = this.runs * this.replications;
    return html`<section class="card" aria-label="How precisely to run">
      <div class="row">
        <label for="replications">Replications
          <input id="replications" type="number" min="1" max="1000" step="1" .value=${inputText(this.replications)}
            aria-invalid=${replicationsProblem === null ? 'false' : 'true'}
            @input=${(e: Event) => this.emit('replications', (e.target as HTMLInputElement).value)} />
          <span class="hint">Repeats of the simulated period for each ${this.what}: more give narrower intervals, but take longer.</span>
          ${replicationsProblem === null ? nothing : html`<span class="field-error">${replicationsProblem}</span>`}
        </label>
        <label for="seed">Seed
          <input id="seed" type="number" min="0" step="1" .value=${inputText(this.seed)}
            aria-invalid=${seedProblem === null ? 'false' : 'true'}
            @input=${(e: Event) => this.emit('seed', (e.target as HTMLInputElement).value)} />
          <span class="hint">Where the random numbers start: the same seed gives the same result again.</span>
          ${seedProblem === null ? nothing : html`<span class="field-error">${seedProblem}</span>`}
        </label>
      </div>
      ${
        Number.isFinite(total) && total > 0
          ? html`<p class="hint">${this.runs} ${this.what}${this.runs === 1 ? '' : 's'} × ${this.replications}
              replications = ${total} simulated periods.</p>`
          : nothing
      }
    </section>`;
  }
}

customElements.define('sl-run-settings', SlRunSettings);

declare global {
  interface HTMLElementTagNameMap {
    'sl-run-settings': SlRunSettings;
  }
}
