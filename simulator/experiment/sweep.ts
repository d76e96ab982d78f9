import { fail, SIM_ERR } from '../errors.ts';
import type { MetricSummary } from '../report/confidence-interval.ts';
import { LIMITS } from '../scenario/limits.ts';
import { resolveRunOptions } from '../scenario/run-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';
import { applyVariant } from './apply-variant.ts';
import { ProgressTracker } from './progress.ts';
import { IN_PROCESS } from './replication-executor.ts';
import {
  type ExperimentOptions,
  type SimulationResult,
  simulateScenario,
} from './simulate-scenario.ts';
import { detectWarmUp, PILOT_REPLICATIONS, type WarmUpReport, withWarmUp } from './warm-up.ts';

/** A parameter to sweep: a path into the scenario (see applyVariant) and the values it takes. */
export interface SweepParameter {
  path: string;
  values: readonly unknown[];
}

/** The headline figures of a point, to draw as curves against the parameter. */
export const SWEEP_CURVES = [
  'serviceLevel',
  'timeInSystemP95Minutes',
  'meanInSystem',
  'staffCostPerWeek',
  'lostProductivityCostPerWeek',
  'totalCostPerWeek',
] as const;
export type SweepCurve = (typeof SWEEP_CURVES)[number];

/** One point of a sweep: the parameters' values there and what the simulation found. */
export interface SweepPoint {
  values: unknown[];
  /** The point's result (without the backlog series, to keep a sweep small). */
  result: Omit<SimulationResult, 'backlog'>;
  curves: Record<SweepCurve, MetricSummary | null>;
  /**
   * Whether every class with a target reached its attainment on the mean service level; null
   * when no class has a target. `confident` asks more: every interval wholly above its target.
   */
  meetsTargets: boolean | null;
  confident: boolean | null;
  /** What the point costs to staff a week (salaries), or agent-hours when no cost is given. */
  cost: { value: number; unit: 'money' | 'agent-hours' };
}

export interface Sweep {
  seed: number;
  replications: number;
  parameters: { path: string; values: unknown[] }[];
  /** Every combination of values, the last parameter varying fastest. */
  points: SweepPoint[];
  /** Index of the point with the least mean total cost (staff + lost productivity); null without economics. */
  costMinimising: number | null;
  /** Index of the cheapest point meeting every target (see SweepPoint.meetsTargets); null when none does. */
  cheapestFeasible: number | null;
  warmUp: WarmUpReport;
}

/**
 * Runs the base scenario at every combination of one or two parameters' values, all with the same
 * seed (common random numbers: the curves are smooth and neighbouring points are compared on the
 * same tickets), and marks the cost-minimising point and the cheapest point meeting every target.
 * Points that set no warm-up take the base's (detected by MSER when it sets none).
 *
 * @throws SimulatorError naming `parameters[i]` when a path or value does not make a valid scenario,
 *   or SIM_ERR_INVALID_RUN_OPTION when there are no values, more than two parameters or too many points.
 */
export async function sweepScenario(
  base: Scenario,
  parameters: readonly SweepParameter[],
  run: Omit<ExperimentOptions, 'precision' | 'detectWarmUp'> = {},
): Promise<Sweep> {
  const built = sweepPoints(base, parameters);
  const combinations = built.map((p) => p.values);
  const scenarios = built.map((p) => p.scenario);
  const { seed, replications } = resolveRunOptions(base, run);
  const executor = run.executor ?? IN_PROCESS;
  const pilot = base.run.warmUp === undefined ? PILOT_REPLICATIONS : 0;
  const progress = new ProgressTracker(pilot + replications * scenarios.length, run.onProgress);
  const warmUp = await detectWarmUp(base, seed, executor, progress.tick);
  const points: SweepPoint[] = [];
  // Every point is handed to the executor at once, so workers never wait for a point to finish;
  // each point's outputs still come back in replication order.
  const results = await Promise.all(
    scenarios.map((scenario) =>
      simulateScenario(withWarmUp(scenario, warmUp), {
        executor,
        seed,
        replications,
        onProgress: progress.tick,
        backlog: false,
      }),
    ),
  );
  // One unit of cost for every point: money when every point has a staff cost, else agent-hours.
  const inMoney = results.every(({ result }) => (result.overall.staffCostPerWeek?.mean ?? 0) > 0);
  results.forEach(({ result }, k) => {
    const { backlog: _backlog, ...kept } = result;
    points.push(describePoint(combinations[k] as unknown[], kept, inMoney));
  });
  return {
    seed,
    replications,
    parameters: parameters.map((p) => ({ path: p.path, values: [...p.values] })),
    points,
    costMinimising: argmin(points, (p) => p.curves.totalCostPerWeek?.mean ?? null),
    cheapestFeasible: argmin(points, (p) => (p.meetsTargets === true ? p.cost.value : null)),
    warmUp,
  };
}

function describePoint(
  values: unknown[],
  result: Omit<SimulationResult, 'backlog'>,
  inMoney: boolean,
): SweepPoint {
  const curves = {} as SweepPoint['curves'];
  for (const name of SWEEP_CURVES) curves[name] = result.overall[name];
  const targets = result.classes.filter((c) => c.target !== null);
  const meets = (c: (typeof targets)[number]) =>
    c.metrics.serviceLevel !== null && c.metrics.serviceLevel.mean >= (c.target?.attainment ?? 0);
  const staffCost = result.overall.staffCostPerWeek;
  return {
    values,
    result,
    curves,
    meetsTargets: targets.length === 0 ? null : targets.every(meets),
    // One replication has no interval: nothing is confident then.
    confident:
      targets.length === 0
        ? null
        : result.replications >= 2 && targets.every((c) => c.target?.verdict === 'met'),
    cost: inMoney
      ? { value: staffCost?.mean ?? 0, unit: 'money' }
      : { value: result.overall.agentHoursPerWeek?.mean ?? 0, unit: 'agent-hours' },
  };
}

/** Index of the least defined value (the first on ties); null when none is defined. */
export function argmin<T>(items: readonly T[], value: (item: T) => number | null): number | null {
  let best: number | null = null;
  let bestValue = Number.POSITIVE_INFINITY;
  items.forEach((item, i) => {
    const v = value(item);
    if (v !== null && v < bestValue) {
      bestValue = v;
      best = i;
    }
  });
  return best;
}

/**
 * The scenario of every point of a sweep, each checked as a whole scenario: a bad path or value
 * fails here, before anything runs.
 *
 * @throws SimulatorError naming `parameters[i]` or the point, for no values, more than two
 *   parameters, too many points, a path swept twice, `run.seed`/`run.replications`, or a point
 *   that is not a valid scenario.
 */
export function sweepPoints(
  base: Scenario,
  parameters: readonly SweepParameter[],
): { values: unknown[]; scenario: Scenario }[] {
  if (parameters.length < 1 || parameters.length > 2) {
    fail(SIM_ERR.INVALID_RUN_OPTION, 'parameters', parameters.length, 'one or two parameters');
  }
  parameters.forEach((p, i) => {
    if (/^run\.(seed|replications)$/.test(p.path.trim())) {
      fail(
        SIM_ERR.INVALID_RUN_OPTION,
        `parameters[${i}].path`,
        p.path,
        "a scenario parameter: every point of a sweep runs on the same seed and replications (set them as the run's own)",
      );
    }
    if (parameters.findIndex((q) => q.path.trim() === p.path.trim()) !== i) {
      fail(
        SIM_ERR.INVALID_RUN_OPTION,
        `parameters[${i}].path`,
        p.path,
        'a different path from the other parameter',
      );
    }
    if (p.values.length < 1) {
      fail(
        SIM_ERR.INVALID_RUN_OPTION,
        `parameters[${i}].values`,
        p.values.length,
        'at least one value',
      );
    }
  });
  const combinations = product(parameters.map((p) => p.values));
  if (combinations.length > LIMITS.maxSweepPoints) {
    fail(
      SIM_ERR.INVALID_RUN_OPTION,
      'parameters',
      combinations.length,
      `at most ${LIMITS.maxSweepPoints} points (the product of the numbers of values)`,
    );
  }
  // Build every point's scenario first, so that a bad value fails before any simulation.
  const scenarios = combinations.map((values) =>
    applyVariant(
      base,
      {
        name: values.map(String).join(', '),
        changes: parameters.map((p, i) => ({ path: p.path, value: values[i] })),
      },
      'sweep point',
      (j) => `parameters[${j}].path`,
    ),
  );
  return combinations.map((values, k) => ({ values, scenario: scenarios[k] as Scenario }));
}

/** Every combination of one value from each list, the last list varying fastest. */
function product(lists: readonly (readonly unknown[])[]): unknown[][] {
  return lists.reduce<unknown[][]>(
    (combinations, list) => combinations.flatMap((c) => list.map((v) => [...c, v])),
    [[]],
  );
}
