import type { ReplicationOutput } from '../engine/simulate-replication.ts';
import { fail, SIM_ERR } from '../errors.ts';
import { confidenceInterval, type MetricSummary } from '../report/confidence-interval.ts';
import { METRIC_NAMES, type MetricName, type MetricValues } from '../report/metric-catalogue.ts';
import { type MetricSummaries, resolveRunOptions } from '../scenario/run-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ProgressTracker } from './progress.ts';
import { IN_PROCESS } from './replication-executor.ts';
import {
  type ExperimentOptions,
  type SimulationResult,
  simulateScenario,
} from './simulate-scenario.ts';
import { detectWarmUp, PILOT_REPLICATIONS, withWarmUp } from './warm-up.ts';

/** One option of a comparison: its name and its (valid) scenario. */
export interface NamedScenario {
  name: string;
  scenario: Scenario;
}

/** The result of comparing options: each run, and each option's differences from the first. */
export interface Comparison {
  seed: number;
  replications: number;
  /** True when every option saw the same random numbers (the default). */
  commonRandomNumbers: boolean;
  options: { name: string; result: SimulationResult }[];
  /**
   * For the second option on: the mean difference (option − first) of every metric over the
   * replications, paired replication by replication, with its 95 % confidence interval; overall
   * and for each class the two options share (matched by class id).
   */
  differences: {
    name: string;
    overall: MetricSummaries;
    classes: { id: string; name: string; metrics: MetricSummaries }[];
  }[];
}

/**
 * Runs two or more scenario options with the same seed, so that replication r of every option
 * draws its arrivals, work, routing and patience from the same named streams (common random
 * numbers), and reports each option's paired differences from the first. The differences of
 * paired replications cancel the noise the options share: their intervals are narrower than those
 * of independent runs. `independentStreams` gives each option its own seed instead, for showing
 * what common random numbers buy. Options that set no warm-up all take the first option's
 * (detected by MSER when it sets none either), so that every option is measured over the same
 * window.
 */
export async function compareScenarios(
  options: readonly NamedScenario[],
  run: Omit<ExperimentOptions, 'precision' | 'detectWarmUp'> & {
    independentStreams?: boolean;
  } = {},
): Promise<Comparison> {
  const first = options[0];
  if (first === undefined || options.length < 2) {
    fail(
      SIM_ERR.INVALID_RUN_OPTION,
      'options',
      options.length,
      'at least two scenarios to compare',
    );
  }
  const { seed, replications } = resolveRunOptions(first.scenario, run);
  const executor = run.executor ?? IN_PROCESS;
  const pilot = first.scenario.run.warmUp === undefined ? PILOT_REPLICATIONS : 0;
  const progress = new ProgressTracker(pilot + replications * options.length, run.onProgress);
  const warmUp = await detectWarmUp(first.scenario, seed, executor, progress.tick);
  const runs: { result: SimulationResult; outputs: ReplicationOutput[] }[] = [];
  for (const [i, option] of options.entries()) {
    const scenario = withWarmUp(option.scenario, warmUp);
    runs.push(
      await simulateScenario(scenario, {
        executor,
        replications,
        seed: run.independentStreams === true ? (seed + i * 1_000_003) % 2 ** 32 : seed,
        onProgress: progress.tick,
      }),
    );
    const done = runs[i]?.result;
    if (done !== undefined && scenario !== option.scenario) done.warmUp = warmUp;
  }
  const base = runs[0] as (typeof runs)[number];
  return {
    seed: base.result.seed,
    replications: base.result.replications,
    commonRandomNumbers: run.independentStreams !== true,
    options: runs.map((r, i) => ({ name: (options[i] as NamedScenario).name, result: r.result })),
    differences: runs.slice(1).map((r, i) => ({
      name: (options[i + 1] as NamedScenario).name,
      overall: pairedDifferences(
        base.outputs.map((o) => o.overall),
        r.outputs.map((o) => o.overall),
      ),
      classes: r.result.classes.flatMap((c, k) => {
        const b = base.result.classes.findIndex((x) => x.id === c.id);
        if (b < 0) return [];
        return [
          {
            id: c.id,
            name: c.name,
            metrics: pairedDifferences(
              base.outputs.map((o) => o.classes[b] as MetricValues),
              r.outputs.map((o) => o.classes[k] as MetricValues),
            ),
          },
        ];
      }),
    })),
  };
}

/** Per metric, the 95 % confidence interval of (option − base) over replications paired by index. */
function pairedDifferences(
  base: readonly MetricValues[],
  option: readonly MetricValues[],
): MetricSummaries {
  const result = {} as Record<MetricName, MetricSummary | null>;
  for (const name of METRIC_NAMES) {
    const differences = base.map((b, r) => {
      const x = b[name];
      const y = option[r]?.[name] ?? null;
      return x === null || y === null ? null : y - x;
    });
    result[name] = confidenceInterval(differences, 0.95);
  }
  return result;
}
