import { LIMITS } from '../../simulator/index.ts';
/** Exit codes of the command line. */
export const EXIT = {
  OK: 0,
  FAILURE: 1,
  INVALID_INPUT: 2,
} as const;

/** Where a command writes: injectable so tests can capture it. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  interactive: boolean;
}

/** The process's own stdout and stderr. */
export function processOutput(): Output {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
  };
}

/** Bad input found by the CLI itself (a missing file, unreadable JSON, a bad option). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Reads a whole-number option, or throws a UsageError naming it. */
export function integerOption(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(
      `--${name}: got ${JSON.stringify(value)}, expected a whole number from ${min} to ${max}`,
    );
  }
  return number;
}

/** Reads a number option within [min, max] (`exclusiveMin` for > min), or throws a UsageError naming it. */
export function numberOption(
  name: string,
  value: string | undefined,
  range: { min: number; max?: number; exclusiveMin?: boolean; expected: string },
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  const aboveMin = range.exclusiveMin === true ? number > range.min : number >= range.min;
  if (
    value.trim() === '' ||
    !Number.isFinite(number) ||
    !aboveMin ||
    number > (range.max ?? Number.MAX_VALUE)
  ) {
    throw new UsageError(`--${name}: got ${JSON.stringify(value)}, expected ${range.expected}`);
  }
  return number;
}

/** The --replications and --seed options of a run, checked; undefined where not given. */
export function runOptions(options: { replications?: string; seed?: string }): {
  replications: number | undefined;
  seed: number | undefined;
} {
  return {
    replications: integerOption('replications', options.replications, 1, LIMITS.maxReplications),
    seed: integerOption('seed', options.seed, 0, 2 ** 32 - 1),
  };
}
