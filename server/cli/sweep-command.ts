import Table from 'cli-table3';
import {
  METRICS,
  type MetricSummary,
  SWEEP_CURVES,
  type Sweep,
  type SweepCurve,
  type SweepParameter,
  sweepScenario,
} from '../../simulator/index.ts';
import { type ExperimentFlags, experimentOptions, withExecutor } from './experiment-options.ts';
import { displayFormat } from './format-result.ts';
import { type Output, UsageError } from './output.ts';
import { createProgressBar } from './progress-bar.ts';
import { readScenarioFile } from './read-scenario-file.ts';

/** The most values one --param range may expand to. */
const MAX_RANGE_VALUES = 400;

/**
 * `stafflab sweep <scenario> --param PATH=VALUES [--param PATH=VALUES]`: the scenario at every
 * combination of values, with common random numbers, as a table of curves with the
 * cost-minimising and cheapest feasible points marked.
 */
export async function sweepCommand(
  file: string,
  flags: ExperimentFlags & { param?: string[] },
  output: Output,
): Promise<void> {
  const { workers, replications, seed } = experimentOptions(flags);
  const parameters = (flags.param ?? []).map(parseParameter);
  if (parameters.length < 1 || parameters.length > 2) {
    throw new UsageError(
      `sweep needs one or two --param options (got ${parameters.length}), e.g. --param "groups[desk].agents=8..14"`,
    );
  }
  const scenario = await readScenarioFile(file);
  const progress = createProgressBar(output, 'Sweeping');
  let sweep: Sweep;
  try {
    sweep = await withExecutor(workers, (executor) =>
      sweepScenario(scenario, parameters, {
        replications,
        seed,
        executor,
        onProgress: progress.update,
      }),
    );
  } finally {
    progress.stop();
  }
  output.out(flags.json === true ? `${JSON.stringify(sweep, null, 2)}\n` : formatSweep(sweep));
}

/**
 * A --param value: `PATH=FROM..TO` (whole steps), `PATH=FROM..TO:STEP`, `PATH=V1,V2,…` where
 * each value is read as JSON when it can be (numbers, true, null) and as text otherwise ("2h"), or
 * `PATH=[…]`, a JSON array (for values that hold commas).
 */
export function parseParameter(text: string): SweepParameter {
  const at = text.indexOf('=');
  if (at <= 0 || at === text.length - 1) {
    throw new UsageError(
      `--param: got ${JSON.stringify(text)}, expected PATH=VALUES such as "groups[desk].agents=8..14", "classes[P1].share=0.1,0.2" or "groups[desk].shrinkage=0..0.4:0.1"`,
    );
  }
  const path = text.slice(0, at).trim();
  const spec = text.slice(at + 1).trim();
  if (spec.startsWith('[')) return { path, values: jsonList(path, spec) };
  const range = /^(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)(?:\s*:\s*(\d+(?:\.\d+)?))?$/.exec(
    spec,
  );
  if (range === null) {
    return { path, values: spec.split(',').map((v) => readValue(v.trim())) };
  }
  const from = Number(range[1]);
  const to = Number(range[2]);
  const step = range[3] === undefined ? 1 : Number(range[3]);
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (!(step > 0) || to < from || count > MAX_RANGE_VALUES) {
    throw new UsageError(
      `--param ${path}: got ${JSON.stringify(spec)}, expected FROM..TO[:STEP] with FROM ≤ TO, a step above 0 and at most ${MAX_RANGE_VALUES} values`,
    );
  }
  const decimals = Math.max(
    ...[range[1], range[3] ?? '1'].map((s) => s?.split('.')[1]?.length ?? 0),
  );
  return {
    path,
    values: Array.from({ length: count }, (_, i) => Number((from + i * step).toFixed(decimals))),
  };
}

/** `PATH=[…]`: a JSON array of values, for values that hold commas (objects, lists). */
function jsonList(path: string, spec: string): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(spec);
  } catch (error) {
    throw new UsageError(
      `--param ${path}: got ${JSON.stringify(spec)}, expected a JSON array (${(error as Error).message})`,
    );
  }
  if (!Array.isArray(values) || values.length === 0) {
    throw new UsageError(
      `--param ${path}: got ${JSON.stringify(spec)}, expected a JSON array of one or more values`,
    );
  }
  return values;
}

function readValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** "111,734 ± 3,910": the mean and the half-width of its 95 % interval, to keep the table narrow. */
function plusMinus(summary: MetricSummary | null, unit: string): string {
  if (summary === null) return '–';
  const { scale, suffix, digits } = displayFormat(summary.mean, unit, null);
  const mean = `${digits(summary.mean / scale)}${suffix}`;
  if (summary.halfWidth === null || summary.halfWidth === 0) return mean;
  return `${mean} ± ${digits(summary.halfWidth / scale)}${suffix}`;
}

/** Column heads of the sweep table (the full labels are in the metric catalogue). */
const SHORT_LABELS = {
  serviceLevel: 'Service level',
  timeInSystemP95Minutes: 'Resolve p95',
  meanInSystem: 'Open tickets',
  staffCostPerWeek: 'Staff/week',
  lostProductivityCostPerWeek: 'Lost work/week',
  totalCostPerWeek: 'Total/week',
} as const;

/** One row per point: the parameters, the curves, whether targets are met, and the marks. */
export function formatSweep(sweep: Sweep): string {
  const currency = sweep.points[0]?.result.currency ?? null;
  const shown = SWEEP_CURVES.filter((c) => sweep.points.some((p) => p.curves[c] !== null));
  const barOf = shown.includes('totalCostPerWeek') ? 'totalCostPerWeek' : 'serviceLevel';
  const means = sweep.points.map((p) => p.curves[barOf]?.mean ?? 0);
  const low = Math.min(...means);
  const span = Math.max(...means) - low;
  const unitOf = (c: SweepCurve) =>
    METRICS[c].unit === 'money' && currency !== null ? ` (${currency})` : '';
  const table = new Table({
    head: [
      ...sweep.parameters.map((p) => p.path),
      ...shown.map((c) => `${SHORT_LABELS[c]}${unitOf(c)}`),
      'Targets',
      SHORT_LABELS[barOf],
      '',
    ],
    style: { head: [], border: [], compact: true },
  });
  sweep.points.forEach((point, i) => {
    const marks = [
      i === sweep.costMinimising ? '◆ least total cost' : '',
      i === sweep.cheapestFeasible ? '✓ cheapest meeting targets' : '',
    ].filter((m) => m !== '');
    table.push([
      ...point.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      ...shown.map((c) => plusMinus(point.curves[c], METRICS[c].unit)),
      point.meetsTargets === null
        ? '–'
        : point.meetsTargets
          ? point.confident
            ? 'met'
            : 'met (close)'
          : 'missed',
      '█'.repeat(1 + (span > 0 ? Math.round((15 * ((means[i] ?? low) - low)) / span) : 0)),
      marks.join(', '),
    ]);
  });
  const lines = [
    `Sweep of ${sweep.points.length} points · ${sweep.replications} replications each · seed ${sweep.seed} · common random numbers`,
    sweep.warmUp.note,
    'Values are means ± the half-width of their 95 % confidence interval; the bar is the last column, from its lowest to its highest value.',
    '"met (close)": the mean meets every target but an interval reaches below one.',
    '',
    table.toString(),
    '',
  ];
  if (sweep.cheapestFeasible === null) lines.push('No point meets every target.', '');
  return lines.join('\n');
}
