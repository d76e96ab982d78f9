import { html, LitElement, nothing } from 'lit';
import type { Optimisation } from '../../simulator/index.ts';
import { api, errorMessage } from '../api/client.ts';
import { routeHash } from '../app/route.ts';
import { readPath } from '../experiments/describe-change.ts';
import { formatInterval } from '../format/format.ts';
import { shared } from '../styles/shared.ts';

/**
 * An optimisation's answer: each headcount before and after (and Erlang C's starting point), the
 * check on a fresh seed, what one technician fewer would do, and a button that keeps the
 * optimised scenario as the user's own.
 */
export class SlOptimiseResult extends LitElement {
  static override properties = {
    result: { attribute: false },
    request: { attribute: false },
    error: { state: true },
  };
  declare result: Optimisation | null;
  declare request: { scenario?: unknown } | null;
  declare error: string | null;
  static override styles = [shared];

  constructor() {
    super();
    this.result = null;
    this.request = null;
    this.error = null;
  }

  override render() {
    const r = this.result;
    if (r === null) return nothing;
    const before = this.request?.scenario;
    const currency = r.verification.result.currency;
    const costs = r.verification.result.overall.totalCostPerWeek !== null;
    return html`<section class="card">
        ${r.summary.map((s) => html`<p>${s}</p>`)}
      </section>
      <section class="card">
        <h2>Headcounts</h2>
        <table>
          <thead><tr><th scope="col">Where</th><th scope="col" class="num">Now</th><th scope="col" class="num">Queueing formula's estimate</th><th scope="col" class="num">Answer</th></tr></thead>
          <tbody>${r.decisions.map((d, i) => {
            const now = readPath(before, d.path);
            return html`<tr><th scope="row">${d.label}</th><td class="num">${typeof now === 'number' ? now : '–'}</td>
              <td class="num">${r.start[i]}</td><td class="num"><strong>${r.answer[i]}</strong></td></tr>`;
          })}</tbody>
        </table>
        <p class="hint">The estimate comes from Erlang C, a queueing formula; the answer from simulating, checked on ${r.verification.replications} replications of a seed the search never used.</p>
        <p>On that check: targets ${r.verification.meetsTargets ? html`<span class="ok">met</span>` : html`<span class="missed">missed</span>`};
          ${
            r.verification.result.overall.totalCostPerWeek === null
              ? `${formatInterval(r.verification.result.overall.agentHoursPerWeek, 'hours')} of technicians on duty a week (the scenario gives no costs).`
              : `total cost ${formatInterval(r.verification.result.overall.totalCostPerWeek, 'money', currency)} a week.`
          }</p>
        <button @click=${() => this.keep()}>Keep the optimised scenario</button>
        ${this.error === null ? nothing : html`<p class="error" role="alert">${this.error}</p>`}
      </section>
      ${
        r.oneFewer.length === 0
          ? nothing
          : html`<section class="card">
        <h2>One technician fewer</h2>
        <table>
          <thead><tr><th scope="col">Where</th><th scope="col">Targets</th>${costs ? html`<th scope="col" class="num">Total cost a week, change</th>` : nothing}</tr></thead>
          <tbody>${r.oneFewer.map((f) => {
            const label = r.decisions.find((d) => d.path === f.path)?.label ?? f.path;
            return html`<tr><th scope="row">${label}: ${f.value}</th>
              <td>${f.meetsTargets ? html`<span class="ok">still met</span>` : html`<span class="missed">missed</span>`}</td>
              ${costs ? html`<td class="num">${formatInterval(f.totalCostDifference, 'money', currency)}</td>` : nothing}</tr>`;
          })}</tbody>
        </table>
        ${costs ? html`<p class="hint">The change is paired (same random tickets) with its 95 % interval; above zero means one fewer costs more.</p>` : nothing}
      </section>`
      }`;
  }

  private async keep(): Promise<void> {
    const r = this.result as Optimisation;
    try {
      const name = `${String(r.scenario.name)} (optimised)`.slice(0, 200);
      const saved = await api.createScenario({ ...r.scenario, name });
      location.hash = routeHash({ view: 'scenario', id: saved.id });
    } catch (error) {
      this.error = errorMessage(error);
    }
  }
}

customElements.define('sl-optimise-result', SlOptimiseResult);

declare global {
  interface HTMLElementTagNameMap {
    'sl-optimise-result': SlOptimiseResult;
  }
}
