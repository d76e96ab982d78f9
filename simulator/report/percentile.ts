/**
 * The p-quantile (0 ≤ p ≤ 1) of values sorted ascending, by linear interpolation between order
 * statistics (Hyndman & Fan 1996, type 7, the default of R and NumPy). Null for no values.
 *
 * @example
 * percentileOfSorted(Float64Array.of(1, 2, 3, 4), 0.5) // => 2.5
 */
export function percentileOfSorted(sorted: Float64Array, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}
