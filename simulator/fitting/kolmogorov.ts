/**
 * The probability that the Kolmogorov–Smirnov statistic of n uniform observations exceeds `d`,
 * by the asymptotic series P(K > x) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²x²} with Stephens's (1970)
 * finite-n correction x = d·(√n + 0.12 + 0.11/√n), accurate to about 1 % for n ≥ 5.
 *
 * @example
 * kolmogorovPValue(0.043, 1000) // => ≈ 0.05
 */
export function kolmogorovPValue(d: number, n: number): number {
  if (n <= 0 || d <= 0) return 1;
  const root = Math.sqrt(n);
  const x = d * (root + 0.12 + 0.11 / root);
  if (x < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = Math.exp(-2 * k * k * x * x);
    sum += (k % 2 === 1 ? 1 : -1) * term;
    if (term < 1e-16) break;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/** The KS distance between a sample and the uniform distribution on [0, 1). */
export function uniformKsDistance(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let d = 0;
  sorted.forEach((u, i) => {
    d = Math.max(d, (i + 1) / n - u, u - i / n);
  });
  return d;
}
