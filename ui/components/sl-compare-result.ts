import { css, html, LitElement, nothing } from 'lit';
import type { Comparison } from '../../simulator/index.ts';
import { compareCell, VERDICT_LABELS, VERDICT_STYLES } from '../experiments/compare-cells.ts';
import { compareCostOption, compareServiceOption } from '../experiments/compare-charts.ts';
import { compareCsvRows } from '../experiments/compare-csv.ts';
import { type CompareLine, compareLines } from '../experiments/compare-lines.ts';
import { compareSentences } from '../experiments/compare-sentences.ts';
import { csvText } from '../experiments/csv-text.ts';
import { requestedChanges } from '../experiments/request-changes.ts';
import { shared } from '../styles/shared.ts';
import { downloadFile, fileName } from './download.ts';
import './sl-chart.ts';

/** Whether a run's result is a comparison this element can show. */
function isComparison(value: unknown): value is Comparison {
  const c = value as Partial<Comparison> | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    Array.isArray(c.options) &&
    c.options.length >= 2 &&
    Array.isArray(c.differences)
  );
}

/**
 * A finished comparison (a run of kind "compare"): what each variant changes in words, the
 * comparison read out in sentences, the table of variants side by side (base first) with each
 * variant's paired difference from the base and its 95 % interval, the cost and service-level
 * charts, and the table as CSV. Properties: `result` (the run's result), and optionally
 * `request` (the run's request: its variants' changes are then listed in plain words). Prints
 * on one landscape page: the words in columns, a compact table, the charts side by side.
 */
export class SlCompareResult extends LitElement {
  static override properties = {
    result: { attribute: false },
    request: { attribute: false },
  };
  declare result: unknown;
  declare request: unknown;

  static override styles = [
    shared,
    css`
      .sentences p { font-size: 1.1rem; max-width: 62rem; }
      .sentences h3 { margin-bottom: 0.1rem; }
      .scroll { overflow-x: auto; }
      table.compare { font-size: 1rem; }
      table.compare th[scope='col'] { color: inherit; font-size: 1rem; min-width: 9rem; }
      table.compare th[scope='row'] { font-weight: 600; color: inherit; font-size: 0.95rem; }
      table.compare th[scope='row'] .hint { display: block; font-weight: 400; }
      .value { font-size: 1.05rem; }
      .diff { display: block; font-size: 0.85rem; color: var(--sl-grey); white-space: nowrap; }
      .diff.significant { color: inherit; font-weight: 700; }
      .note { display: block; font-size: 0.8rem; color: var(--sl-grey); }
      .badge { margin-left: 0.3rem; font-size: 0.78rem; }
      .changes { margin: 0.2rem 0 0; padding-left: 1.2rem; }
      .tools { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; }
      .charts { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); }
      @media print {
        .card { padding: 0.3rem 0.5rem; margin: 0 0 0.3rem; }
        .card.table { break-inside: auto; }
        h2 { font-size: 0.95rem; margin: 0 0 0.1rem; }
        .hint { font-size: 0.66rem; margin: 0.05rem 0; }
        .sentences { columns: var(--words-columns, 3); column-gap: 1.2rem; }
        .sentences h2, .sentences > .hint, .sentences .overall { column-span: all; }
        .sentences .variant { break-inside: avoid; }
        .sentences h3 { font-size: 0.82rem; margin: 0.1rem 0 0; }
        .sentences p { font-size: 0.75rem; line-height: 1.25; margin: 0.05rem 0; max-width: none; }
        .sentences .overall h3, .sentences .overall p { display: inline; margin-right: 0.4rem; }
        .changes { display: block; margin: 0; padding: 0; font-size: 0.7rem; }
        .changes li { display: inline; }
        .changes li + li::before { content: ' · '; }
        .scroll { overflow: visible; }
        table.compare { font-size: 0.75rem; line-height: 1.12; }
        table.compare th, table.compare td { padding: 0.06rem 0.35rem; }
        table.compare th[scope='col'] { font-size: 0.75rem; min-width: 0; }
        table.compare th[scope='row'] { width: 21%; font-size: 0.75rem; }
        table.compare th[scope='row'] .hint { font-size: 0.6rem; }
        .value { font-size: 0.78rem; }
        .diff, .note { font-size: 0.64rem; }
        .badge { font-size: 0.6rem; padding: 0 0.25rem; line-height: 1; }
        .charts { grid-template-columns: 1fr 1fr; gap: 0.4rem; --sl-print-chart-height: 235px; }
        .charts .card { margin: 0; }
      }
    `,
  ];

  constructor() {
    super();
    this.result = null;
    this.request = null;
  }

  override render() {
    const comparison = this.result;
    if (!isComparison(comparison)) {
      return html`<p class="error" role="alert">This run has no comparison to show.</p>`;
    }
    const lines = compareLines(comparison);
    return html`${this.words(comparison)}
      <section class="card table" aria-labelledby="table-title">
        <div class="tools">
          <h2 id="table-title">Side by side</h2>
          <button class="secondary no-print" @click=${() => this.downloadCsv(comparison)}>Download CSV</button>
        </div>
        <p class="hint">
          Means over ${comparison.replications} replications (repeats of the simulated period),
          every option on the same simulated tickets (seed ${comparison.seed}${comparison.commonRandomNumbers ? '' : ', independent streams'}).
          Under each variant: its difference from the base with the 95 % confidence interval;
          <strong>in bold</strong> when the interval excludes 0, so the difference is real rather than noise.
          “pts” are percentage points.
        </p>
        <div class="scroll">${this.table(comparison, lines)}</div>
      </section>
      ${this.charts(comparison)}`;
  }

  private words(comparison: Comparison) {
    const sentences = compareSentences(comparison);
    const changes = requestedChanges(this.request);
    const columns = Math.min(4, Math.max(2, sentences.variants.length));
    return html`<section class="card sentences" aria-labelledby="words-title" style="--words-columns:${columns}">
      <h2 id="words-title">In words</h2>
      <p class="hint">Compared with the base, “${comparison.options[0]?.name}”.</p>
      ${sentences.variants.map(
        (v) => html`<div class="variant"><h3>${v.name}</h3>
          ${this.changeList(changes?.get(v.name))}
          ${v.sentences.map((s) => html`<p>${s}</p>`)}</div>`,
      )}
      ${sentences.overall.length > 0 ? html`<div class="overall"><h3>Overall</h3>${sentences.overall.map((s) => html`<p>${s}</p>`)}</div>` : nothing}
    </section>`;
  }

  private changeList(changes: string[] | undefined) {
    if (changes === undefined || changes.length === 0) return nothing;
    return html`<ul class="changes muted" aria-label="Changes from the base">
      ${changes.map((c) => html`<li>${c}</li>`)}
    </ul>`;
  }

  private table(comparison: Comparison, lines: CompareLine[]) {
    const currency = comparison.options[0]?.result.currency ?? null;
    return html`<table class="compare">
      <thead>
        <tr>
          <th scope="col">Measure</th>
          ${comparison.options.map(
            (o, k) =>
              html`<th scope="col" class="num">${o.name}${k === 0 ? html`<span class="note">base</span>` : nothing}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${lines.map(
          (line) => html`<tr>
            <th scope="row">${line.label}${line.hint === null ? nothing : html`<span class="hint">${line.hint}</span>`}</th>
            ${comparison.options.map((_, k) => this.cell(line, k, currency))}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private cell(line: CompareLine, k: number, currency: string | null) {
    const cell = compareCell(line, k, currency);
    const verdictClass = cell.verdict === null ? '' : VERDICT_STYLES[cell.verdict];
    return html`<td class="num">
      <span class="value">${cell.value}</span>${
        cell.verdict === null
          ? nothing
          : html`<span class="badge ${verdictClass}" title=${cell.verdict === 'uncertain' ? 'the 95 % interval straddles the target: run more replications' : ''}>${VERDICT_LABELS[cell.verdict]}</span>`
      }
      ${cell.targetNote === null ? nothing : html`<span class="note">${cell.targetNote}</span>`}
      ${
        cell.difference === null
          ? nothing
          : html`<span class="diff ${cell.significant ? 'significant' : ''}"
              title=${cell.significant ? 'the 95 % interval excludes 0' : 'the 95 % interval includes 0: could be noise'}
              >${cell.difference}</span>`
      }
    </td>`;
  }

  private charts(comparison: Comparison) {
    const cost = compareCostOption(comparison);
    const service = compareServiceOption(comparison);
    if (cost === null && service === null) return nothing;
    const currency = comparison.options[0]?.result.currency;
    const inMoney = comparison.options.every((o) => o.result.overall.totalCostPerWeek !== null);
    return html`<section class="charts">
      ${
        cost === null
          ? nothing
          : html`<div class="card"><sl-chart .option=${cost} height="380px"
              heading=${inMoney ? `Cost a week by option (${currency ?? 'money'})` : 'Hours a week by option'}></sl-chart>
              <p class="hint">${inMoney ? 'Staff cost (salaries and overheads) plus the working time users lose while tickets are open.' : 'The scenario gives no costs: technicians’ hours on duty beside the working hours users lose.'}</p></div>`
      }
      ${
        service === null
          ? nothing
          : html`<div class="card"><sl-chart .option=${service} height="380px"
              heading="Service level by class and option (%)"></sl-chart>
              <p class="hint">Share of tickets whose work started within the target time; the black tick is the base’s target.</p></div>`
      }
    </section>`;
  }

  private downloadCsv(comparison: Comparison): void {
    const text = csvText(compareCsvRows(comparison));
    downloadFile(
      fileName(`comparison ${comparison.options[0]?.name ?? ''}`, 'csv'),
      new Blob([text], { type: 'text/csv;charset=utf-8' }),
    );
  }
}

customElements.define('sl-compare-result', SlCompareResult);

declare global {
  interface HTMLElementTagNameMap {
    'sl-compare-result': SlCompareResult;
  }
}
