import { css, html, LitElement, nothing } from 'lit';
import type { Backtest } from '../../simulator/index.ts';
import { errorMessage } from '../api/client.ts';
import '../components/sl-chart.ts';
import { formatCount } from '../format/format.ts';
import { shared } from '../styles/shared.ts';
import { backtestOption } from './backtest-chart.ts';
import { backtestText } from './backtest-text.ts';
import { backtestDataset } from './dataset-api.ts';
import { backtestRows, verdictClass } from './fit-tables.ts';
import { formatIsoDay, formatPerWeek } from './fit-text.ts';

/**
 * The backtest of a data set: hold out its last weeks, fit the earlier ones, simulate the held-out
 * weeks and compare with what happened: weekly volume (chart), time-to-resolve percentiles and
 * open tickets, each with its error, and the verdict in words. Property: `datasetId`.
 */
export class SlBacktestPanel extends LitElement {
  static override properties = {
    datasetId: { attribute: false },
    testWeeks: { state: true },
    trainWeeks: { state: true },
    running: { state: true },
    result: { state: true },
    error: { state: true },
  };
  declare datasetId: string;
  declare testWeeks: string;
  declare trainWeeks: string;
  declare running: boolean;
  declare result: Backtest | null;
  declare error: string | null;
  private abort: AbortController | null = null;

  static override styles = [
    shared,
    css`
      .verdict { font-size: 1.15rem; }
      .bar { height: 10px; border-radius: 5px; background: #dde5f2; overflow: hidden; position: relative; max-width: 40rem; }
      .bar::after { content: ''; position: absolute; inset: 0; width: 35%; background: var(--sl-blue); border-radius: 5px; animation: slide 1.3s ease-in-out infinite; }
      @keyframes slide { from { left: -35%; } to { left: 100%; } }
      @media (prefers-reduced-motion: reduce) { .bar::after { animation: none; width: 100%; opacity: 0.5; } }
      input { width: 8rem; }
    `,
  ];

  constructor() {
    super();
    this.datasetId = '';
    this.testWeeks = '';
    this.trainWeeks = '';
    this.running = false;
    this.result = null;
    this.error = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private async run(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const weeks = (text: string) => (text.trim() === '' ? undefined : Number(text));
    this.running = true;
    this.error = null;
    this.abort = new AbortController();
    try {
      this.result = await backtestDataset(
        this.datasetId,
        { testWeeks: weeks(this.testWeeks), trainWeeks: weeks(this.trainWeeks) },
        this.abort.signal,
      );
    } catch (error) {
      if ((error as Error).name !== 'AbortError') this.error = errorMessage(error);
    } finally {
      this.running = false;
      this.abort = null;
    }
  }

  override render() {
    const field = (set: (v: string) => void) => (e: Event) =>
      set((e.target as HTMLInputElement).value);
    return html`<form class="row" @submit=${this.run}>
        <label>Weeks held out
          <input type="number" min="1" max="104" step="1" placeholder="auto" .value=${this.testWeeks}
            @input=${field((v) => {
              this.testWeeks = v;
            })} />
          <span class="hint">Default: a quarter of the weeks, 4 to 13.</span>
        </label>
        <label>Weeks fitted on
          <input type="number" min="12" max="1040" step="1" placeholder="all" .value=${this.trainWeeks}
            @input=${field((v) => {
              this.trainWeeks = v;
            })} />
          <span class="hint">Default: every week before (12 at least).</span>
        </label>
        <button type="submit" ?disabled=${this.running}>Run the backtest</button>
        ${this.running ? html`<button type="button" class="secondary" @click=${() => this.abort?.abort()}>Stop waiting</button>` : nothing}
      </form>
      ${
        this.running
          ? html`<div role="status" style="margin-top:0.8rem">
              <div class="bar" role="progressbar" aria-label="Backtest running"></div>
              <p class="muted">Fitting the earlier weeks and simulating the held-out ones… (a few seconds)</p>
            </div>`
          : nothing
      }
      ${this.error === null ? nothing : html`<p class="error" role="alert">${this.error}</p>`}
      ${this.result === null ? nothing : this.report(this.result)}`;
  }

  private report(backtest: Backtest) {
    const text = backtestText(backtest);
    return html`<p class="verdict ${verdictClass(backtest.verdict)}"><strong>${text.verdict}</strong></p>
      <p>Fitted on ${formatCount(backtest.trainWeeks)} weeks (${formatCount(backtest.trainTickets)}
        tickets) up to ${formatIsoDay(backtest.split)}; simulated the next ${formatCount(backtest.testWeeks)} weeks
        (${formatCount(backtest.testTickets)} tickets happened) at
        ${formatPerWeek(backtest.plannedTicketsPerWeek)}.</p>
      <sl-chart heading="Weekly volume in the held-out weeks: simulated against actual (tickets per week)"
        .option=${backtestOption(backtest)} height="320px"></sl-chart>
      <p>${text.volume}</p>
      <p class="hint">MAPE (mean absolute percentage error): the average gap between the weekly
        volume planned for and the actual one, as a share of the actual.</p>
      <table>
        <thead><tr><th scope="col">Figure of the held-out weeks</th><th scope="col" class="num">Actual</th>
          <th scope="col" class="num">Simulated (95 % interval)</th><th scope="col" class="num">Error</th></tr></thead>
        <tbody>${backtestRows(backtest).map(
          (r) => html`<tr><td>${r.name}</td><td class="num">${r.actual}</td>
            <td class="num">${r.simulated}</td><td class="num">${r.error}</td></tr>`,
        )}</tbody>
      </table>
      ${text.notes.length === 0 ? nothing : html`<ul>${text.notes.map((s) => html`<li>${s}</li>`)}</ul>`}`;
  }
}

customElements.define('sl-backtest-panel', SlBacktestPanel);

declare global {
  interface HTMLElementTagNameMap {
    'sl-backtest-panel': SlBacktestPanel;
  }
}
