import type { ClassResult, Comparison, MetricName, MetricSummary } from '../../simulator/index.ts';
import { formatDuration, type Quantity } from '../format/format.ts';

/**
 * One line of a comparison table: a metric for every option (base first) and, for every
 * variant, its paired difference from the base with the 95 % interval the result carries.
 */
export interface CompareLine {
  key: string;
  label: string;
  /** A one-line explanation for a manager, or null. */
  hint: string | null;
  quantity: Quantity;
  values: (MetricSummary | null)[];
  /** Index 0 (the base) is always null. */
  differences: (MetricSummary | null)[];
  /** For service-level lines: each option's target and verdict (null where it has none). */
  targets: ClassResult['target'][] | null;
}

/** The overall metrics a comparison shows, in order; money lines only when the scenario has costs. */
const OVERALL: { key: MetricName; label: string; hint: string | null; quantity: Quantity }[] = [
  {
    key: 'timeInSystemP95Minutes',
    label: 'Time to resolve, 95th percentile',
    hint: '95 % of tickets are resolved within this time',
    quantity: 'minutes',
  },
  {
    key: 'asaMinutes',
    label: 'ASA (average wait)',
    hint: 'the mean wait before work starts on a ticket',
    quantity: 'minutes',
  },
  {
    key: 'openAtEnd',
    label: 'Backlog at the end (tickets open)',
    hint: 'tickets still open when the simulated period ends',
    quantity: 'count',
  },
  {
    key: 'occupancy',
    label: 'Occupancy',
    hint: "share of technicians' time on duty spent working tickets",
    quantity: 'fraction',
  },
  { key: 'agentHoursPerWeek', label: 'Agent-hours on duty a week', hint: null, quantity: 'hours' },
  {
    key: 'staffCostPerWeek',
    label: 'Staff cost a week',
    hint: 'salaries and overheads',
    quantity: 'money',
  },
  {
    key: 'lostUserHoursPerWeek',
    label: 'User-hours lost a week',
    hint: 'working time users lose while their tickets are open',
    quantity: 'hours',
  },
  {
    key: 'lostProductivityCostPerWeek',
    label: 'Lost productivity a week',
    hint: "users' lost working time at the scenario's cost of a user-hour",
    quantity: 'money',
  },
  {
    key: 'totalCostPerWeek',
    label: 'Total cost a week',
    hint: 'staff cost + lost productivity',
    quantity: 'money',
  },
];

/**
 * The lines of a comparison table: each class's service level against its target (classes with
 * a target in any option, by id), all tickets' service level, then time to resolve, ASA,
 * backlog, occupancy, agent-hours, staff cost, user-hours lost, lost productivity and total
 * cost. A line every option lacks (costs without economics) is left out.
 */
export function compareLines(comparison: Comparison): CompareLine[] {
  const { options, differences } = comparison;
  const lines = classLines(comparison);
  const overall = (key: MetricName, hint: string | null, label: string, quantity: Quantity) => ({
    key,
    label,
    hint,
    quantity,
    values: options.map((o) => o.result.overall[key]),
    differences: options.map((_, k) =>
      k === 0 ? null : (differences[k - 1]?.overall[key] ?? null),
    ),
    targets: null,
  });
  if (lines.length > 0) {
    lines.push(
      overall('serviceLevel', 'every class together', 'All tickets: service level', 'fraction'),
    );
  }
  for (const metric of OVERALL) {
    const line = overall(metric.key, metric.hint, metric.label, metric.quantity);
    if (line.values.some((v) => v !== null)) lines.push(line);
  }
  return lines;
}

/** The service-level line of each class of the base that has a target in some option. */
function classLines(comparison: Comparison): CompareLine[] {
  const { options, differences } = comparison;
  return (options[0]?.result.classes ?? []).flatMap((ticketClass): CompareLine[] => {
    const classOf = (k: number) => options[k]?.result.classes.find((c) => c.id === ticketClass.id);
    const targets = options.map((_, k) => classOf(k)?.target ?? null);
    if (targets.every((t) => t === null)) return [];
    const difference = (k: number) =>
      differences[k - 1]?.classes.find((c) => c.id === ticketClass.id)?.metrics.serviceLevel;
    return [
      {
        key: `serviceLevel:${ticketClass.id}`,
        label: `${ticketClass.name}: service level`,
        hint: 'share of tickets whose work started within the target time',
        quantity: 'fraction',
        values: options.map((_, k) => classOf(k)?.metrics.serviceLevel ?? null),
        differences: options.map((_, k) => (k === 0 ? null : (difference(k) ?? null))),
        targets,
      },
    ];
  });
}

/**
 * Words for a service-level target.
 *
 * @example
 * targetWords({ targetMinutes: 15, attainment: 0.95, verdict: 'met' }) // => '95 % within 15 min'
 */
export function targetWords(target: NonNullable<ClassResult['target']>): string {
  return `${Math.round(target.attainment * 1000) / 10} % within ${formatDuration(target.targetMinutes)}`;
}
