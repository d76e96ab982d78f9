import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { expect } from 'vitest';
import type { MetricSummary } from '../../simulator/index.ts';

/** Asserts that the run's 95 % confidence interval of a metric contains the theoretical value. */
export function expectIntervalContains(
  summary: MetricSummary | null,
  theory: number,
  label: string,
): void {
  expect(summary, label).not.toBeNull();
  const { low, high, mean } = summary as MetricSummary;
  expect(
    theory,
    `${label}: theory ${theory} outside the 95 % CI [${low}, ${high}] (mean ${mean})`,
  ).toBeGreaterThanOrEqual(low);
  expect(
    theory,
    `${label}: theory ${theory} outside the 95 % CI [${low}, ${high}] (mean ${mean})`,
  ).toBeLessThanOrEqual(high);
}

/**
 * Asserts that the theoretical value lies within the 99.9 % interval of the replication means,
 * widened by `relativeBias`·theory for a known bounded estimation bias (e.g. the 0.5 % relative
 * accuracy of quantile sketches).
 */
export function expectWithin999(
  summary: MetricSummary | null,
  theory: number,
  label: string,
  relativeBias = 0,
): void {
  expect(summary, label).not.toBeNull();
  const { mean, halfWidth, n } = summary as MetricSummary;
  const scale = tQuantile(0.9995, n - 1) / tQuantile(0.975, n - 1);
  const tolerance = (halfWidth ?? 0) * scale + relativeBias * Math.abs(theory);
  expect(
    Math.abs(mean - theory),
    `${label}: mean ${mean} vs theory ${theory} (±${tolerance})`,
  ).toBeLessThanOrEqual(tolerance);
}
