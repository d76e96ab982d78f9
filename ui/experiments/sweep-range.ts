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

/**
 * The line under a sweep's ranges saying how many points they make: "6 × 4 = 24 points (at
 * most 100).", or what stops it: a range that is not valid yet (null in `counts`, named by
 * `names`, in the same order), or too many points.
 *
 * @example
 * pointsLine([6, 4], ['Headcount to vary', 'Second parameter']) // => { ok: true, text: '6 × 4 = 24 points (at most 100).' }
 * pointsLine([null], ['Headcount to vary']) // => { ok: false, text: 'Fix the range of “Headcount to vary” above to see how many points it makes.' }
 */
export function pointsLine(
  counts: readonly (number | null)[],
  names: readonly string[],
): { ok: boolean; text: string } {
  const invalid = counts.flatMap((count, i) => (count === null ? [names[i] ?? 'a parameter'] : []));
  if (invalid.length > 0) {
    const which = invalid.map((name) => `“${name}”`).join(' and ');
    const ranges = invalid.length === 1 ? 'the range' : 'the ranges';
    return {
      ok: false,
      text: `Fix ${ranges} of ${which} above to see how many points ${invalid.length === 1 ? 'it makes' : 'they make'}.`,
    };
  }
  const known = counts as readonly number[];
  const tooMany = pointsProblem(known);
  if (tooMany !== null) return { ok: false, text: `Too many points: ${tooMany}.` };
  const total = known.reduce((product, n) => product * n, 1);
  const product = known.length > 1 ? `${known.join(' × ')} = ` : '';
  return {
    ok: true,
    text: `${product}${total} point${total === 1 ? '' : 's'} (at most ${MAX_SWEEP_POINTS}).`,
  };
}
