import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { errorMessage } from '../api/client.ts';
import { routeHash } from '../app/route.ts';
import { shared } from '../styles/shared.ts';
import { type MadeScenario, makeScenario } from './dataset-api.ts';
import { formatPerWeek } from './fit-text.ts';
import { madeName, planKey, planText } from './scenario-plan.ts';

/**
 * Makes a scenario from a data set's fit (kept with the scenarios) and links to it, listing what
 * was estimated from the data and what was assumed. Once a plan (the recent level, or a forecast
 * week) is made, the button stays off for it, as a second click would only make a copy; choosing
 * a forecast week not made yet turns it back on.
 * Properties: `datasetId`, `recentTicketsPerWeek` (the volume planned for when no forecast week
 * is given).
 */
export class SlMakeScenario extends LitElement {
  static override properties = {
    datasetId: { attribute: false },
    recentTicketsPerWeek: { attribute: false },
    forecastWeek: { state: true },
    busy: { state: true },
    made: { state: true },
    lastPlan: { state: true },
    error: { state: true },
  };
  declare datasetId: string;
  declare recentTicketsPerWeek: number;
  declare forecastWeek: string;
  declare busy: boolean;
  /** The scenarios made from this data set, by plan (a planKey). */
  declare made: ReadonlyMap<string, MadeScenario>;
  /** The plan of the scenario made last, shown while the form asks for one not made yet. */
  declare lastPlan: string | null;
  declare error: string | null;

  static override styles = [
    shared,
    css`
      input { width: 8rem; }
      ul { margin: 0.3rem 0 0.6rem; }
      .made { font-size: 1.05rem; }
    `,
  ];

  constructor() {
    super();
    this.datasetId = '';
    this.recentTicketsPerWeek = 0;
    this.forecastWeek = '';
    this.busy = false;
    this.made = new Map();
    this.lastPlan = null;
    this.error = null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('datasetId')) {
      this.made = new Map();
      this.lastPlan = null;
    }
  }

  private async make(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const plan = planKey(this.forecastWeek);
    if (this.busy || this.made.has(plan)) return;
    this.busy = true;
    this.error = null;
    try {
      const week = plan === 'recent' ? undefined : Number(plan);
      const made = await makeScenario(this.datasetId, week);
      this.made = new Map([...this.made, [plan, made]]);
      this.lastPlan = plan;
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const plan = planKey(this.forecastWeek);
    const madeNow = this.made.has(plan);
    const shown = madeNow ? plan : this.lastPlan;
    return html`<form class="row" @submit=${this.make}>
        <label>Plan for forecast week (optional)
          <input type="number" min="1" max="52" step="1" placeholder="recent level"
            .value=${this.forecastWeek}
            @input=${(e: Event) => {
              this.forecastWeek = (e.target as HTMLInputElement).value;
            }} />
          <span class="hint">Empty: the recent level, ${formatPerWeek(this.recentTicketsPerWeek)}
            (the last 13 weeks). 1 = next week's forecast.</span>
        </label>
        <button type="submit" ?disabled=${this.busy || madeNow}>Create a scenario</button>
        ${madeNow ? html`<span class="hint">Made for ${planText(plan)}: open it below. Choose another forecast week to make another.</span>` : nothing}
      </form>
      ${this.error === null ? nothing : html`<p class="error" role="alert">${this.error}</p>`}
      ${shown === null ? nothing : this.result(shown)}`;
  }

  private result(plan: string) {
    const made = this.made.get(plan);
    if (made === undefined) return nothing;
    const name = madeName(made);
    return html`<p class="made" role="status"><strong>Scenario${name === null ? '' : ` “${name}”`}
        created</strong> for ${planText(plan)}.
        <a class="button" href=${routeHash({ view: 'scenario', id: made.scenarioId })}>Open the scenario</a></p>
      <h3>Estimated from the data</h3>
      <ul>${made.estimated.map((s) => html`<li>${s}</li>`)}</ul>
      <h3>Assumed (check these)</h3>
      <ul>${made.assumed.map((s) => html`<li>${s}</li>`)}</ul>`;
  }
}

customElements.define('sl-make-scenario', SlMakeScenario);

declare global {
  interface HTMLElementTagNameMap {
    'sl-make-scenario': SlMakeScenario;
  }
}
