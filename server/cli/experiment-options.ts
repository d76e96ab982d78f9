import type { Command } from 'commander';
import {
  DEFAULT_PRECISION_METRICS,
  LIMITS,
  METRIC_NAMES,
  type MetricName,
  type PrecisionRule,
} from '../../simulator/index.ts';
import { type ClosableExecutor, createExecutor, defaultWorkers } from '../workers/worker-pool.ts';
import { integerOption, numberOption, runOptions, UsageError } from './output.ts';

/** The options every experiment command takes, as commander hands them over. */
export interface ExperimentFlags {
  replications?: string;
  seed?: string;
  workers?: string;
  precision?: string;
  precisionMetrics?: string;
  maxReplications?: string;
  json?: boolean;
}

/** Adds the run options of an experiment (replications, seed, workers, precision, --json). */
export function experimentFlags(command: Command, what: string): Command {
  return command
    .option(
      '-r, --replications <n>',
      `replications ${what} (default: the scenario's run.replications, else 10)`,
    )
    .option('-s, --seed <seed>', "random seed (default: the scenario's run.seed, else 1)")
    .option(
      '-w, --workers <n>',
      `worker threads running replications, at most one per core (default: one per core, ${defaultWorkers()} here); results do not depend on it`,
    )
    .option('--json', 'print the result as JSON on stdout');
}

/** Adds the sequential-replication options (simulate only). */
export function precisionFlags(command: Command): Command {
  return command
    .option(
      '--precision <fraction>',
      "add replications until each key metric's 95 % interval is within ± this fraction of its mean, e.g. 0.02",
    )
    .option(
      '--precision-metrics <names>',
      `comma-separated metrics the precision applies to (default: ${DEFAULT_PRECISION_METRICS.join(',')})`,
    )
    .option(
      '--max-replications <n>',
      'with --precision: stop at this many replications (default 200)',
    );
}

/** The checked run options, and the executor to run them on (close it when done). */
export function experimentOptions(flags: ExperimentFlags): {
  replications: number | undefined;
  seed: number | undefined;
  workers: number;
  precision: PrecisionRule | undefined;
} {
  const workers = integerOption('workers', flags.workers, 1, 64) ?? defaultWorkers();
  const relative = numberOption('precision', flags.precision, {
    min: 0,
    max: 1,
    exclusiveMin: true,
    expected: 'a fraction above 0 and below 1, e.g. 0.02 for ± 2 %',
  });
  if (relative !== undefined && relative >= 1) {
    throw new UsageError(
      `--precision: got ${JSON.stringify(flags.precision)}, expected a fraction above 0 and below 1, e.g. 0.02 for ± 2 %`,
    );
  }
  const maxReplications =
    integerOption('max-replications', flags.maxReplications, 2, LIMITS.maxReplications) ?? 200;
  const { replications } = runOptions(flags);
  if (relative !== undefined && replications !== undefined && replications > maxReplications) {
    throw new UsageError(
      `--max-replications: got ${maxReplications}, expected at least --replications (${replications}), where sequential replications start`,
    );
  }
  const metrics = (flags.precisionMetrics?.split(',') ?? [...DEFAULT_PRECISION_METRICS]).map(
    (name) => name.trim(),
  );
  for (const name of metrics) {
    if (!(METRIC_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(
        `--precision-metrics: got ${JSON.stringify(name)}, expected metric names among ${METRIC_NAMES.join(', ')}`,
      );
    }
  }
  if (
    relative === undefined &&
    (flags.precisionMetrics !== undefined || flags.maxReplications !== undefined)
  ) {
    throw new UsageError('--precision-metrics and --max-replications need --precision');
  }
  return {
    ...runOptions(flags),
    workers,
    precision:
      relative === undefined
        ? undefined
        : { relative, metrics: metrics as MetricName[], maxReplications },
  };
}

/** Runs `work` with an executor of `workers` threads and closes it afterwards, whatever happens. */
export async function withExecutor<T>(
  workers: number,
  work: (executor: ClosableExecutor) => Promise<T>,
): Promise<T> {
  const executor = createExecutor(workers);
  try {
    return await work(executor);
  } finally {
    await executor.close();
  }
}
