/** Observations averaged into one batch by MSER-5. */
export const MSER_BATCH = 5;

/**
 * The MSER-5 truncation point of an output series (White 1997; White, Cobb & Spratt 2000): the
 * series is cut into batches of 5 observations and the warm-up is the number of leading batches d
 * minimising MSER(d) = Σ_{j>d} (Z_j − Z̄_d)² / (k − d)², the squared standard error of the mean of
 * the k − d batches kept. Only d in the first half of the batches is considered (beyond it the
 * statistic is unreliable and the run too short to trust). Returns the number of observations to
 * discard (a multiple of 5), and `truncated` false when the best cut is in the second half — the
 * run is too short for its transient to have ended.
 *
 * @example
 * mser5([9, 9, 9, 9, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, …]) // => { discard: 5, … }
 */
export function mser5(series: readonly number[]): { discard: number; truncated: boolean } {
  return mser(series, MSER_BATCH);
}

/**
 * MSER with batches of `batch` observations (MSER-5 is batch 5). For an output with a daily or
 * weekly cycle, batches of one whole cycle average the cycle out, so that what MSER sees is the
 * transient alone. The discard is a multiple of `batch`.
 */
export function mser(
  series: readonly number[],
  batch: number,
): { discard: number; truncated: boolean } {
  const k = Math.floor(series.length / batch);
  if (k < 2) return { discard: 0, truncated: true };
  const batches = Array.from({ length: k }, (_, j) => {
    let sum = 0;
    for (let i = 0; i < batch; i++) sum += series[j * batch + i] as number;
    return sum / batch;
  });
  // Suffix sums give every MSER(d) in one pass from the end.
  let sum = 0;
  let squares = 0;
  let best = Number.POSITIVE_INFINITY;
  let bestD = 0;
  const statistic: number[] = new Array<number>(k).fill(Number.POSITIVE_INFINITY);
  for (let d = k - 1; d >= 0; d--) {
    const z = batches[d] as number;
    sum += z;
    squares += z * z;
    const kept = k - d;
    if (kept < 2) continue;
    const sse = Math.max(squares - (sum * sum) / kept, 0);
    statistic[d] = sse / (kept * kept);
  }
  for (let d = 0; d < k; d++) {
    if ((statistic[d] as number) < best) {
      best = statistic[d] as number;
      bestD = d;
    }
  }
  return { discard: Math.min(bestD, Math.floor(k / 2)) * batch, truncated: bestD <= k / 2 };
}
