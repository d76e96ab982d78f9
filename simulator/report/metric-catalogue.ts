/**
 * The metrics every replication reports, per class and overall, with their unit and meaning.
 * Definitions (see the README glossary):
 * - a ticket's wait is the time from arrival to the start of work (first touch), or to its
 *   abandonment; tickets still waiting at the end of the run have no wait yet and are left out;
 * - service level counts tickets that started within their class's target time, over all tickets
 *   whose outcome is known (started, abandoned, or still waiting past the target at the end);
 *   abandoned tickets count as missed;
 * - ASA is the mean wait over all arrivals whose wait is known (abandoned ones included).
 */
export const METRICS = {
  arrived: { unit: 'tickets', label: 'Tickets arrived' },
  served: { unit: 'tickets', label: 'Tickets resolved' },
  abandoned: { unit: 'tickets', label: 'Tickets abandoned' },
  openAtEnd: { unit: 'tickets', label: 'Open at end' },
  deflected: { unit: 'tickets', label: 'Solved by self-service' },
  escalations: { unit: 'tickets', label: 'Passed to another group' },
  reopened: { unit: 'tickets', label: 'Reopened' },
  serviceLevel: { unit: 'fraction', label: 'Service level' },
  waitProbability: { unit: 'fraction', label: 'Probability of waiting' },
  abandonmentRate: { unit: 'fraction', label: 'Abandonment rate' },
  asaMinutes: { unit: 'minutes', label: 'ASA (mean wait)' },
  waitP50Minutes: { unit: 'minutes', label: 'Wait p50' },
  waitP90Minutes: { unit: 'minutes', label: 'Wait p90' },
  waitP95Minutes: { unit: 'minutes', label: 'Wait p95' },
  waitP99Minutes: { unit: 'minutes', label: 'Wait p99' },
  meanTimeInSystemMinutes: { unit: 'minutes', label: 'Mean time to resolve' },
  timeInSystemP50Minutes: { unit: 'minutes', label: 'Time to resolve p50' },
  timeInSystemP90Minutes: { unit: 'minutes', label: 'Time to resolve p90' },
  timeInSystemP95Minutes: { unit: 'minutes', label: 'Time to resolve p95' },
  timeInSystemP99Minutes: { unit: 'minutes', label: 'Time to resolve p99' },
  meanBusinessTimeToResolveMinutes: { unit: 'minutes', label: 'Mean time to resolve, SLA clock' },
  businessTimeToResolveP95Minutes: { unit: 'minutes', label: 'Time to resolve p95, SLA clock' },
  breaches: { unit: 'tickets', label: 'SLA breaches' },
  nearBreaches: { unit: 'tickets', label: 'Near breach (last fifth of target)' },
  meanQueueLength: { unit: 'tickets', label: 'Mean tickets waiting' },
  meanInSystem: { unit: 'tickets', label: 'Mean tickets open' },
  occupancy: { unit: 'fraction', label: 'Agent occupancy' },
  agentHoursPerWeek: { unit: 'hours', label: 'Agent-hours on duty a week' },
  overtimeHoursPerWeek: { unit: 'hours', label: 'Overtime agent-hours a week' },
  lostUserHoursPerWeek: { unit: 'hours', label: 'User-hours lost a week' },
  lostProductivityCostPerWeek: { unit: 'money', label: 'Lost productivity a week' },
  staffCostPerWeek: { unit: 'money', label: 'Staff cost a week' },
  totalCostPerWeek: { unit: 'money', label: 'Total cost a week' },
  revenuePerWeek: { unit: 'money', label: 'Contract revenue a week' },
  penaltiesPerWeek: { unit: 'money', label: 'Contract penalties a week' },
  marginPerWeek: { unit: 'money', label: 'Provider margin a week' },
} as const;

export type MetricName = keyof typeof METRICS;

/** The names of all metrics, in display order. */
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

/** One replication's value of every metric; null where undefined (e.g. no tickets of a class). */
export type MetricValues = Record<MetricName, number | null>;
