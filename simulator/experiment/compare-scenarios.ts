import type { ReplicationOutput } from '../engine/simulate-replication.ts';
import { fail, SIM_ERR } from '../errors.ts';
import { confidenceInterval, type MetricSummary } from '../report/confidence-interval.ts';
import { METRIC_NAMES, type MetricName } from '../report/metric-catalogue.ts';
import {
  type MetricSummaries,
  type RunOptions,
  type ScenarioResult,
  simulateReplications,
} from '../scenario/run-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';

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
  options: { name: string; result: ScenarioResult }[];
  /**
   * For the second option on: the mean difference (option − first) of every overall metric over
   * the replications, paired replication by replication, with its 95 % confidence interval.
   */
  differences: { name: string; overall: MetricSummaries }[];
}

/**
 * Runs two or more scenario options with the same seed, so that replication r of every option
 * draws its arrivals, work, routing and patience from the same named streams (common random
 * numbers), and reports each option's paired differences from the first. The differences of
 * paired replications cancel the noise the options share: their intervals are narrower than those
 * of independent runs. `independentStreams` gives each option its own seed instead, for showing
 * what common random numbers buy.
 */
export function compareScenarios(
  options: readonly NamedScenario[],
  run: RunOptions & { independentStreams?: boolean } = {},
): Comparison {
  const first = options[0];
  if (first === undefined || options.length < 2) {
    fail(
      SIM_ERR.INVALID_RUN_OPTION,
      'options',
      options.length,
      'at least two scenarios to compare',
    );
  }
  const total = options.length;
  const runs = options.map((option, i) =>
    simulateReplications(option.scenario, {
      ...run,
      onProgress:
        run.onProgress === undefined
          ? undefined
          : (done, each) => run.onProgress?.(i * each + done, total * each),
      seed:
        run.independentStreams === true
          ? ((run.seed ?? first.scenario.run.seed ?? 1) + i * 1_000_003) % 2 ** 32
          : (run.seed ?? first.scenario.run.seed),
      replications: run.replications ?? first.scenario.run.replications,
    }),
  );
  const base = runs[0] as (typeof runs)[number];
  return {
    seed: base.result.seed,
    replications: base.result.replications,
    commonRandomNumbers: run.independentStreams !== true,
    options: runs.map((r, i) => ({ name: (options[i] as NamedScenario).name, result: r.result })),
    differences: runs.slice(1).map((r, i) => ({
      name: (options[i + 1] as NamedScenario).name,
      overall: pairedDifferences(base.outputs, r.outputs, base.result.confidenceLevel),
    })),
  };
}

/** Per metric, the confidence interval of (option − base) over replications paired by index. */
function pairedDifferences(
  base: readonly ReplicationOutput[],
  option: readonly ReplicationOutput[],
  level: number,
): MetricSummaries {
  const result = {} as Record<MetricName, MetricSummary | null>;
  for (const name of METRIC_NAMES) {
    const differences = base.map((b, r) => {
      const x = b.overall[name];
      const y = option[r]?.overall[name] ?? null;
      return x === null || y === null ? null : y - x;
    });
    result[name] = confidenceInterval(differences, level);
  }
  return result;
}
