import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { routeHash } from '../app/route.ts';
import type { Calculation } from '../calculator/calculate-staffing.ts';
import {
  CURRENCY_SIGNS,
  calculatorChartOption,
  calculatorChartTitle,
} from '../calculator/calculator-chart.ts';
import {
  type CalculatorForm,
  CURRENCIES,
  DEFAULT_FORM,
  FIELD_KEYS,
  FIELDS,
  type FieldKey,
} from '../calculator/calculator-fields.ts';
import { formFromParams, paramsFromForm } from '../calculator/calculator-params.ts';
import { tableHeadings, tableLines } from '../calculator/calculator-table.ts';
import {
  bindingText,
  cheapestText,
  loadText,
  minutesText,
  modelText,
  moneyPerHour,
  serviceLevelTarget,
  startedText,
  targetPercent,
  technicians,
} from '../calculator/calculator-text.ts';
import { type CalculatorOutcome, evaluateCalculator } from '../calculator/evaluate-calculator.ts';
import { formatCount, formatDuration, formatPercent } from '../format/format.ts';
import { shared } from '../styles/shared.ts';
import './sl-chart.ts';

/**
 * The staffing calculator (`#/calculator`): how many technicians a queue of tickets needs, and
 * what each headcount gives and costs, answered in the browser by the closed forms as the inputs
 * change. Property `params`: the address's query parameters (the inputs); every valid change is
 * written back to the address, so a link reopens the same calculation.
 */
export class SlCalculator extends LitElement {
  static override properties = {
    params: { attribute: false },
    form: { state: true },
  };
  declare params: Record<string, string>;
  declare form: CalculatorForm;
  private outcome: CalculatorOutcome = { calculation: null, errors: {}, general: null };
  /** The last calculation that could be made, shown dimmed while a field needs fixing. */
  private lastCalculation: Calculation | null = null;
  /** The field typed in last: where a problem involving two fields is said. */
  private lastChanged: FieldKey | null = null;

  static override styles = [
    shared,
    css`
      .lead { font-size: 1.05rem; max-width: 60rem; }
      .layout { display: grid; grid-template-columns: 430px minmax(0, 1fr); gap: 1rem; align-items: start; }
      .layout > * { min-width: 0; }
      .field-error, .error, dd, .big, p { overflow-wrap: anywhere; }
      .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1rem; }
      form h2 { font-size: 1.05rem; margin: 1rem 0 0.5rem; }
      form h2:first-child { margin-top: 0; }
      fieldset { border: 0; padding: 0; margin: 0; }
      legend { padding: 0; }
      .field { margin: 0 0 0.8rem; }
      .field label { display: block; }
      .field .hint { display: block; margin-top: 0.15rem; }
      .box { display: flex; align-items: center; gap: 0.4rem; }
      .box input { width: 5.5rem; font-size: 1.05rem; }
      .unit { color: var(--sl-grey); }
      .big-numbers { display: flex; gap: 2.5rem; flex-wrap: wrap; margin-bottom: 0.5rem; }
      .big { font-size: 3rem; font-weight: 700; line-height: 1.1; color: var(--sl-blue); display: block; }
      .big-label { font-weight: 600; font-size: 1.05rem; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; margin: 0.75rem 0; font-size: 1.05rem; }
      dt { color: var(--sl-grey); }
      dd { margin: 0; font-weight: 600; }
      .stale { opacity: 0.45; }
      tr.answer { background: #e8f0fc; font-weight: 700; }
      tr.answer th, tr.answer td { border-top: 2px solid var(--sl-blue); border-bottom: 2px solid var(--sl-blue); }
      .badge { margin-left: 0.4rem; font-size: 0.8rem; }
      tbody th { white-space: nowrap; color: inherit; font-size: 1rem; }
      .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      .badge.needed { color: var(--sl-blue); }
      .badge.cheap { color: #8a5a00; }
      td.missed { font-weight: 600; }
      .table-wrap { overflow-x: auto; }
      @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
    `,
  ];

  constructor() {
    super();
    this.params = {};
    this.form = formFromParams({});
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) {
      this.form = formFromParams(this.params);
      this.lastChanged = null;
    }
    if (changed.has('form') || changed.has('params')) {
      this.outcome = evaluateCalculator(this.form, this.lastChanged);
      if (this.outcome.calculation !== null) this.lastCalculation = this.outcome.calculation;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (!changed.has('form') || this.outcome.calculation === null) return;
    // Only while the calculator is the view shown: never rewrite another view's address.
    if (!location.hash.startsWith('#/calculator')) return;
    const hash = routeHash({ view: 'calculator', params: paramsFromForm(this.form) });
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }

  private readonly onInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (!(target.name in this.form)) return;
    this.lastChanged = FIELD_KEYS.find((key) => key === target.name) ?? null;
    this.form = { ...this.form, [target.name]: target.value };
  };

  override render() {
    const shown = this.outcome.calculation ?? this.lastCalculation;
    const stale = this.outcome.calculation === null;
    return html`<h1>Staffing calculator</h1>
      <p class="lead">How many technicians a queue of tickets needs, and what each headcount gives
        and costs. The answer follows your inputs as you type, and the address keeps them: copy it
        to share this calculation.</p>
      <div class="layout">
        ${this.renderForm()}
        <section aria-label="Answer">
          <p class="sr-only" aria-live="polite">${this.outcome.calculation === null ? 'No answer: a field needs fixing.' : `${technicians(this.outcome.calculation.answer.agents)} needed on duty, ${formatCount(this.outcome.calculation.answer.rosteredAgents)} to roster.`}</p>
          ${stale ? this.renderProblem() : nothing}
          ${shown === null ? nothing : html`<div class=${stale ? 'stale' : ''}>${this.renderHeadline(shown)}${this.renderChart(shown)}</div>`}
        </section>
      </div>
      ${shown === null ? nothing : html`<div class=${stale ? 'stale' : ''}>${this.renderTable(shown)}</div>`}`;
  }

  private renderProblem() {
    const { general } = this.outcome;
    return html`<p class="error">${general ?? 'Fix the field marked in red to see the answer.'}
      ${this.lastCalculation === null ? nothing : html`Shown dimmed: the answer to the last inputs that could be used.`}</p>`;
  }

  private renderForm() {
    const currency = this.form.currency;
    return html`<form class="card" @input=${this.onInput} @change=${this.onInput} @submit=${(e: Event) => e.preventDefault()}>
      <h2>The tickets</h2>
      <div class="pair">${this.field('arrivals')} ${this.field('work')}</div>
      <fieldset>
        <legend><h2>Service-level target</h2></legend>
        <div class="pair">${this.field('sl')} ${this.field('within')}</div>
      </fieldset>
      <h2>More targets</h2>
      <div class="pair">${this.field('asa')} ${this.field('occupancy')}</div>
      <h2>Time and people</h2>
      <div class="pair">${this.field('shrinkage')} ${this.field('patience')}</div>
      <h2>Costs</h2>
      <div class="pair">${this.field('staffCost')} ${this.field('userCost')}</div>
      <div class="field">
        <label for="currency">Currency</label>
        <div class="box"><select id="currency" name="currency" .value=${live(currency)}>
          ${CURRENCIES.map((code) => html`<option value=${code} ?selected=${code === currency}>${code}</option>`)}
        </select></div>
      </div>
      <button type="button" class="secondary" @click=${() => {
        this.lastChanged = null;
        this.form = { ...DEFAULT_FORM };
      }}>Back to the example</button>
    </form>`;
  }

  private field(key: FieldKey) {
    const spec = FIELDS[key];
    const error = this.outcome.errors[key];
    const unit = spec.unit === 'currency/h' ? `${CURRENCY_SIGNS[this.form.currency]}/h` : spec.unit;
    return html`<div class="field">
      <label for=${key}>${spec.label}</label>
      <div class="box">
        <input id=${key} name=${key} type="text" inputmode="decimal" autocomplete="off"
          .value=${live(this.form[key])} aria-invalid=${error === undefined ? 'false' : 'true'}
          aria-describedby="${key}-hint ${key}-error" />
        <span class="unit">${unit}</span>
      </div>
      <span class="hint" id="${key}-hint">${spec.hint}</span>
      <span class="field-error" id="${key}-error">${error ?? ''}</span>
    </div>`;
  }

  private renderHeadline(calculation: Calculation) {
    const { answer, inputs } = calculation;
    const shrinkage = inputs.shrinkage;
    return html`<div class="card">
      <div class="big-numbers">
        <div><span class="big">${formatCount(answer.agents)}</span>
          <span class="big-label">${answer.agents === 1 ? 'technician' : 'technicians'} needed on duty</span></div>
        <div><span class="big">${formatCount(answer.rosteredAgents)}</span>
          <span class="big-label">to roster</span>
          <span class="hint">${shrinkage === 0 ? 'no shrinkage given' : `with ${targetPercent(shrinkage)} shrinkage`}</span></div>
      </div>
      <p>${loadText(calculation)}</p>
      <dl aria-label="At ${technicians(answer.agents)} on duty">
        <dt>Service level</dt>
        <dd><span class="ok">${formatPercent(answer.serviceLevel)}</span> started ${startedText(inputs)}
          <span class="muted">(target ${serviceLevelTarget(inputs)})</span></dd>
        <dt>Average wait (ASA)</dt>
        <dd>${formatDuration(answer.asaMinutes)}${inputs.asaMinutes === undefined ? nothing : html` <span class="muted">(target at most ${minutesText(inputs.asaMinutes)})</span>`}</dd>
        <dt>Occupancy</dt>
        <dd>${formatPercent(answer.occupancy)}${inputs.maxOccupancy === undefined ? nothing : html` <span class="muted">(at most ${targetPercent(inputs.maxOccupancy)})</span>`}</dd>
        <dt>Tickets that wait at all</dt>
        <dd>${formatPercent(answer.waitProbability)}</dd>
        ${answer.abandonProbability === null ? nothing : html`<dt>Users who give up</dt><dd>${formatPercent(answer.abandonProbability)}</dd>`}
        ${this.renderCost(calculation)}
      </dl>
      <p>${bindingText(calculation)}</p>
      ${cheapestText(calculation) === null ? nothing : html`<p>${cheapestText(calculation)}</p>`}
      <p class="hint">${modelText(inputs)}</p>
    </div>`;
  }

  private renderCost(calculation: Calculation) {
    const { answer } = calculation;
    if (answer.staffCostPerHour === null && answer.lostProductivityPerHour === null) return nothing;
    const parts = [
      answer.staffCostPerHour === null
        ? null
        : `staff ${moneyPerHour(answer.staffCostPerHour, calculation)}`,
      answer.lostProductivityPerHour === null
        ? null
        : `lost productivity ${moneyPerHour(answer.lostProductivityPerHour, calculation)}`,
    ].filter((part) => part !== null);
    const total =
      answer.totalCostPerHour === null
        ? ''
        : ` = ${moneyPerHour(answer.totalCostPerHour, calculation)}`;
    return html`<dt>Cost</dt><dd>${parts.join(' + ')}${total}</dd>`;
  }

  private renderTable(calculation: Calculation) {
    const headings = tableHeadings(calculation);
    return html`<div class="card">
      <h2>Each headcount: what it gives and costs</h2>
      <div class="table-wrap"><table>
        <thead><tr>${headings.map((heading, i) => html`<th scope="col" class=${i === 0 ? '' : 'num'}>${heading}</th>`)}</tr></thead>
        <tbody>
          ${tableLines(calculation).map(
            (line) => html`<tr class=${line.answer ? 'answer' : ''}>
              ${line.cells.map((cell, i) =>
                i === 0
                  ? html`<th scope="row">${cell.text}${line.answer ? html`<span class="badge needed">needed</span>` : nothing}${line.cheapest ? html`<span class="badge cheap">cheapest</span>` : nothing}</th>`
                  : html`<td class="num ${cell.missed ? 'missed' : ''}">${cell.text}</td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table></div>
      <p class="hint">Red: misses its target.
        ${calculation.answer.staffCostPerHour === null ? nothing : 'Staff cost = technicians on duty × cost per hour ÷ (1 − shrinkage).'}
        ${calculation.answer.lostProductivityPerHour === null ? nothing : "Lost productivity = tickets per hour × average wait × cost of a user's hour."}
        ${calculation.model === 'a' && calculation.cheapest !== null ? 'The cheapest is looked for only among headcounts that can do all the work: users who give up still need help.' : nothing}</p>
    </div>`;
  }

  private renderChart(calculation: Calculation) {
    return html`<div class="card">
      <sl-chart .option=${calculatorChartOption(calculation)} heading=${calculatorChartTitle(calculation)} height="380px"></sl-chart>
    </div>`;
  }
}

customElements.define('sl-calculator', SlCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'sl-calculator': SlCalculator;
  }
}
