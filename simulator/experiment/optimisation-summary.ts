import type { MetricSummary } from '../report/confidence-interval.ts';
import { formatMinutes } from '../units.ts';
import type { Optimisation } from './optimisation-types.ts';

/** What was found, in words: the answer, its cost, and how sure the verification is. */
export function summariseOptimisation(o: Omit<Optimisation, 'summary'>): string[] {
  const result = o.verification.result;
  const currency = result.currency === null ? '' : ` ${result.currency}`;
  const money = (m: MetricSummary | null) =>
    m === null
      ? '–'
      : `${Math.round(m.mean).toLocaleString('en')}${currency} (${Math.round(m.low).toLocaleString('en')}–${Math.round(m.high).toLocaleString('en')})`;
  const staffing = o.decisions.map((d, i) => `${d.label} ${o.answer[i]}`).join(', ');
  const lines: string[] = [];
  if (o.goal === 'targets' && !o.feasible) {
    const missed = result.classes.filter(
      (c) => c.target !== null && (c.metrics.serviceLevel?.mean ?? 0) < c.target.attainment,
    );
    const busy = result.groups.filter(
      (g) =>
        o.decisions.some((d) => d.group === g.id) &&
        (g.metrics.occupancy?.mean ?? 0) > o.maxOccupancy,
    );
    lines.push(
      `No headcount of the groups being staffed meets every target: at ${staffing}, one more agent anywhere no longer closes the gap.`,
      `Still missed: ${[...missed.map((c) => `${c.name} (service level ${Math.round((c.metrics.serviceLevel?.mean ?? 0) * 1000) / 10} %, target ${Math.round((c.target?.attainment ?? 0) * 1000) / 10} %)`), ...busy.map((g) => `${g.name} above ${Math.round(o.maxOccupancy * 100)} % occupancy`)].join(', ') || 'none on the fresh seed'}. The bottleneck may be a group not being staffed (see --groups) or a target no headcount can reach.`,
    );
  } else if (o.goal === 'targets') {
    lines.push(
      `The cheapest staffing found that meets every service-level target with no group above ${Math.round(o.maxOccupancy * 100)} % occupancy: ${staffing}.`,
      result.overall.staffCostPerWeek === null
        ? `${Math.round(result.overall.agentHoursPerWeek?.mean ?? 0)} paid agent-hours a week (the scenario gives no cost per agent-hour).`
        : `Staff cost ${money(result.overall.staffCostPerWeek)} a week.`,
    );
    if (result.overall.lostProductivityCostPerWeek !== null) {
      lines.push(
        `Users' lost productivity at this staffing: ${money(result.overall.lostProductivityCostPerWeek)} a week (the "total-cost" goal weighs it against salaries).`,
      );
    }
    const missed = result.classes.filter(
      (c) => c.target !== null && (c.metrics.serviceLevel?.mean ?? 0) < c.target.attainment,
    );
    if (!o.verification.meetsTargets) {
      lines.push(
        `On ${o.verification.replications} fresh replications it does NOT meet every target (${missed.map((c) => c.name).join(', ') || 'a group is above the occupancy cap'}): run with more replications.`,
      );
    } else if (o.verification.confident) {
      lines.push(
        `On ${o.verification.replications} fresh replications every target is met with 95 % confidence.`,
      );
    } else {
      lines.push(
        `On ${o.verification.replications} fresh replications every target is met on average, but not every one with 95 % confidence: the answer sits close to a target.`,
      );
    }
    const holding = o.oneFewer.filter((n) => n.meetsTargets);
    lines.push(
      holding.length === 0
        ? 'One agent fewer anywhere misses a target.'
        : `One agent fewer in ${holding.map((n) => n.path).join(', ')} still meets the targets on the fresh seed: there the margin is within the noise of the search.`,
    );
  } else {
    lines.push(
      `The staffing with the least total cost found: ${staffing}.`,
      `Total cost ${money(result.overall.totalCostPerWeek)} a week: staff ${money(result.overall.staffCostPerWeek)}, users' lost productivity ${money(result.overall.lostProductivityCostPerWeek)}.`,
    );
    const cheaper = o.oneFewer.filter(
      (n) => n.totalCostDifference !== null && n.totalCostDifference.high < 0,
    );
    const flat = o.oneFewer.filter(
      (n) =>
        n.totalCostDifference !== null &&
        n.totalCostDifference.low <= 0 &&
        n.totalCostDifference.high >= 0,
    );
    if (flat.length > 0) {
      lines.push(
        `The cost curve is flat here: one agent fewer in ${flat.map((n) => n.path).join(', ')} changes the total cost by less than the noise (its interval includes 0); choose on service instead.`,
      );
    }
    if (cheaper.length > 0) {
      lines.push(
        `On the fresh seed one agent fewer in ${cheaper.map((n) => n.path).join(', ')} is cheaper with 95 % confidence: the search's seed favoured this answer.`,
      );
    }
  }
  lines.push(
    `Warm-up ${formatMinutes(o.warmUp.minutes)}; ${o.search.evaluations} staffings simulated.`,
  );
  return lines;
}
