import type { Sweep } from '../../simulator/index.ts';
import { formatCount, formatMoney } from '../format/format.ts';
import { formatParameterValue, type ParameterLabel } from './parameter-label.ts';
import { sweepInMoney, sweepLabels } from './sweep-table.ts';

/**
 * A point of a sweep in words: "5 agents on Service desk", then the second parameter.
 * `labels`: the parameters in words, by default sweepLabels(sweep) (give them the scenario to
 * name headcounts as the form does).
 *
 * @example
 * pointWords(sweep, 0) // => '5 agents on Service desk and ticket volume 700 tickets a week'
 */
export function pointWords(sweep: Sweep, index: number, labels = sweepLabels(sweep)): string {
  const values = sweep.points[index]?.values ?? [];
  return values
    .map((v, i) => {
      const label = labels[i];
      const value = formatParameterValue(label?.kind ?? 'other', v);
      if (label?.kind === 'agents')
        return `${value} ${v === 1 ? 'agent' : 'agents'} on ${label.subject}`;
      const unit = label === undefined || label.kind === 'attainment' ? '' : ` ${label.unit}`;
      return `${label?.name.toLowerCase() ?? 'value'} ${value}${unit}`.trim();
    })
    .join(' and ');
}

/** Where point `index` lies in the first parameter's range: its first value, its last, or inside. */
function edge(sweep: Sweep, index: number): 'first' | 'last' | null {
  const inner = sweep.parameters[1]?.values.length ?? 1;
  const count = sweep.parameters[0]?.values.length ?? 1;
  const position = Math.floor(index / inner);
  if (count < 2) return null;
  return position === 0 ? 'first' : position === count - 1 ? 'last' : null;
}

/**
 * The answer of a sweep in sentences a manager can read out: the cheapest point meeting every
 * target (or that none does), the point of lowest total cost, a warning when the cheapest lies
 * at an end of the range, and what costs are shown in when the scenario gives none.
 * `labels`: the parameters in words, by default sweepLabels(sweep) (give them the scenario to
 * name headcounts as the form does).
 *
 * @example
 * sweepAnswer(sweep)[0]
 * // => 'The cheapest point that meets every service-level target: 5 agents on Service desk, with €45,500 a week of staff cost.'
 */
export function sweepAnswer(sweep: Sweep, labels = sweepLabels(sweep)): string[] {
  const hasTargets = sweep.points.some((p) => p.meetsTargets !== null);
  const sentences =
    sweep.cheapestFeasible !== null
      ? feasibleSentences(sweep, sweep.cheapestFeasible, labels)
      : hasTargets
        ? ['No point of the range meets every service-level target: try higher values.']
        : [];
  if (sweep.costMinimising !== null)
    sentences.push(...cheapestSentences(sweep, sweep.costMinimising, labels));
  else if (!sweepInMoney(sweep)) {
    sentences.push(
      'The scenario gives no costs (cost per agent-hour, cost of a user-hour): hours are shown instead of money.',
    );
  }
  return sentences;
}

/** The sentences on the cheapest point meeting every target, at index `feasible`. */
function feasibleSentences(sweep: Sweep, feasible: number, labels: ParameterLabel[]): string[] {
  const currency = sweep.points[0]?.result.currency ?? null;
  const point = sweep.points[feasible];
  const cost = point?.cost;
  const costWords =
    cost === undefined
      ? ''
      : cost.unit === 'money'
        ? `, with ${formatMoney(cost.value, currency)} a week of staff cost`
        : `, with ${formatCount(cost.value)} agent-hours a week on duty`;
  const sentences = [
    `The cheapest point that meets every service-level target: ${pointWords(sweep, feasible, labels)}${costWords}.`,
  ];
  if (edge(sweep, feasible) === 'first') {
    sentences.push(
      'That is the lowest value tried: fewer might meet the targets too, so start the range lower.',
    );
  }
  if (point?.confident === false) {
    sentences.push(
      'It meets them on the mean, but too closely to be sure: run more replications before relying on it.',
    );
  }
  return sentences;
}

/** The sentences on the point of least total cost, at index `cheapest`. */
function cheapestSentences(sweep: Sweep, cheapest: number, labels: ParameterLabel[]): string[] {
  const currency = sweep.points[0]?.result.currency ?? null;
  const total = sweep.points[cheapest]?.curves.totalCostPerWeek?.mean ?? null;
  const sentences = [
    cheapest === sweep.cheapestFeasible
      ? 'It is also the point of lowest total cost (staff cost plus users’ lost working time).'
      : `The lowest total cost (staff cost plus users’ lost working time) is with ${pointWords(sweep, cheapest, labels)}: ${formatMoney(total, currency)} a week.`,
  ];
  if (edge(sweep, cheapest) !== null) {
    sentences.push(
      'That is at an end of the range: widen the range to see whether the cost falls further.',
    );
  }
  return sentences;
}
