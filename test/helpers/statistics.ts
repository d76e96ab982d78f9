import erfc from '@stdlib/math-base-special-erfc';

/** z such that P(|Z| ≤ z) = 0.999 for a standard normal Z. */
export const Z_999 = 3.2905;

/** Kolmogorov–Smirnov critical value of √n·D at the 0.1 % level (asymptotic, Smirnov 1948). */
export const KS_CRITICAL_001 = 1.9495;

/** Standard normal CDF. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Sample mean, variance (n − 1) and fourth central moment. */
export function moments(values: Float64Array): { mean: number; variance: number; fourth: number } {
  const n = values.length;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (const v of values) {
    const d = (v - mean) ** 2;
    m2 += d;
    m4 += d * d;
  }
  return { mean, variance: m2 / (n - 1), fourth: m4 / n };
}

/** √n times the Kolmogorov–Smirnov distance between the sample and a continuous CDF. */
export function ksStatistic(values: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let distance = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    distance = Math.max(distance, (i + 1) / n - f, f - i / n);
  });
  return Math.sqrt(n) * distance;
}

/** The ratio variance / mean of counts (the index of dispersion; 1 for Poisson counts). */
export function dispersionIndex(counts: readonly number[]): number {
  const values = Float64Array.from(counts);
  const { mean, variance } = moments(values);
  return variance / mean;
}
