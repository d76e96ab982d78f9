import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { StoredScenario } from '../api/client.ts';
import { BaseScenarioController } from '../controllers/base-scenario-controller.ts';
import {
  compareRequest,
  type DraftVariant,
  type FormProblem,
  MAX_VARIANTS,
  variantOfMessage,
} from '../experiments/compare-request.ts';
import { variantName } from '../experiments/describe-change.ts';
import { shared } from '../styles/shared.ts';
import './sl-run-settings.ts';
import './sl-scenario-choice.ts';
import './sl-variant-editor.ts';

/** A variant in the list, with a key that stays with it when the variants before it go. */
interface ListedVariant {
  key: number;
  draft: DraftVariant;
}

/**
 * The comparison builder (`#/compare?scenario=ID`): choose a base scenario, write variants as
 * "base + changes" (each change a lever of the scenario in plain words, or a raw path), set the
 * replications and seed, and start the comparison; the run's page shows the result. A problem
 * the server finds is shown as it says it, next to the variant it names.
 */
export class SlCompare extends LitElement {
  static override properties = {
    scenarioId: { attribute: false },
    variants: { state: true },
    replications: { state: true },
    seed: { state: true },
    problems: { state: true },
  };
  declare scenarioId: string | null;
  declare variants: ListedVariant[];
  declare replications: number;
  declare seed: number;
  declare problems: FormProblem[];
  /** The key the next variant gets. */
  private nextKey = 0;

  private readonly base = new BaseScenarioController(this, 'compare', (scenario) => {
    this.seed = scenario.run.seed ?? 1;
    this.variants = [this.newVariant()];
    this.problems = [];
  });

  static override styles = [
    shared,
    css`
      .lead { font-size: 1.1rem; max-width: 60rem; }
      .start { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
      .start button { font-size: 1.1rem; padding: 0.6rem 1.4rem; }
      .server { white-space: pre-line; }
    `,
  ];

  constructor() {
    super();
    this.scenarioId = null;
    this.variants = [this.newVariant()];
    this.replications = 10;
    this.seed = 1;
    this.problems = [];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenarioId')) void this.base.load(this.scenarioId);
  }

  private newVariant(): ListedVariant {
    this.nextKey += 1;
    return { key: this.nextKey, draft: { name: '', changes: [] } };
  }

  private chooseScenario(id: string): void {
    this.base.choose(id);
    this.scenarioId = id;
  }

  override render() {
    return html`<h1>Compare options</h1>
      <p class="lead">Start from a scenario, describe each option as the changes it makes, and see them side by
        side: service levels against their targets, waits, backlog and cost, with how sure the simulation is
        of each difference.</p>
      <sl-scenario-choice .scenarioId=${this.scenarioId}
        @scenario-choose=${(e: CustomEvent<string>) => this.chooseScenario(e.detail)}></sl-scenario-choice>
      ${this.base.loadError === null ? nothing : html`<p class="error" role="alert">${this.base.loadError}</p>`}
      ${this.base.stored === null ? nothing : this.form(this.base.stored)}`;
  }

  private form(stored: StoredScenario) {
    const serverVariant =
      this.base.serverError === null ? null : variantOfMessage(this.base.serverError);
    const listProblem = this.problems.find((p) => p.field === 'variants')?.message;
    return html`<h2>Variants of “${stored.name}”</h2>
      <p class="hint">The base runs as it is; each variant is the base with its changes. Every option sees the
        same simulated tickets, so the differences come from the changes alone.</p>
      ${repeat(
        this.variants,
        (listed) => listed.key,
        (
          listed,
          i,
        ) => html`<sl-variant-editor .variant=${listed.draft} .index=${i} .levers=${this.base.levers}
          .scenario=${stored.scenario} .problems=${this.problems}
          .serverError=${serverVariant === i ? this.base.serverError : null}
          @variant-change=${(e: CustomEvent<DraftVariant>) => this.replace(listed.key, e.detail)}
          @variant-remove=${() => this.removeVariant(listed.key)}></sl-variant-editor>`,
      )}
      ${listProblem === undefined ? nothing : html`<p class="field-error" role="alert">${listProblem}</p>`}
      <p><button id="add-variant" class="secondary" ?disabled=${this.variants.length >= MAX_VARIANTS}
        @click=${() => {
          this.variants = [...this.variants, this.newVariant()];
        }}>Add a variant</button>
        <span class="hint">up to ${MAX_VARIANTS}; three or four read best side by side</span></p>
      <sl-run-settings .replications=${this.replications} .seed=${this.seed} .problems=${this.problems}
        .runs=${this.variants.length + 1} what="option"
        @settings-change=${(e: CustomEvent<{ replications: number; seed: number }>) => {
          ({ replications: this.replications, seed: this.seed } = e.detail);
        }}></sl-run-settings>
      <div class="start">
        <button ?disabled=${this.base.busy} @click=${() => this.start(stored)}>${this.base.busy ? 'Starting…' : 'Run the comparison'}</button>
        ${this.problems.length > 0 ? html`<span class="field-error" role="alert">Fix the fields marked above first.</span>` : nothing}
      </div>
      ${this.base.serverError === null || serverVariant !== null ? nothing : html`<p class="error server" role="alert">${this.base.serverError}</p>`}`;
  }

  private replace(key: number, draft: DraftVariant): void {
    this.variants = this.variants.map((v) => (v.key === key ? { key, draft } : v));
  }

  /** Removes a variant; the keyboard's focus goes to the button that adds one. */
  private async removeVariant(key: number): Promise<void> {
    this.variants = this.variants.filter((v) => v.key !== key);
    this.problems = [];
    this.base.serverError = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#add-variant')?.focus();
  }

  private async start(stored: StoredScenario): Promise<void> {
    const built = compareRequest({
      scenarioId: stored.id,
      baseName: stored.name,
      variants: this.variants.map(({ draft }) => ({
        ...draft,
        name: draft.name.trim() || variantName(draft.changes.map((c) => c.words)).slice(0, 200),
      })),
      replications: this.replications,
      seed: this.seed,
    });
    if ('problems' in built) {
      this.problems = built.problems;
      return;
    }
    this.problems = [];
    await this.base.start({ ...built.body });
  }
}

customElements.define('sl-compare', SlCompare);

declare global {
  interface HTMLElementTagNameMap {
    'sl-compare': SlCompare;
  }
}
