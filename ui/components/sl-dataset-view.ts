import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { TicketLogFit } from '../../simulator/index.ts';
import { errorMessage } from '../api/client.ts';
import { routeHash } from '../app/route.ts';
import { dailyOption, hourOfWeekOption } from '../data/arrival-charts.ts';
import { type Dataset, getDataset } from '../data/dataset-api.ts';
import { formatPerWeek, poissonTestSentences, readSentence } from '../data/fit-text.ts';
import { createLatestRequest } from '../data/latest-request.ts';
import '../data/sl-backtest-panel.ts';
import '../data/sl-make-scenario.ts';
import '../data/sl-time-fits.ts';
import { formatCount, formatPercent } from '../format/format.ts';
import { shared } from '../styles/shared.ts';
import './sl-chart.ts';

/**
 * One data set: what was read and what was rejected (with line numbers), the arrivals against the
 * model (hour of the week, day by day, the Poisson tests), the fitted times with their candidate
 * distributions, and the two next steps: make a scenario, backtest. Property: `datasetId`.
 */
export class SlDatasetView extends LitElement {
  static override properties = {
    datasetId: { attribute: false },
    loaded: { state: true },
    error: { state: true },
  };
  declare datasetId: string | null;
  declare loaded: Dataset | null;
  declare error: string | null;
  /** The load under way: a data set left before its answer came is never shown. */
  private readonly latest = createLatestRequest();

  static override styles = [
    shared,
    css`
      .lead { font-size: 1.1rem; }
      .rejected { max-height: 22rem; overflow-y: auto; }
      .columns code { background: #eef1f5; padding: 0 0.3rem; border-radius: 4px; }
      .next { display: grid; gap: 1rem; grid-template-columns: 1fr; }
      h2 { margin-top: 0; }
      sl-chart { margin-top: 1.25rem; }
      ul.verdicts li { margin-bottom: 0.3rem; }
    `,
  ];

  constructor() {
    super();
    this.datasetId = null;
    this.loaded = null;
    this.error = null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('datasetId')) void this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back in the page after a load was cancelled: load again.
    if (this.hasUpdated && this.loaded === null && this.error === null) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.latest.cancel();
  }

  private async load(): Promise<void> {
    const signal = this.latest.start();
    this.loaded = null;
    this.error = null;
    if (this.datasetId === null) return;
    try {
      const dataset = await getDataset(this.datasetId, signal);
      if (this.latest.isCurrent(signal)) this.loaded = dataset;
    } catch (error) {
      if (this.latest.isCurrent(signal)) this.error = errorMessage(error);
    }
  }

  override render() {
    const back = html`<p class="no-print"><a href=${routeHash({ view: 'data' })}>← Import data and the data sets</a></p>`;
    if (this.error !== null) return html`${back}<p class="error" role="alert">${this.error}</p>`;
    if (this.loaded === null) return html`${back}<p class="muted">Loading the data set…</p>`;
    const { fit } = this.loaded;
    return html`${back}
      <h1>${this.loaded.name}</h1>
      <p class="lead">${readSentence(fit.source)}</p>
      ${this.readReport(fit)}
      ${this.arrivals(fit)}
      <section class="card">
        <h2>Times</h2>
        <sl-time-fits .times=${fit.times} .skipped=${fit.skipped}></sl-time-fits>
      </section>
      ${this.staffing(fit)}
      <section class="card">
        <h2>Make a scenario from this fit</h2>
        <sl-make-scenario .datasetId=${this.loaded.id}
          .recentTicketsPerWeek=${fit.arrivals.recentTicketsPerWeek}></sl-make-scenario>
      </section>
      <section class="card">
        <h2>Backtest: would the model have predicted the last weeks?</h2>
        <p class="hint">Fits the earlier weeks only, simulates the weeks held out, and compares with
          what really happened.</p>
        <sl-backtest-panel .datasetId=${this.loaded.id}></sl-backtest-panel>
      </section>`;
  }

  private readReport(fit: TicketLogFit) {
    const s = fit.source;
    const columns = Object.entries(s.columns);
    return html`<section class="card">
      <h2>What was read</h2>
      <p class="columns">Columns: ${columns.map(
        ([field, column], i) =>
          html`${i > 0 ? ', ' : ''}${field} = <code>${column}</code>${s.guessed.includes(field) ? '' : ' (given)'}`,
      )}.
        Time formats: ${Object.entries(s.formats)
          .map(([column, format]) => `${column} ${format}`)
          .join(', ')}.</p>
      ${s.warnings.map((w) => html`<p class="uncertain">Warning: ${w}</p>`)}
      ${
        s.rejectedCount === 0
          ? html`<p>Every row was read: none rejected.</p>`
          : html`<p><strong>${formatCount(s.rejectedCount)} rows rejected</strong>
              ${s.rejectedCount > s.rejected.length ? `(the first ${s.rejected.length} listed)` : ''}:
              they are left out of the fit.</p>
            <div class="rejected" tabindex="0" role="region" aria-label="Rejected rows">
              <table>
                <thead><tr><th scope="col" class="num">Line</th><th scope="col">Why</th></tr></thead>
                <tbody>${s.rejected.map(
                  (r) => html`<tr><td class="num">${r.line}</td><td>${r.reason}</td></tr>`,
                )}</tbody>
              </table>
            </div>
            <p class="hint">Line 1 is the header.</p>`
      }
    </section>`;
  }

  private arrivals(fit: TicketLogFit) {
    const a = fit.arrivals;
    const [within, daily] = poissonTestSentences(a);
    // The Poisson verdicts are said below in full; the others (volume, trend, holidays) here.
    const verdicts = a.verdicts.filter((v) => !/Poisson/.test(v));
    return html`<section class="card">
      <h2>Arrivals</h2>
      <ul class="verdicts">${verdicts.map((v) => html`<li>${v}</li>`)}</ul>
      <sl-chart heading="Arrivals by hour of the week: data against the model (tickets per hour)"
        height="340px" .option=${hourOfWeekOption(a)}></sl-chart>
      <p class="hint">Data: tickets in each hour of the week over the ${formatCount(Math.round(a.weeks))}
        weeks, with its exact 95 % Poisson interval (Garwood) as the band. Model: the rate the scenario
        draws arrivals from, the same profile at the recent level of
        ${formatPerWeek(a.recentTicketsPerWeek)} (the data's mean is
        ${formatPerWeek(a.ticketsPerWeek)}).</p>
      <sl-chart heading="Tickets per day over time, with the trend and days flagged as holidays"
        height="320px" .option=${dailyOption(a)}></sl-chart>
      <p class="hint">${
        a.holidays.length === 0
          ? 'No day was flagged as a holiday or outage.'
          : `${a.holidays.length} days flagged as holidays or outages: far fewer tickets than their weekday's mean.`
      }</p>
      <h3>Is it a Poisson process?</h3>
      <p class="hint">The simulation draws arrivals at random at each hour's rate (a Poisson
        process). Two tests say whether the data looks like that.</p>
      <ul class="verdicts"><li>${within}</li><li>${daily}</li></ul>
    </section>`;
  }

  private staffing(fit: TicketLogFit) {
    const staff = fit.staffing;
    if (staff === null) return nothing;
    const h = fit.handOffs;
    return html`<section class="card">
      <h2>Technicians and hand-offs</h2>
      <p>${formatCount(staff.technicians)} technicians seen; at most ${formatCount(staff.peak)} active
        in one hour of the week on average${staff.source === 'tickets' ? ' (from touches and resolutions only: a lower bound)' : ''}.
        ${formatPercent(h.shareHandedOver)} of tickets passed between technicians,
        ${formatPercent(h.shareEscalated)} were escalated.</p>
    </section>`;
  }
}

customElements.define('sl-dataset-view', SlDatasetView);

declare global {
  interface HTMLElementTagNameMap {
    'sl-dataset-view': SlDatasetView;
  }
}
