import { stringify } from 'csv-stringify/browser/esm/sync';
import { css, html, LitElement, nothing } from 'lit';
import type { Sweep, SweepPoint } from '../../simulator/index.ts';
import { VERDICT_LABELS, VERDICT_STYLES } from '../experiments/compare-cells.ts';
import { formatParameterValue } from '../experiments/parameter-label.ts';
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

/**
 * A finished sweep (a run of kind "sweep"): the answer in words, the service-level and cost
 * curves against the parameter with the cheapest point meeting every target and the least-cost
 * point marked (a heat map of total cost for two parameters), and the table of points with a
 * CSV download. Property: `result` (the run's result).
 */
export class SlSweepResult extends LitElement {
  static override properties = { result: { attribute: false } };
  declare result: unknown;

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
    `,
  ];

  constructor() {
    super();
    this.result = null;
  }

  override render() {
    const sweep = this.result;
    if (!isSweep(sweep))
      return html`<p class="error" role="alert">This run has no sweep to show.</p>`;
    return html`<section class="card answer" aria-labelledby="answer-title">
        <h2 id="answer-title">The answer</h2>
        ${sweepAnswer(sweep).map((s) => html`<p>${s}</p>`)}
        <p class="hint">Each point is ${sweep.replications} replications (repeats of the simulated period) on the same
          simulated tickets (seed ${sweep.seed}), so neighbouring points differ by the change alone.</p>
      </section>
      ${this.charts(sweep)}
      <section class="card" aria-labelledby="points-title">
        <div class="tools">
          <h2 id="points-title">Every point</h2>
          <button class="secondary no-print" @click=${() => this.downloadCsv(sweep)}>Download CSV</button>
        </div>
        <p class="hint">Service levels are judged against each class’s target on the 95 % confidence interval:
          “too close to call” means the interval straddles the target. “Meets every target”: yes when every
          interval is above its target, “on the mean” when only the means are.</p>
        <div class="scroll">${this.table(sweep)}</div>
      </section>`;
  }

  private charts(sweep: Sweep) {
    const inMoney = sweep.points.some((p) => p.curves.totalCostPerWeek !== null);
    const currency = sweep.points[0]?.result.currency ?? 'money';
    const label = (sweepLabels(sweep)[0]?.name ?? 'the parameter').replace(/^(\S)/, (c) =>
      c.toLowerCase(),
    );
    if (sweep.parameters.length === 2) {
      return html`<section class="card">
        <sl-chart .option=${sweepHeatmapOption(sweep)} height="480px"
          heading=${inMoney ? `Total cost a week (${currency}) for every combination` : 'Agent-hours a week for every combination'}></sl-chart>
        <p class="hint">✓ the point meets every target (on the mean). Green frame: the cheapest point meeting
          every target; black frame: the lowest total cost.</p>
      </section>`;
    }
    return html`<section class="charts">
      <div class="card">
        <sl-chart .option=${sweepServiceOption(sweep)} height="400px" heading=${`Service level against ${label} (%)`}></sl-chart>
        <p class="hint">Share of tickets whose work started within the target time; dashed: each class’s target.</p>
      </div>
      <div class="card">
        <sl-chart .option=${sweepCostOption(sweep)} height="400px"
          heading=${inMoney ? `Cost a week against ${label} (${currency})` : `Hours a week against ${label}`}></sl-chart>
        <p class="hint">${inMoney ? 'Total cost = staff cost (salaries) + lost productivity (users’ working time lost while tickets are open).' : 'The scenario gives no costs: technicians’ hours on duty and users’ lost working hours.'}</p>
      </div>
    </section>`;
  }

  private table(sweep: Sweep) {
    const labels = sweepLabels(sweep);
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
        ${sweep.points.map((_, index) => this.row(sweep, index, columns, currency))}
      </tbody>
    </table>`;
  }

  private row(sweep: Sweep, index: number, columns: SweepColumn[], currency: string | null) {
    const point = sweep.points[index] as SweepPoint;
    const labels = sweepLabels(sweep);
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

  private downloadCsv(sweep: Sweep): void {
    const label = sweepLabels(sweep)
      .map((l) => l.name)
      .join(' and ');
    downloadFile(
      fileName(`sweep ${label}`, 'csv'),
      new Blob([stringify(sweepCsvRows(sweep))], { type: 'text/csv;charset=utf-8' }),
    );
  }
}

customElements.define('sl-sweep-result', SlSweepResult);

declare global {
  interface HTMLElementTagNameMap {
    'sl-sweep-result': SlSweepResult;
  }
}
