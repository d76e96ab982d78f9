import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Scenario } from '../../simulator/index.ts';
import { api, errorMessage, type StoredScenario } from '../api/client.ts';
import { startAndOpenRun } from '../app/open-run.ts';
import { routeHash } from '../app/route.ts';
import {
  compareRequest,
  type DraftVariant,
  type FormProblem,
  MAX_VARIANTS,
  variantOfMessage,
} from '../experiments/compare-request.ts';
import { variantName } from '../experiments/describe-change.ts';
import { type Lever, scenarioLevers } from '../experiments/scenario-levers.ts';
import { shared } from '../styles/shared.ts';
import './sl-run-settings.ts';
import './sl-scenario-choice.ts';
import './sl-variant-editor.ts';

/**
 * The comparison builder (`#/compare?scenario=ID`): choose a base scenario, write variants as
 * "base + changes" (each change a lever of the scenario in plain words, or a raw path), set the
 * replications and seed, and start the comparison; the run's page shows the result. A problem
 * the server finds is shown as it says it, next to the variant it names.
 */
export class SlCompare extends LitElement {
  static override properties = {
    scenarioId: { attribute: false },
    stored: { state: true },
    variants: { state: true },
    replications: { state: true },
    seed: { state: true },
    problems: { state: true },
    serverError: { state: true },
    loadError: { state: true },
    busy: { state: true },
  };
  declare scenarioId: string | null;
  declare stored: StoredScenario | null;
  declare variants: DraftVariant[];
  declare replications: number;
  declare seed: number;
  declare problems: FormProblem[];
  declare serverError: string | null;
  declare loadError: string | null;
  declare busy: boolean;
  private levers: Lever[] = [];

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
    this.stored = null;
    this.variants = [{ name: '', changes: [] }];
    this.replications = 10;
    this.seed = 1;
    this.problems = [];
    this.serverError = null;
    this.loadError = null;
    this.busy = false;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenarioId')) void this.load(this.scenarioId);
  }

  private async load(id: string | null): Promise<void> {
    this.stored = null;
    this.loadError = null;
    this.serverError = null;
    this.problems = [];
    if (id === null) return;
    try {
      const stored = await api.getScenario(id);
      const scenario = stored.scenario as Scenario;
      this.levers = scenarioLevers(scenario);
      this.seed = scenario.run.seed ?? 1;
      this.variants = [{ name: '', changes: [] }];
      this.stored = stored;
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  override render() {
    return html`<h1>Compare options</h1>
      <p class="lead">Start from a scenario, describe each option as the changes it makes, and see them side by
        side: service levels against their targets, waits, backlog and cost, with how sure the simulation is
        of each difference.</p>
      <sl-scenario-choice .scenarioId=${this.scenarioId}
        @scenario-choose=${(e: CustomEvent<string>) => {
          location.hash = routeHash({ view: 'compare', params: { scenario: e.detail } });
        }}></sl-scenario-choice>
      ${this.loadError === null ? nothing : html`<p class="error" role="alert">${this.loadError}</p>`}
      ${this.stored === null ? nothing : this.form(this.stored)}`;
  }

  private form(stored: StoredScenario) {
    const serverVariant = this.serverError === null ? null : variantOfMessage(this.serverError);
    const listProblem = this.problems.find((p) => p.field === 'variants')?.message;
    return html`<h2>Variants of “${stored.name}”</h2>
      <p class="hint">The base runs as it is; each variant is the base with its changes. Every option sees the
        same simulated tickets, so the differences come from the changes alone.</p>
      ${this.variants.map(
        (
          variant,
          i,
        ) => html`<sl-variant-editor .variant=${variant} .index=${i} .levers=${this.levers}
          .scenario=${stored.scenario} .problems=${this.problems}
          .serverError=${serverVariant === i ? this.serverError : null}
          @variant-change=${(e: CustomEvent<DraftVariant>) => this.replace(i, e.detail)}
          @variant-remove=${() => this.removeVariant(i)}></sl-variant-editor>`,
      )}
      ${listProblem === undefined ? nothing : html`<p class="field-error" role="alert">${listProblem}</p>`}
      <p><button class="secondary" ?disabled=${this.variants.length >= MAX_VARIANTS}
        @click=${() => {
          this.variants = [...this.variants, { name: '', changes: [] }];
        }}>Add a variant</button>
        <span class="hint">up to ${MAX_VARIANTS}; three or four read best side by side</span></p>
      <sl-run-settings .replications=${this.replications} .seed=${this.seed} .problems=${this.problems}
        .runs=${this.variants.length + 1} what="option"
        @settings-change=${(e: CustomEvent<{ replications: number; seed: number }>) => {
          ({ replications: this.replications, seed: this.seed } = e.detail);
        }}></sl-run-settings>
      <div class="start">
        <button ?disabled=${this.busy} @click=${() => this.start(stored)}>${this.busy ? 'Starting…' : 'Run the comparison'}</button>
        ${this.problems.length > 0 ? html`<span class="field-error" role="alert">Fix the fields marked above first.</span>` : nothing}
      </div>
      ${this.serverError === null || serverVariant !== null ? nothing : html`<p class="error server" role="alert">${this.serverError}</p>`}`;
  }

  private replace(i: number, variant: DraftVariant): void {
    this.variants = this.variants.map((v, k) => (k === i ? variant : v));
  }

  private removeVariant(i: number): void {
    this.variants = this.variants.filter((_, k) => k !== i);
    this.problems = [];
    this.serverError = null;
  }

  private async start(stored: StoredScenario): Promise<void> {
    this.serverError = null;
    const built = compareRequest({
      scenarioId: stored.id,
      baseName: stored.name,
      variants: this.variants.map((v) => ({
        ...v,
        name: v.name.trim() || variantName(v.changes.map((c) => c.words)).slice(0, 200),
      })),
      replications: this.replications,
      seed: this.seed,
    });
    if ('problems' in built) {
      this.problems = built.problems;
      return;
    }
    this.problems = [];
    this.busy = true;
    this.serverError = await startAndOpenRun({ ...built.body });
    this.busy = false;
  }
}

customElements.define('sl-compare', SlCompare);

declare global {
  interface HTMLElementTagNameMap {
    'sl-compare': SlCompare;
  }
}
