import { css, html, LitElement, nothing } from 'lit';
import { type DurationFit, KS_GOOD_FIT, type TimeFit } from '../../simulator/index.ts';
import '../components/sl-chart.ts';
import { formatCount, formatDuration, formatPercent } from '../format/format.ts';
import { shared } from '../styles/shared.ts';
import { candidateRows, ksCritical } from './fit-tables.ts';
import { defaultTimeFit, timeFitLabel } from './fit-text.ts';
import { FIT_QUANTILES, timeFitOption } from './time-fit-chart.ts';

/**
 * The fitted times (to resolve, to first touch, of work; all tickets or one priority or group):
 * a menu to pick one, its histogram with the fitted curves, and the table of candidate
 * distributions with AIC and KS distance. Property: `times` (the fit's `times`), `skipped`.
 */
export class SlTimeFits extends LitElement {
  static override properties = {
    times: { attribute: false },
    skipped: { attribute: false },
    selected: { state: true },
  };
  declare times: TimeFit[];
  declare skipped: string[];
  declare selected: number | null;

  static override styles = [
    shared,
    css`
      .best td { font-weight: 600; }
      .facts { display: flex; flex-wrap: wrap; gap: 0.4rem 2rem; margin: 0.6rem 0; }
      .facts strong { font-size: 1.15rem; }
      select { max-width: 100%; }
      label { max-width: 32rem; }
      label { max-width: 32rem; }
    `,
  ];

  constructor() {
    super();
    this.times = [];
    this.skipped = [];
    this.selected = null;
  }

  override render() {
    if (this.times.length === 0) {
      return html`<p>No time could be fitted.</p>
        <ul>${this.skipped.map((s) => html`<li>${s}</li>`)}</ul>`;
    }
    const index = this.selected ?? defaultTimeFit(this.times);
    const time = this.times[index] ?? (this.times[0] as TimeFit);
    const fit = time.fit;
    const completed = fit.count - fit.censored;
    const shownShare = fit.quantiles.length / FIT_QUANTILES;
    return html`<label>Time shown
        <select @change=${(e: Event) => {
          this.selected = Number((e.target as HTMLSelectElement).value);
        }}>
          ${this.times.map(
            (t, i) => html`<option value=${i} ?selected=${i === index}>${timeFitLabel(t)}</option>`,
          )}
        </select>
      </label>
      ${this.facts(fit)}
      <sl-chart heading="${timeFitLabel(time)}: data and fitted distributions" height="380px"
        .option=${timeFitOption(fit)}></sl-chart>
      <p class="hint">
        The time axis is logarithmic: each step of the histogram is a quarter of a decade (×1.78).
        The data is the Kaplan–Meier estimate, which counts tickets still open at the end of the
        data as lasting at least until then.
        ${
          shownShare < 1
            ? html`${formatPercent(1 - shownShare)} of tickets last beyond the last time the data
              reaches and are not drawn.`
            : nothing
        }
      </p>
      ${this.candidates(time, completed)}
      ${this.skipped.length === 0 ? nothing : html`<p class="hint">Not fitted: ${this.skipped.join('; ')}.</p>`}`;
  }

  private facts(fit: DurationFit) {
    return html`<div class="facts">
      <span>Tickets: <strong>${formatCount(fit.count)}</strong></span>
      <span>Still open at the end (censored): <strong>${formatCount(fit.censored)}</strong></span>
      <span>Median: <strong>${formatDuration(fit.median)}</strong></span>
      <span>90th percentile: <strong>${formatDuration(fit.p90)}</strong></span>
    </div>`;
  }

  /** Said when the scenario would not use the best family: it is beyond chance and KS_GOOD_FIT. */
  private notWithinChance(fit: DurationFit, critical: number) {
    const limit = Math.max(KS_GOOD_FIT, critical);
    if (fit.best.ks <= limit) return nothing;
    return html`<p class="uncertain">The best family by AIC is not within chance of the data (KS
      distance ${fit.best.ks.toFixed(3)}, above ${limit.toFixed(3)}). A scenario made from this fit
      draws this time from the data's own distribution (its Kaplan–Meier quantiles) when 200 or more
      tickets are completed, and from the best family otherwise.</p>`;
  }

  private candidates(time: TimeFit, completed: number) {
    const rows = candidateRows(time.fit);
    const critical = ksCritical(completed);
    return html`<h3>Candidate distributions</h3>
      <p class="hint">
        Fitted by maximum likelihood. <strong>AIC</strong> (Akaike's information criterion) ranks
        them: lower is better; a difference above 10 is decisive. <strong>KS distance</strong>: the
        largest gap between the fitted and the observed cumulative share of tickets; within
        ${critical.toFixed(3)} (the 5 % critical value for ${formatCount(completed)} completed
        tickets) the gap could be chance alone.
      </p>
      <table>
        <thead><tr>
          <th scope="col">Distribution</th><th scope="col">Parameters</th>
          <th scope="col" class="num">Mean</th><th scope="col" class="num">cv</th>
          <th scope="col" class="num">AIC</th><th scope="col" class="num">Δ AIC</th>
          <th scope="col" class="num">KS distance</th>
        </tr></thead>
        <tbody>${rows.map(
          (r) => html`<tr class=${r.best ? 'best' : ''}>
            <td>${r.family}${r.best ? ' (best)' : ''}</td>
            <td>${r.parameters}</td>
            <td class="num">${r.mean}</td>
            <td class="num">${r.cv}</td>
            <td class="num">${r.aic}</td>
            <td class="num">${r.deltaAic}</td>
            <td class="num">${r.ks}${r.ksWithinCritical ? '' : html` <span class="muted">(beyond chance)</span>`}</td>
          </tr>`,
        )}</tbody>
      </table>
      ${this.notWithinChance(time.fit, critical)}
      <p class="hint">cv: coefficient of variation, the standard deviation over the mean (1 for an
        exponential).</p>`;
  }
}

customElements.define('sl-time-fits', SlTimeFits);

declare global {
  interface HTMLElementTagNameMap {
    'sl-time-fits': SlTimeFits;
  }
}
