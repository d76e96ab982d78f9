import { css, html, LitElement, nothing } from 'lit';
import type { Scenario, Sweep, SweepPoint } from '../../simulator/index.ts';
import { VERDICT_LABELS, VERDICT_STYLES } from '../experiments/compare-cells.ts';
import { csvText } from '../experiments/csv-text.ts';
import { formatParameterValue, type ParameterLabel } from '../experiments/parameter-label.ts';
import { sweepAnswer } from '../experiments/sweep-answer.ts';
import { sweepCostOption, sweepServiceOption } from '../experiments/sweep-charts.ts';
import { sweepHeatmapOption } from '../experiments/sweep-heatmap.ts';
import {
  meetsWords,
  type SweepColumn,
  sweepColumns,
  sweepCsvRows,
  sweepLabels,
  sweepMarks,
} from '../experiments/sweep-table.ts';
import { formatQuantity } from '../format/format.ts';
import { shared } from '../styles/shared.ts';
import { downloadFile, fileName } from './download.ts';
import './sl-chart.ts';

/** Whether a run's result is a sweep this element can show. */
function isSweep(value: unknown): value is Sweep {
  const s = value as Partial<Sweep> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    Array.isArray(s.points) &&
    s.points.length > 0 &&
    Array.isArray(s.parameters)
  );
}

/** The scenario a sweep ran on, from its run's request, or null when the request has none. */
function requestScenario(request: unknown): Scenario | null {
  const scenario = (request as { scenario?: Partial<Scenario> } | null)?.scenario;
  return typeof scenario === 'object' && scenario !== null && Array.isArray(scenario.groups)
    ? (scenario as Scenario)
    : null;
}

/** The printed height of the curves (px): what leaves room on the page for the table's rows. */
function curvesPrintHeight(sweep: Sweep): number {
  return Math.min(320, Math.max(200, 560 - 22 * sweep.points.length));
}

/** The printed height of a heat map (px): room for every row of the second parameter. */
function heatmapPrintHeight(sweep: Sweep): number {
  const rows = sweep.parameters[1]?.values.length ?? 1;
  return Math.min(620, Math.max(280, 90 + 34 * rows));
}

/**
 * A finished sweep (a run of kind "sweep"): the answer in words, the service-level and cost
 * curves against the parameter with the cheapest point meeting every target and the least-cost
 * point marked (a heat map of total cost for two parameters), and the table of points with a
 * CSV download. Properties: `result` (the run's result) and optionally `request` (the run's
 * request: its scenario names headcounts as the sweep's form did, shifts by their hours).
 * Prints on one landscape page with one parameter; with two, the heat map, then the table.
 */
export class SlSweepResult extends LitElement {
  static override properties = {
    result: { attribute: false },
    request: { attribute: false },
  };
  declare result: unknown;
  declare request: unknown;

  static override styles = [
    shared,
    css`
      .answer p { font-size: 1.1rem; max-width: 62rem; }
      .charts { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); }
      .scroll { overflow-x: auto; }
      .tools { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; }
      tr.marked { background: #f3f7ee; }
      th[scope="row"] { color: inherit; font-size: 1rem; min-width: 5.5rem; }
      th .mark { display: block; font-size: 0.8rem; font-weight: 600; color: var(--sl-green); }
      th .mark.cheapest { color: #111; }
      td .verdict { display: block; font-size: 0.78rem; white-space: nowrap; }
      table { font-size: 0.9rem; }
      th, td { padding: 0.35rem 0.45rem; }
      td.num { white-space: nowrap; }
      @media print {
        .card { padding: 0.3rem 0.5rem; margin: 0 0 0.3rem; }
        .card.points { break-inside: auto; }
        h2 { font-size: 0.95rem; margin: 0 0 0.1rem; }
        .answer p { font-size: 0.85rem; margin: 0.1rem 0; max-width: none; }
        .hint, .answer p.hint { font-size: 0.7rem; margin: 0.1rem 0; }
        .charts { grid-template-columns: 1fr 1fr; gap: 0.4rem; }
        .charts .card { margin: 0; }
        .scroll { overflow: visible; }
        table { font-size: 0.72rem; }
        th, td { padding: 0.08rem 0.3rem; }
        th[scope='row'] { font-size: 0.75rem; min-width: 0; }
        th .mark, td .verdict { display: inline; font-size: 0.62rem; margin-left: 0.25rem; }
        tr.marked { background: #f3f7ee; }
      }
    `,
  ];

  constructor() {
    super();
    this.result = null;
    this.request = null;
  }

  override render() {
    const sweep = this.result;
    if (!isSweep(sweep))
      return html`<p class="error" role="alert">This run has no sweep to show.</p>`;
    const labels = sweepLabels(sweep, requestScenario(this.request));
    return html`<section class="card answer" aria-labelledby="answer-title">
        <h2 id="answer-title">The answer</h2>
        ${sweepAnswer(sweep, labels).map((s) => html`<p>${s}</p>`)}
        <p class="hint">Each point is ${sweep.replications} replications (repeats of the simulated period) on the same
          simulated tickets (seed ${sweep.seed}), so neighbouring points differ by the change alone.</p>
      </section>
      ${this.charts(sweep, labels)}
      <section class="card points" aria-labelledby="points-title">
        <div class="tools">
          <h2 id="points-title">Every point</h2>
          <button class="secondary no-print" @click=${() => this.downloadCsv(sweep, labels)}>Download CSV</button>
        </div>
        <p class="hint">Service levels are judged against each class’s target on the 95 % confidence interval:
          “too close to call” means the interval straddles the target. “Meets every target”: yes when every
          interval is above its target, “on the mean” when only the means are.</p>
        <div class="scroll">${this.table(sweep, labels)}</div>
      </section>`;
  }

  private charts(sweep: Sweep, labels: ParameterLabel[]) {
    const inMoney = sweep.points.some((p) => p.curves.totalCostPerWeek !== null);
    const currency = sweep.points[0]?.result.currency ?? 'money';
    const label = (labels[0]?.name ?? 'the parameter').replace(/^(\S)/, (c) => c.toLowerCase());
    if (sweep.parameters.length === 2) {
      return html`<section class="card" style="--sl-print-chart-height:${heatmapPrintHeight(sweep)}px">
        <sl-chart .option=${sweepHeatmapOption(sweep, labels)} height="480px"
          heading=${inMoney ? `Total cost a week (${currency}) for every combination` : 'Agent-hours a week for every combination'}></sl-chart>
        <p class="hint">✓ the point meets every target (on the mean). Green frame: the cheapest point meeting
          every target; black frame: the lowest total cost.</p>
      </section>`;
    }
    return html`<section class="charts" style="--sl-print-chart-height:${curvesPrintHeight(sweep)}px">
      <div class="card">
        <sl-chart .option=${sweepServiceOption(sweep, labels)} height="400px" heading=${`Service level against ${label} (%)`}></sl-chart>
        <p class="hint">Share of tickets whose work started within the target time; dashed: each class’s target.</p>
      </div>
      <div class="card">
        <sl-chart .option=${sweepCostOption(sweep, labels)} height="400px"
          heading=${inMoney ? `Cost a week against ${label} (${currency})` : `Hours a week against ${label}`}></sl-chart>
        <p class="hint">${inMoney ? 'Total cost = staff cost (salaries) + lost productivity (users’ working time lost while tickets are open).' : 'The scenario gives no costs: technicians’ hours on duty and users’ lost working hours.'}</p>
      </div>
    </section>`;
  }

  private table(sweep: Sweep, labels: ParameterLabel[]) {
    const columns = sweepColumns(sweep);
    const currency = sweep.points[0]?.result.currency ?? null;
    return html`<table>
      <thead>
        <tr>
          ${labels.map((l) => html`<th scope="col">${l.name}${l.unit === '' ? '' : ` (${l.unit})`}</th>`)}
          ${columns.map((c) => html`<th scope="col" class="num">${c.label}</th>`)}
          <th scope="col">Meets every target</th>
        </tr>
      </thead>
      <tbody>
        ${sweep.points.map((_, index) => this.row({ sweep, labels, index, columns, currency }))}
      </tbody>
    </table>`;
  }

  private row(row: {
    sweep: Sweep;
    labels: ParameterLabel[];
    index: number;
    columns: SweepColumn[];
    currency: string | null;
  }) {
    const { sweep, labels, index, columns, currency } = row;
    const point = sweep.points[index] as SweepPoint;
    const marks = sweepMarks(sweep, index);
    const mark = (m: string) =>
      html`<span class="mark ${m === 'Lowest total cost' ? 'cheapest' : ''}">${m}</span>`;
    return html`<tr class=${marks.length > 0 ? 'marked' : ''}>
      ${point.values.map(
        (v, i) => html`<th scope="row">${formatParameterValue(labels[i]?.kind ?? 'other', v)}
          ${i === 0 ? marks.map(mark) : nothing}</th>`,
      )}
      ${columns.map((c) => {
        const verdict = c.verdict?.(point) ?? null;
        return html`<td class="num ${verdict === null ? '' : VERDICT_STYLES[verdict]}">${formatQuantity(c.value(point), c.quantity, currency)}${
          verdict === null ? nothing : html`<span class="verdict">${VERDICT_LABELS[verdict]}</span>`
        }</td>`;
      })}
      <td>${meetsWords(point)}</td>
    </tr>`;
  }

  private downloadCsv(sweep: Sweep, labels: ParameterLabel[]): void {
    const label = labels.map((l) => l.name).join(' and ');
    downloadFile(
      fileName(`sweep ${label}`, 'csv'),
      new Blob([csvText(sweepCsvRows(sweep, labels))], { type: 'text/csv;charset=utf-8' }),
    );
  }
}

customElements.define('sl-sweep-result', SlSweepResult);

declare global {
  interface HTMLElementTagNameMap {
    'sl-sweep-result': SlSweepResult;
  }
}
