import Table from 'cli-table3';
import {
  formatMinutes,
  METRIC_NAMES,
  METRICS,
  type MetricName,
  type MetricSummaries,
  type MetricSummary,
  type ScenarioResult,
} from '../../simulator/index.ts';

/** The rows shown in the readable table, in order (all metrics are in the JSON). */
const TABLE_METRICS: readonly MetricName[] = METRIC_NAMES.filter((name) => !/P50|P90/.test(name));

/**
 * The readable report of a run: a heading, one line per class target with its verdict, then a
 * table of every metric (mean and 95 % confidence interval) overall and per class.
 */
export function formatResult(result: ScenarioResult): string {
  const lines = [
    `${result.scenarioName}`,
    `${result.replications} replications · seed ${result.seed} · horizon ${formatMinutes(result.horizonMinutes)} · warm-up ${formatMinutes(result.warmUpMinutes)} · values are means with their 95 % confidence interval`,
    '',
  ];
  for (const c of result.classes) {
    if (c.target === null) continue;
    const level = c.metrics.serviceLevel;
    lines.push(
      `${c.name}: ${formatValue(level, 'fraction')} of tickets started within ${formatMinutes(c.target.targetMinutes)} (target ${percent(c.target.attainment)}): ${c.target.verdict.toUpperCase()}`,
    );
  }
  const table = new Table({
    head: ['Metric', 'All tickets', ...result.classes.map((c) => c.name)],
    style: { head: [], border: [] },
  });
  for (const name of TABLE_METRICS) {
    const columns: MetricSummaries[] = [result.overall, ...result.classes.map((c) => c.metrics)];
    if (columns.every((metrics) => metrics[name] === null)) continue;
    table.push([
      METRICS[name].label,
      ...columns.map((metrics) => formatValue(metrics[name], METRICS[name].unit)),
    ]);
  }
  lines.push('', table.toString(), '');
  return lines.join('\n');
}

function formatValue(summary: MetricSummary | null, unit: string): string {
  if (summary === null) return '–';
  const show = (value: number) =>
    unit === 'fraction'
      ? percent(value)
      : unit === 'minutes'
        ? formatMinutes(value)
        : formatCount(value);
  if (summary.halfWidth === null) return show(summary.mean);
  return `${show(summary.mean)} (${show(Math.max(summary.low, 0))}–${show(summary.high)})`;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

function formatCount(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(2);
}
