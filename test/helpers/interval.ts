import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { expect } from 'vitest';
import type { MetricSummary } from '../../simulator/index.ts';

/**
 * The number of comparisons with theory in the validation suite (test/simulator/validation):
 * Erlang B 2, Erlang C 7, Erlang A 6, Cobham 4, Buzen & Bondi 2, Jackson 3, pooling 2, a paired
 * difference with common random numbers 1, the optimiser's total cost 1. Each uses a confidence
 * level of 1 − 0.05/28 (Bonferroni), so that the suite as a whole states its agreement with
 * theory at the 95 % level: a correct engine fails some check with probability at most 5 %, not
 * the ~76 % that 28 separate 95 % intervals would give.
 */
export const VALIDATION_CHECKS = 28;

/** Confidence level of each validation check. */
export const CHECK_LEVEL = 1 - 0.05 / VALIDATION_CHECKS;

/**
 * Asserts that the theoretical value lies within the Student-t confidence interval of the
 * replication means at level {@link CHECK_LEVEL}, widened by `relativeBias`·theory for a known,
 * bounded estimation bias (the 0.5 % relative accuracy of the quantile sketch).
 */
export function expectTheoryInInterval(
  summary: MetricSummary | null,
  theory: number,
  label: string,
  relativeBias = 0,
): void {
  expect(summary, label).not.toBeNull();
  const { mean, halfWidth, n } = summary as MetricSummary;
  expect(halfWidth, `${label}: needs at least two replications`).not.toBeNull();
  const scale = tQuantile(1 - (1 - CHECK_LEVEL) / 2, n - 1) / tQuantile(0.975, n - 1);
  const tolerance = (halfWidth as number) * scale + relativeBias * Math.abs(theory);
  expect(
    Math.abs(mean - theory),
    `${label}: theory ${theory} outside the ${(CHECK_LEVEL * 100).toFixed(2)} % interval ${mean} ± ${tolerance}`,
  ).toBeLessThanOrEqual(tolerance);
}
