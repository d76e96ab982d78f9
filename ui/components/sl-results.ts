import { css, html, LitElement, nothing } from 'lit';
import {
  type ClassResult,
  type HourlyStaffing,
  hourlyStaffing,
  type MetricSummary,
  type Scenario,
  type SimulationResult,
} from '../../simulator/index.ts';
import {
  formatCount,
  formatDuration,
  formatInterval,
  formatQuantity,
  formatRange,
  type Quantity,
} from '../format/format.ts';
import {
  backlogOption,
  costOption,
  distributionOption,
  occupancyOption,
} from '../results/chart-options.ts';
import { coverageOption } from '../results/coverage.ts';
import { measuredWeeks, metricRows } from '../results/metric-table.ts';
import { resultCsv } from '../results/result-csv.ts';
import { shared } from '../styles/shared.ts';
import { downloadFile, fileName } from './download.ts';
import './sl-chart.ts';
import './sl-metric-tables.ts';

/** A value for a headline card: a metric's summary and how to show it. */
interface Shown {
  summary: MetricSummary | null | undefined;
  quantity: Quantity;
  currency?: string | null;
}

const VERDICT_WORDS = {
  met: 'met',
  missed: 'missed',
  uncertain: 'too close to call',
  'no-tickets': 'no tickets',
};

/**
 * The results dashboard of one simulation: the plain-language summary, headline cards with their
 * 95 % intervals (service level per class against its target, p95 time to resolve, backlog, cost),
 * charts (wait and resolve distributions, backlog by age, occupancy by hour of week, cost split),
 * tables of every metric, and a CSV of them.
 */
export class SlResults extends LitElement {
  static override properties = {
    result: { attribute: false },
    scenario: { attribute: false },
    group: { state: true },
  };
  declare result: SimulationResult | null;
  /** The scenario simulated (the run's request): for the hour-by-hour staffing view. */
  declare scenario: Scenario | null;
  declare group: number;

  static override styles = [
    shared,
    css`
      .cards { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); margin-bottom: 1rem; }
      .metric { background: #fff; border: 1px solid var(--sl-line); border-left: 6px solid var(--sl-grey); border-radius: 8px; padding: 0.7rem 0.9rem; }
      .metric.met { border-left-color: var(--sl-green); }
      .metric.missed { border-left-color: var(--sl-red); }
      .metric.uncertain { border-left-color: var(--sl-amber); }
      .metric .label { color: var(--sl-grey); font-size: 0.9rem; }
      .metric .value { font-size: 1.6rem; font-weight: 700; line-height: 1.2; }
      .metric .ci { color: var(--sl-grey); font-size: 0.85rem; }
      .summary { font-size: 1.1rem; }
      .charts { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); }
      @media print {
        .charts { grid-template-columns: 1fr 1fr; gap: 0.4rem; }
        .charts .card { padding: 0.3rem 0.5rem; margin: 0; }
        .cards { grid-template-columns: repeat(3, 1fr); gap: 0.4rem; margin-bottom: 0.4rem; }
        .metric { padding: 0.3rem 0.5rem; }
        .metric .value { font-size: 1.1rem; }
        .metric .hint, .metric .ci { font-size: 0.7rem; }
        .summary { font-size: 0.8rem; padding: 0.4rem 0.6rem; margin-bottom: 0.4rem; }
        .summary p { margin: 0.1rem 0; }
        .summary .hint { font-size: 0.65rem; }
        .occupancy-note, sl-metric-tables, .coverage { display: none; }
      }
    `,
  ];

  constructor() {
    super();
    this.result = null;
    this.scenario = null;
    this.group = 0;
  }

  override render() {
    const r = this.result;
    if (r === null) return nothing;
    const weeks = measuredWeeks(r);
    return html`<section class="card summary" aria-label="Summary">
        ${r.summary.map((sentence) => html`<p>${sentence}</p>`)}
        <p class="hint">${r.replications} replications of ${formatDuration(r.horizonMinutes)} (seed ${r.seed});
          the first ${formatDuration(r.warmUpMinutes)} are a warm-up and not counted, so metrics cover ${weeks.toFixed(1)} weeks.
          Ranges in brackets are 95 % confidence intervals. ${r.warmUp.note}</p>
      </section>
      <div class="cards" role="list">
        ${r.classes.map((c) => this.classCard(c))}
        ${this.card('Time to resolve, 95th percentile', { summary: r.overall.timeInSystemP95Minutes, quantity: 'minutes' }, '95 % of tickets are resolved within this time.')}
        ${this.card('Tickets open at the end', { summary: r.overall.openAtEnd, quantity: 'count' }, `Oldest open ticket at the end: ${formatDuration(r.backlog.oldestMinutes.at(-1) ?? null)}.`)}
        ${this.costCard(r)}
      </div>
      <h2 class="visually-hidden">Charts</h2>
      <div class="charts">
        <div class="card"><sl-chart heading="Wait and time to resolve: share of tickets within a time" .option=${distributionOption(r)}></sl-chart></div>
        <div class="card"><sl-chart heading="Open tickets by age over the run" .option=${backlogOption(r)}></sl-chart></div>
        <div class="card">${this.occupancy()}</div>
        <div class="card"><sl-chart heading=${r.overall.totalCostPerWeek === null ? 'Hours a week: technicians on duty and users’ lost time' : `What a week costs (${r.currency ?? 'money'})`} .option=${costOption(r)}></sl-chart></div>
      </div>
      <sl-metric-tables .result=${r}></sl-metric-tables>
      <p class="no-print"><button class="secondary" @click=${() => this.downloadCsv()}>Download all metrics (CSV)</button>
        <span class="hint">Every metric per class and group, with its 95 % interval; ${formatCount(r.events)} events simulated.</span></p>`;
  }

  private card(label: string, value: Shown, detail: string, verdict = '') {
    const main = formatQuantity(value.summary?.mean, value.quantity, value.currency ?? null);
    const range = formatRange(value.summary, value.quantity, value.currency ?? null);
    return html`<div class="metric ${verdict}" role="listitem">
      <div class="label">${label}</div>
      <div class="value">${main}</div>
      <div class="ci">${range === null ? '' : `95 % interval ${range}`}</div>
      <div class="hint">${detail}</div>
    </div>`;
  }

  /** Total cost a week; in hours when the scenario gives no costs (and how to add them). */
  private costCard(r: SimulationResult) {
    if (r.overall.totalCostPerWeek === null) {
      return this.card(
        "Users' working time lost a week",
        { summary: r.overall.lostUserHoursPerWeek, quantity: 'hours' },
        `Technicians on duty: ${formatInterval(r.overall.agentHoursPerWeek, 'hours')} a week. No costs in this scenario: add them under Costs in the editor to see money.`,
      );
    }
    return this.card(
      'Total cost a week',
      { summary: r.overall.totalCostPerWeek, quantity: 'money', currency: r.currency },
      `Salaries ${formatInterval(r.overall.staffCostPerWeek, 'money', r.currency)}; users' lost time ${formatInterval(r.overall.lostProductivityCostPerWeek, 'money', r.currency)}.`,
    );
  }

  private classCard(c: ClassResult) {
    const sl = c.metrics.serviceLevel;
    if (c.target === null) {
      return this.card(
        `${c.name}: mean wait`,
        { summary: c.metrics.asaMinutes, quantity: 'minutes' },
        'No service-level target set.',
      );
    }
    const verdict = c.target.verdict;
    return this.card(
      `${c.name}: within ${formatDuration(c.target.targetMinutes)}${c.target.calendar === null ? '' : ` of business hours (${c.target.calendar})`}`,
      { summary: sl, quantity: 'fraction' },
      `Target ${Math.round(c.target.attainment * 1000) / 10} %: ${VERDICT_WORDS[verdict]}.`,
      verdict === 'no-tickets' ? '' : verdict,
    );
  }

  private occupancy() {
    const r = this.result as SimulationResult;
    const group = r.groups[this.group] ?? r.groups[0];
    if (group === undefined) return nothing;
    return html`<label class="no-print">Group
        <select @change=${(e: Event) => (this.group = Number((e.target as HTMLSelectElement).value))}>
          ${r.groups.map((g, i) => html`<option value=${i} ?selected=${i === this.group}>${g.name}</option>`)}
        </select></label>
      <sl-chart heading="${group.name}: technicians busy by hour of the week (%)" .option=${occupancyOption(group.occupancyByHourOfWeek)}></sl-chart>
      <p class="hint occupancy-note">Occupancy: the share of on-duty time spent working tickets. Above about 85 % queues grow quickly.</p>
      ${this.coverage()}`;
  }

  /** Technicians needed against scheduled, hour by hour, for the chosen group (from the scenario). */
  private coverage() {
    if (this.scenario === null) return nothing;
    let staffing: HourlyStaffing | null = null;
    try {
      staffing = hourlyStaffing(this.scenario, this.group);
    } catch {
      return nothing; // a scenario the closed forms cannot staff (e.g. an offered load beyond them)
    }
    if (staffing === null) return nothing;
    return html`<div class="coverage">
      <sl-chart heading="Technicians needed against scheduled, by hour of the week" .option=${coverageOption(staffing)}></sl-chart>
      <p class="hint">Needed: a queueing formula (Erlang C) on each hour's tickets alone, for this group's targets and
        at most 85 % busy, with shrinkage. A quick planning view: the simulation above is the judge, since it also
        carries tickets from one hour into the next.</p></div>`;
  }

  private downloadCsv(): void {
    const r = this.result as SimulationResult;
    downloadFile(
      fileName(`${r.scenarioName} results`, 'csv'),
      new Blob([resultCsv(metricRows(r))], { type: 'text/csv' }),
    );
  }
}

customElements.define('sl-results', SlResults);

declare global {
  interface HTMLElementTagNameMap {
    'sl-results': SlResults;
  }
}
