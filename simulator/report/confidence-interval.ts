import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** The mean of replications with its confidence interval. */
export interface MetricSummary {
  mean: number;
  /** Lower and upper bounds of the confidence interval; equal to the mean with one value. */
  low: number;
  high: number;
  /** Half-width of the interval; null with fewer than two values (no interval). */
  halfWidth: number | null;
  /** Number of replications the metric was defined in. */
  n: number;
}

/**
 * Mean and Student-t confidence interval of independent replication values:
 * mean ± t(1 − α/2, n − 1) · s / √n, with s the sample standard deviation. Null values
 * (a metric undefined in a replication) are left out; null when none is left.
 *
 * @throws Error when a value is NaN or infinite: that is a defect upstream, never hidden.
 *
 * @example
 * confidenceInterval([1, 2, 3]) // => { mean: 2, low: -0.484…, high: 4.484…, halfWidth: 2.484…, n: 3 }
 */
export function confidenceInterval(
  values: readonly (number | null)[],
  level = 0.95,
): MetricSummary | null {
  const defined = values.filter((v): v is number => v !== null);
  if (defined.some((v) => !Number.isFinite(v))) {
    throw new Error(`a replication produced a non-finite metric value (${defined.join(', ')})`);
  }
  const n = defined.length;
  if (n === 0) return null;
  const mean = defined.reduce((sum, v) => sum + v, 0) / n;
  if (n === 1) return { mean, low: mean, high: mean, halfWidth: null, n };
  const variance = defined.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1);
  const halfWidth = tQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(variance / n);
  return { mean, low: mean - halfWidth, high: mean + halfWidth, halfWidth, n };
}
