import type { ReplicationOutput } from '../engine/simulate-replication.ts';
import { fail, SIM_ERR } from '../errors.ts';
import { confidenceInterval } from '../report/confidence-interval.ts';
import { METRIC_NAMES, type MetricName } from '../report/metric-catalogue.ts';
import { LIMITS } from '../scenario/limits.ts';
import {
  resolveRunOptions,
  type ScenarioResult,
  summariseReplications,
} from '../scenario/run-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';
import { type ProgressListener, ProgressTracker } from './progress.ts';
import { IN_PROCESS, type ReplicationExecutor } from './replication-executor.ts';
import { detectWarmUp, PILOT_REPLICATIONS, type WarmUpReport } from './warm-up.ts';

/** Options shared by every experiment (simulate, compare, sweep, optimise). */
export interface ExperimentOptions {
  /** Overrides the scenario's run.seed. */
  seed?: number;
  /** Overrides the scenario's run.replications; with `precision`, the replications to start with. */
  replications?: number;
  /** Where replications run (default: in this thread, one after another). */
  executor?: ReplicationExecutor;
  /** Told after every replication, pilot replications included. */
  onProgress?: ProgressListener;
  /** Add replications until the named metrics are this precise (see PrecisionRule). */
  precision?: PrecisionRule;
  /** Detect the warm-up by MSER when the scenario sets none (default true; false: no warm-up). */
  detectWarmUp?: boolean;
  /**
   * Keep the backlog series (default true; false: the result's backlog is empty). Sweeps and
   * optimisations, which report none, pass false, so that their workers send back a third of
   * the data.
   */
  backlog?: boolean;
}

/**
 * Sequential replications: keep adding replications until the 95 % confidence interval of every
 * named overall metric has a half-width at most `relative` × |mean|, or `maxReplications` is
 * reached.
 */
export interface PrecisionRule {
  relative: number;
  metrics: readonly MetricName[];
  maxReplications: number;
}

/** Whether a sequential run reached its precision, and how precise each metric ended. */
export interface PrecisionReport {
  relative: number;
  reached: boolean;
  replications: number;
  /** Per metric: half-width over |mean| at the end (0 when every replication agreed). */
  achieved: { metric: MetricName; relativeHalfWidth: number | null }[];
}

/** A scenario's result with how its warm-up was found and, if asked for, its precision. */
export interface SimulationResult extends ScenarioResult {
  warmUp: WarmUpReport;
  precision: PrecisionReport | null;
}

/** Metrics sequential replications aim at when none are named. */
export const DEFAULT_PRECISION_METRICS: readonly MetricName[] = [
  'serviceLevel',
  'timeInSystemP95Minutes',
];

/** Replications a step adds at least, so that batches of work keep every worker busy. */
const MIN_STEP = 4;

/**
 * Runs a valid scenario's replications on an executor: first its warm-up (the scenario's, or
 * MSER on pilot replications), then replications 0…n−1, then, with a precision rule, more until
 * the rule is met. Replication r always uses streams (seed, r) and the stopping decisions depend
 * on outputs alone, so the result is the same on 1 or many workers.
 *
 * @throws SimulatorError SIM_ERR_INVALID_RUN_OPTION for a seed, count or precision out of range.
 */
export async function simulateScenario(
  scenario: Scenario,
  options: ExperimentOptions = {},
): Promise<{ result: SimulationResult; outputs: ReplicationOutput[] }> {
  const { seed, replications } = resolveRunOptions(scenario, options);
  const rule = options.precision;
  if (rule !== undefined) checkPrecisionRule(rule);
  const executor = options.executor ?? IN_PROCESS;
  const autoWarmUp = scenario.run.warmUp === undefined && options.detectWarmUp !== false;
  const pilot = autoWarmUp ? PILOT_REPLICATIONS : 0;
  const progress = new ProgressTracker(replications + pilot, options.onProgress);
  const warmUp = autoWarmUp
    ? await detectWarmUp(scenario, seed, executor, progress.tick)
    : await detectWarmUp(
        { ...scenario, run: { ...scenario.run, warmUp: scenario.run.warmUp ?? 0 } },
        seed,
        executor,
      );
  const warmed: Scenario = { ...scenario, run: { ...scenario.run, warmUp: `${warmUp.minutes}m` } };
  const parts = { backlog: options.backlog !== false };
  const outputs = await executor.run(
    warmed,
    seed,
    range(0, replications),
    progress.tick,
    undefined,
    parts,
  );
  let report: PrecisionReport | null = null;
  if (rule !== undefined) {
    for (;;) {
      report = precisionOf(outputs, rule);
      if (report.reached || outputs.length >= rule.maxReplications) break;
      const next = nextCount(outputs.length, report, rule);
      progress.plan(next + pilot);
      outputs.push(
        ...(await executor.run(
          warmed,
          seed,
          range(outputs.length, next),
          progress.tick,
          undefined,
          parts,
        )),
      );
    }
  }
  return {
    result: { ...summariseReplications(warmed, seed, outputs), warmUp, precision: report },
    outputs,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function checkPrecisionRule(rule: PrecisionRule): void {
  if (!(rule.relative > 0 && rule.relative < 1)) {
    fail(SIM_ERR.INVALID_RUN_OPTION, 'precision', rule.relative, 'a fraction above 0 and below 1');
  }
  if (
    !Number.isInteger(rule.maxReplications) ||
    rule.maxReplications < 2 ||
    rule.maxReplications > LIMITS.maxReplications
  ) {
    fail(
      SIM_ERR.INVALID_RUN_OPTION,
      'maxReplications',
      rule.maxReplications,
      `a whole number from 2 to ${LIMITS.maxReplications}`,
    );
  }
  for (const metric of rule.metrics) {
    if (!METRIC_NAMES.includes(metric)) {
      fail(SIM_ERR.INVALID_RUN_OPTION, 'metrics', metric, `one of ${METRIC_NAMES.join(', ')}`);
    }
  }
}

/** Each metric's relative half-width; reached when every one with data is within the rule. */
function precisionOf(outputs: readonly ReplicationOutput[], rule: PrecisionRule): PrecisionReport {
  const achieved = rule.metrics.map((metric) => {
    const summary = confidenceInterval(
      outputs.map((o) => o.overall[metric]),
      0.95,
    );
    if (summary === null || summary.halfWidth === null) return { metric, relativeHalfWidth: null };
    const halfWidth = summary.halfWidth;
    return {
      metric,
      relativeHalfWidth: halfWidth === 0 ? 0 : halfWidth / Math.abs(summary.mean),
    };
  });
  return {
    relative: rule.relative,
    replications: outputs.length,
    // A metric with no data in any replication (no contract, no abandonment…) has no interval to
    // narrow: it is skipped.
    reached:
      outputs.length >= 2 &&
      achieved.every((a) => a.relativeHalfWidth === null || a.relativeHalfWidth <= rule.relative),
    achieved,
  };
}

/**
 * The next replication count: the half-width shrinks as 1/√n, so n × (achieved / wanted)² is the
 * estimate of what is needed; at least MIN_STEP more, at most double, never past the cap.
 */
function nextCount(n: number, report: PrecisionReport, rule: PrecisionRule): number {
  let needed = n + MIN_STEP;
  for (const { relativeHalfWidth } of report.achieved) {
    if (relativeHalfWidth === null || !Number.isFinite(relativeHalfWidth)) continue;
    needed = Math.max(needed, Math.ceil(n * (relativeHalfWidth / rule.relative) ** 2));
  }
  return Math.min(rule.maxReplications, Math.min(needed, 2 * n + MIN_STEP));
}
