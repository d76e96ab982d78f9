import Table from 'cli-table3';
import {
  formatMinutes,
  type GroupMetricName,
  METRIC_NAMES,
  METRICS,
  type MetricName,
  type MetricSummaries,
  type MetricSummary,
  readableUnit,
  round,
  type ScenarioResult,
  type SimulationResult,
} from '../../simulator/index.ts';

/** The rows shown in the readable table, in order (every metric is in the JSON). */
export const TABLE_METRICS: readonly MetricName[] = METRIC_NAMES.filter(
  (name) => !/P50|P90/.test(name),
);

/**
 * The readable report of a run: a heading, one line per class target with its verdict, then a
 * table of the main metrics (mean and 95 % confidence interval) overall and per class.
 */
export function formatResult(result: ScenarioResult): string {
  const lines = [
    result.scenarioName,
    `${result.replications} replications · seed ${result.seed} · horizon ${formatMinutes(result.horizonMinutes)} · warm-up ${formatMinutes(result.warmUpMinutes)}`,
    'Values are means over replications with their 95 % confidence interval in brackets.',
    '',
    ...wrap(result.summary.join(' ')),
    '',
  ];
  for (const c of result.classes) {
    if (c.target === null) continue;
    lines.push(
      `${c.name}: ${formatValue(c.metrics.serviceLevel, 'fraction')} of tickets started within ${formatMinutes(c.target.targetMinutes)}; target ${percent(c.target.attainment)}: ${VERDICT_WORDS[c.target.verdict]}`,
    );
  }
  const table = new Table({
    head: ['Metric', 'All tickets', ...result.classes.map((c) => c.name)],
    style: { head: [], border: [], compact: true },
  });
  const columns: MetricSummaries[] = [result.overall, ...result.classes.map((c) => c.metrics)];
  for (const name of TABLE_METRICS) {
    if (columns.every((metrics) => metrics[name] === null)) continue;
    table.push([
      METRICS[name].label,
      ...columns.map((metrics) => formatValue(metrics[name], METRICS[name].unit, result.currency)),
    ]);
  }
  lines.push('', table.toString(), '');
  if (
    result.groups.length > 1 ||
    result.groups.some((g) => g.metrics.projectHoursPerWeek !== null)
  ) {
    lines.push(formatGroups(result), '');
  }
  return lines.join('\n');
}

const GROUP_LABELS: Record<GroupMetricName, [string, string]> = {
  occupancy: ['Agent occupancy', 'fraction'],
  agentHoursPerWeek: ['Agent-hours on duty a week', 'hours'],
  overtimeHoursPerWeek: ['Overtime agent-hours a week', 'hours'],
  visits: ['Visits started', 'tickets'],
  meanVisitWaitMinutes: ['Mean wait in the line', 'minutes'],
  staffCostPerWeek: ['Staff cost a week', 'money'],
  projectHoursPerWeek: ['Project hours a week', 'hours'],
};

/** A table of the groups: agent time, visits and their waits, cost. */
function formatGroups(result: ScenarioResult): string {
  const table = new Table({
    head: ['Group', ...result.groups.map((g) => g.name)],
    style: { head: [], border: [], compact: true },
  });
  for (const [name, [label, unit]] of Object.entries(GROUP_LABELS) as [
    GroupMetricName,
    [string, string],
  ][]) {
    if (result.groups.every((g) => g.metrics[name] === null)) continue;
    table.push([
      label,
      ...result.groups.map((g) => formatValue(g.metrics[name], unit, result.currency)),
    ]);
  }
  return table.toString();
}

const VERDICT_WORDS = {
  met: 'MET',
  missed: 'MISSED',
  uncertain: 'TOO CLOSE TO CALL (run more replications)',
  'no-tickets': 'NOT JUDGED (no tickets of this class)',
} as const;

/** Mean and interval in one unit: "6.73 min (6.53–6.94)", "67.0 % (66.6–67.5)", "7,192 (7,091–7,294)". */
export function formatValue(
  summary: MetricSummary | null,
  unit: string,
  currency: string | null = null,
): string {
  if (summary === null) return '–';
  const { scale, suffix, digits } = displayFormat(summary.mean, unit, currency);
  // Money can be negative (a margin); a fraction stays within 0–100 %; counts and times are ≥ 0.
  const number = (value: number) => digits(clampToRange(value, unit) / scale);
  const mean = `${number(summary.mean)}${suffix}`;
  if (summary.halfWidth === null || summary.halfWidth === 0) return mean;
  return `${mean} (${number(summary.low)}–${number(summary.high)})`;
}

/** A difference between options: signed, with its interval; "no difference" when exactly 0. */
export function formatDifference(
  summary: MetricSummary | null,
  unit: string,
  currency: string | null = null,
): string {
  if (summary === null) return '–';
  if (summary.mean === 0 && (summary.halfWidth ?? 0) === 0) return 'no difference';
  const { scale, suffix, digits } = displayFormat(Math.abs(summary.mean), unit, currency);
  const signed = (value: number) =>
    `${value > 0 ? '+' : value < 0 ? '−' : ''}${digits(Math.abs(value) / scale)}`;
  const mean = `${signed(summary.mean)}${suffix}`;
  if (summary.halfWidth === null) return mean;
  return `${mean} (${signed(summary.low)} to ${signed(summary.high)})`;
}

/** The scale, unit suffix and digits to show values near `mean` in. */
export function displayFormat(
  mean: number,
  unit: string,
  currency: string | null,
): { scale: number; suffix: string; digits: (value: number) => string } {
  if (unit === 'money') {
    return {
      scale: 1,
      suffix: currency === null ? '' : ` ${currency}`,
      digits: (v) => Math.round(v).toLocaleString('en'),
    };
  }
  if (unit === 'fraction') return { scale: 0.01, suffix: ' %', digits: (v) => v.toFixed(1) };
  if (unit === 'minutes') {
    const readable = readableUnit(mean);
    return { scale: readable.minutes, suffix: ` ${readable.symbol}`, digits: round };
  }
  return {
    scale: 1,
    suffix: '',
    digits: (v) => (mean >= 100 ? Math.round(v).toLocaleString('en') : round(v)),
  };
}

/** Words wrapped at 100 characters. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  const units = new Set(['s', 'min', 'h', 'd', '%']);
  const words: string[] = [];
  for (const word of text.split(' ')) {
    const bare = word.replace(/[.,:;]$/, '');
    if (units.has(bare) && words.length > 0) words[words.length - 1] += ` ${word}`;
    else words.push(word);
  }
  for (const word of words) {
    if (line.length + word.length + 1 > 100 && line !== '') {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

/** How the warm-up was found and, for sequential replications, the precision reached. */
export function formatRunNotes(result: SimulationResult): string {
  const lines = [...wrap(result.warmUp.note)];
  const precision = result.precision;
  if (precision !== null) {
    const achieved = precision.achieved
      .map(
        (a) =>
          `${METRICS[a.metric].label} ± ${a.relativeHalfWidth === null ? '–' : percent(a.relativeHalfWidth)}`,
      )
      .join(', ');
    lines.push(
      ...wrap(
        precision.reached
          ? `Precision ± ${percent(precision.relative)} reached after ${precision.replications} replications: ${achieved}.`
          : `Precision ± ${percent(precision.relative)} NOT reached by the cap of ${precision.replications} replications: ${achieved}. Raise --max-replications or lengthen the run.`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Money may be negative; counts and times may not; a fraction lies in [0, 1], whatever a t-interval says. */
function clampToRange(value: number, unit: string): number {
  if (unit === 'money') return value;
  return unit === 'fraction' ? Math.min(Math.max(value, 0), 1) : Math.max(value, 0);
}
