import {
  isSimulatorError,
  type QueueModel,
  SimulatorError,
  toMinutes,
} from '../../simulator/index.ts';
import { numberOption, UsageError } from './output.ts';

/** Options shared by `erlang` and `staff`, as commander hands them over (strings). */
export interface QueueOptionStrings {
  model?: string;
  arrivalsPerHour?: string;
  aht?: string;
  patience?: string;
  targetTime?: string;
  json?: boolean;
}

/** The model, rates and times read from the options, in minutes. */
export interface QueueOptions {
  model: QueueModel;
  arrivalsPerMinute: number;
  meanWorkMinutes: number;
  patienceMinutes: number | undefined;
  targetMinutes: number | undefined;
}

/** Reads and checks the shared options, naming the option in every message. */
export function readQueueOptions(options: QueueOptionStrings): QueueOptions {
  for (const [given, name, example] of [
    [options.model, '--model', 'c'],
    [options.arrivalsPerHour, '--arrivals-per-hour', '120'],
    [options.aht, '--aht', '6m'],
  ] as const) {
    if (given === undefined) throw new UsageError(`${name} is required (e.g. ${name} ${example})`);
  }
  if (!['b', 'c', 'a'].includes(options.model as string)) {
    throw new UsageError(
      `--model: got ${JSON.stringify(options.model)}, expected b (Erlang B), c (Erlang C) or a (Erlang A)`,
    );
  }
  const model = options.model as QueueModel;
  const perHour = numberOption('arrivals-per-hour', options.arrivalsPerHour, {
    min: 0,
    exclusiveMin: true,
    expected: 'tickets per hour, a number > 0',
  }) as number;
  const meanWorkMinutes = durationOption('aht', options.aht as string);
  if (meanWorkMinutes === 0)
    throw new UsageError(`--aht: got ${JSON.stringify(options.aht)}, expected a work time > 0`);
  const patienceMinutes =
    options.patience === undefined ? undefined : durationOption('patience', options.patience);
  if (model === 'a' && (patienceMinutes === undefined || patienceMinutes === 0)) {
    throw new UsageError(
      '--patience: Erlang A (--model a) needs the mean patience of users, a duration > 0 such as "20m"',
    );
  }
  if (model !== 'a' && patienceMinutes !== undefined) {
    throw new UsageError(
      `--patience: only Erlang A (--model a) models patience; got --model ${model}`,
    );
  }
  const targetMinutes =
    options.targetTime === undefined
      ? undefined
      : durationOption('target-time', options.targetTime);
  return {
    model,
    arrivalsPerMinute: perHour / 60,
    meanWorkMinutes,
    patienceMinutes,
    targetMinutes,
  };
}

/** Reads a duration option ("20s", "3m", "4h" or minutes), naming the option on error. */
export function durationOption(name: string, value: string): number {
  const trimmed = value.trim();
  const input = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
  try {
    return toMinutes(input, `--${name}`);
  } catch (error) {
    if (isSimulatorError(error)) throw new UsageError(error.message);
    throw error;
  }
}

/** Model errors name internal fields; say them as the options the user typed. */
export function withOptionNames(error: unknown): unknown {
  if (!(error instanceof SimulatorError)) return error;
  const names: Record<string, string> = {
    'targets.serviceLevel.attainment': '--target-sl',
    'targets.serviceLevel.targetMinutes': '--target-time',
    'targets.asaMinutes': '--target-asa',
    'targets.maxOccupancy': '--max-occupancy',
    'targets.maxWaitProbability': '--max-wait-probability',
    targetMinutes: '--target-time',
    'targets.maxAbandon': '--max-abandon',
    'targets.maxBlocking': '--max-blocking',
    targets: 'targets',
    shrinkage: '--shrinkage',
    offeredLoad: 'load (--arrivals-per-hour × --aht)',
    agents: '--agents',
  };
  return new SimulatorError(
    error.code,
    error.issues.map((issue) => ({ ...issue, field: names[issue.field] ?? issue.field })),
  );
}
