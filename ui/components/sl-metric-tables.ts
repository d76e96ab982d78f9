import { html, LitElement, nothing } from 'lit';
import type { MetricName, SimulationResult } from '../../simulator/index.ts';
import { formatInterval } from '../format/format.ts';
import { measuredWeeks, metricQuantity } from '../results/metric-table.ts';
import { shared } from '../styles/shared.ts';

/** The class metrics shown in the table, in the words of service-desk reporting. */
const CLASS_COLUMNS: { metric: MetricName; heading: string }[] = [
  { metric: 'arrived', heading: 'Tickets' },
  { metric: 'serviceLevel', heading: 'On time' },
  { metric: 'asaMinutes', heading: 'Mean wait (clock time)' },
  { metric: 'timeInSystemP50Minutes', heading: 'Resolved, median' },
  { metric: 'timeInSystemP95Minutes', heading: 'Resolved, p95' },
  { metric: 'breaches', heading: 'Breaches' },
  { metric: 'nearBreaches', heading: 'Near breach' },
  { metric: 'abandoned', heading: 'Abandoned' },
  { metric: 'lostProductivityCostPerWeek', heading: 'Lost time a week' },
];

/** Tables of the per-class and per-group metrics of a simulation, each with its 95 % interval. */
export class SlMetricTables extends LitElement {
  static override properties = { result: { attribute: false } };
  declare result: SimulationResult | null;
  static override styles = [shared];

  constructor() {
    super();
    this.result = null;
  }

  override render() {
    const r = this.result;
    if (r === null) return nothing;
    const weeks = measuredWeeks(r);
    return html`<section class="card">
        <h2>By priority</h2>
        <p class="hint">Counts are over the ${weeks.toFixed(1)} measured weeks; times from arrival. Brackets: 95 % interval.</p>
        <div style="overflow-x:auto"><table>
          <thead><tr><th scope="col">Class</th>${CLASS_COLUMNS.map((c) => html`<th scope="col" class="num">${c.heading}</th>`)}</tr></thead>
          <tbody>
            ${r.classes.map(
              (c) => html`<tr><th scope="row">${c.name}</th>
                ${CLASS_COLUMNS.map((col) => html`<td class="num">${formatInterval(c.metrics[col.metric], metricQuantity(col.metric), r.currency)}</td>`)}</tr>`,
            )}
          </tbody>
        </table></div>
      </section>
      <section class="card">
        <h2>By group</h2>
        <table>
          <thead><tr><th scope="col">Group</th><th scope="col" class="num">Occupancy</th><th scope="col" class="num">Agent-hours a week</th>
            <th scope="col" class="num">Tickets worked</th><th scope="col" class="num">Mean wait in this group</th><th scope="col" class="num">Staff cost a week</th></tr></thead>
          <tbody>
            ${r.groups.map(
              (g) => html`<tr><th scope="row">${g.name}</th>
                <td class="num">${formatInterval(g.metrics.occupancy, 'fraction')}</td>
                <td class="num">${formatInterval(g.metrics.agentHoursPerWeek, 'hours')}</td>
                <td class="num">${formatInterval(g.metrics.visits, 'count')}</td>
                <td class="num">${formatInterval(g.metrics.meanVisitWaitMinutes, 'minutes')}</td>
                <td class="num">${formatInterval(g.metrics.staffCostPerWeek, 'money', r.currency)}</td></tr>`,
            )}
          </tbody>
        </table>
        <p class="hint">Tickets worked: visits to the group's own queue. Technicians cross-trained on another group's queue
          count their busy time in their own group, and the tickets in the other.</p>
      </section>`;
  }
}

customElements.define('sl-metric-tables', SlMetricTables);

declare global {
  interface HTMLElementTagNameMap {
    'sl-metric-tables': SlMetricTables;
  }
}
