/** The most points one sweep may have (the server's limit, RUN_LIMITS.sweepPoints). */
export const MAX_SWEEP_POINTS = 100;

/** A range as typed: from, to (both included when on a step) and step, all in the parameter's unit. */
export interface SweepRange {
  from: number;
  to: number;
  step: number;
}

/**
 * The values of a range, both ends included when `to` falls on a step (else the last value is
 * the last step below it), without floating-point residue: 0.2 to 0.4 by 0.05 gives 0.35, not
 * 0.35000000000000003. Refused, with words saying why, when a number is missing, the step is
 * not above 0, `to` is below `from`, or there would be more than MAX_SWEEP_POINTS values.
 *
 * @example
 * rangeValues({ from: 8, to: 14, step: 2 }) // => { values: [8, 10, 12, 14] }
 * rangeValues({ from: 5, to: 3, step: 1 }) // => { error: '"to" (3) must not be below "from" (5)' }
 */
export function rangeValues(range: SweepRange): { values: number[] } | { error: string } {
  const { from, to, step } = range;
  if (![from, to, step].every(Number.isFinite))
    return { error: 'give "from", "to" and "step" as numbers' };
  if (step <= 0) return { error: `the step must be above 0 (got ${step})` };
  if (to < from) return { error: `"to" (${to}) must not be below "from" (${from})` };
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_SWEEP_POINTS) {
    return {
      error: `${from} to ${to} in steps of ${step} is ${count} values: at most ${MAX_SWEEP_POINTS} points can run at once, so use a larger step or a shorter range`,
    };
  }
  return { values: Array.from({ length: count }, (_, i) => tidy(from + i * step)) };
}

/** A number rounded to 10 decimals, to drop the residue of adding binary fractions. */
function tidy(value: number): number {
  return Math.round(value * 1e10) / 1e10;
}

/**
 * Why a sweep of ranges with these numbers of values is too large, or null when it is not: the
 * points are every combination, so their number is the product.
 *
 * @example
 * pointsProblem([12, 10]) // => 'that is 12 × 10 = 120 points: at most 100 can run at once, so use a larger step or a shorter range'
 * pointsProblem([10, 10]) // => null
 */
export function pointsProblem(counts: readonly number[]): string | null {
  const total = counts.reduce((product, n) => product * n, 1);
  if (total <= MAX_SWEEP_POINTS) return null;
  const product = counts.length > 1 ? `${counts.join(' × ')} = ${total}` : String(total);
  return `that is ${product} points: at most ${MAX_SWEEP_POINTS} can run at once, so use a larger step or a shorter range`;
}
