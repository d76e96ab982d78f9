import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../api/client.ts';
import { routeHash } from '../app/route.ts';
import { shared } from '../styles/shared.ts';
import { type MadeScenario, makeScenario } from './dataset-api.ts';
import { formatPerWeek } from './fit-text.ts';

/**
 * Makes a scenario from a data set's fit (kept with the scenarios) and links to it, listing what
 * was estimated from the data and what was assumed. Properties: `datasetId`,
 * `recentTicketsPerWeek` (the volume planned for when no forecast week is given).
 */
export class SlMakeScenario extends LitElement {
  static override properties = {
    datasetId: { attribute: false },
    recentTicketsPerWeek: { attribute: false },
    forecastWeek: { state: true },
    busy: { state: true },
    made: { state: true },
    error: { state: true },
  };
  declare datasetId: string;
  declare recentTicketsPerWeek: number;
  declare forecastWeek: string;
  declare busy: boolean;
  declare made: MadeScenario | null;
  declare error: string | null;

  static override styles = [
    shared,
    css`
      input { width: 8rem; }
      ul { margin: 0.3rem 0 0.6rem; }
    `,
  ];

  constructor() {
    super();
    this.datasetId = '';
    this.recentTicketsPerWeek = 0;
    this.forecastWeek = '';
    this.busy = false;
    this.made = null;
    this.error = null;
  }

  private async make(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.busy = true;
    this.error = null;
    try {
      const week = this.forecastWeek.trim() === '' ? undefined : Number(this.forecastWeek);
      this.made = await makeScenario(this.datasetId, week);
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
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
        <button type="submit" ?disabled=${this.busy}>Create a scenario</button>
      </form>
      ${this.error === null ? nothing : html`<p class="error" role="alert">${this.error}</p>`}
      ${this.made === null ? nothing : this.result(this.made)}`;
  }

  private result(made: MadeScenario) {
    return html`<p><strong>Scenario created.</strong>
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
