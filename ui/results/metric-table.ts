import {
  METRIC_NAMES,
  METRICS,
  type MetricName,
  type MetricSummary,
  type ScenarioResult,
} from '../../simulator/index.ts';
import type { Quantity } from '../format/format.ts';

/** The quantity (and so the unit shown) of a metric, from the simulator's catalogue. */
export function metricQuantity(name: MetricName): Quantity {
  const unit = METRICS[name].unit;
  return unit === 'tickets' ? 'count' : unit;
}

/** One metric of one scope (the whole run, a class, a group) with its interval. */
export interface MetricRow {
  scope: string;
  metric: string;
  label: string;
  /** The unit as a reader sees it: "tickets", "fraction", "minutes", "hours" or the currency. */
  unit: string;
  mean: number;
  low: number;
  high: number;
  replications: number;
}

function rows(
  scope: string,
  metrics: Partial<Record<string, MetricSummary | null>>,
  currency: string | null,
): MetricRow[] {
  return Object.entries(metrics).flatMap(([metric, summary]) => {
    if (summary === null || summary === undefined) return [];
    const known = (METRIC_NAMES as readonly string[]).includes(metric);
    const unit = known
      ? METRICS[metric as MetricName].unit
      : metric.endsWith('Minutes')
        ? 'minutes'
        : '';
    const label = known ? METRICS[metric as MetricName].label : metric;
    return [
      {
        scope,
        metric,
        label,
        unit: unit === 'money' ? (currency ?? 'money') : unit,
        mean: summary.mean,
        low: summary.low,
        high: summary.high,
        replications: summary.n,
      },
    ];
  });
}

/**
 * Every metric of a result, overall, per class and per group, with its 95 % interval: the rows of
 * the CSV export. Undefined metrics (null) are left out rather than written as empty numbers.
 *
 * @example
 * metricRows(result)[0] // => { scope: 'all tickets', metric: 'arrived', unit: 'tickets', mean: …, … }
 */
export function metricRows(result: ScenarioResult): MetricRow[] {
  return [
    ...rows('all tickets', result.overall, result.currency),
    ...result.classes.flatMap((c) => rows(`class ${c.name}`, c.metrics, result.currency)),
    ...result.groups.flatMap((g) => rows(`group ${g.name}`, g.metrics, result.currency)),
  ];
}

/** The weeks the metrics were measured over (the run after its warm-up). */
export function measuredWeeks(
  result: Pick<ScenarioResult, 'horizonMinutes' | 'warmUpMinutes'>,
): number {
  return (result.horizonMinutes - result.warmUpMinutes) / 10080;
}
