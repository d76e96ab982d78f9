/** Observations averaged into one batch by MSER-5. */
export const MSER_BATCH = 5;

/**
 * The MSER-5 truncation point of an output series (White 1997; White, Cobb & Spratt 2000): the
 * series is cut into batches of 5 observations and the warm-up is the number of leading batches d
 * minimising MSER(d) = Σ_{j>d} (Z_j − Z̄_d)² / (k − d)², the squared standard error of the mean of
 * the k − d batches kept, over d from 0 to ⌊k/2⌋ only (beyond, the statistic rests on too few
 * batches to trust). Returns the number of observations to discard (a multiple of 5), and
 * `truncated` true when the minimum lies before ⌊k/2⌋: when it is at the limit the statistic was
 * still falling (the transient lasts half the run or more), and with fewer than MIN_BATCHES
 * batches the run is too short to judge; `truncated` is false in both cases.
 *
 * @example
 * mser5([9, 9, 9, 9, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, …]) // => { discard: 5, truncated: true }
 */
export function mser5(series: readonly number[]): { discard: number; truncated: boolean } {
  return mser(series, MSER_BATCH);
}

/** Fewest batches MSER judges a series on. */
export const MIN_BATCHES = 4;

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
  if (k < MIN_BATCHES) return { discard: 0, truncated: false };
  const batches = Array.from({ length: k }, (_, j) => {
    let sum = 0;
    for (let i = 0; i < batch; i++) sum += series[j * batch + i] as number;
    return sum / batch;
  });
  // Suffix sums give every MSER(d) in one pass from the end.
  const limit = Math.floor(k / 2);
  const statistic: number[] = new Array<number>(k).fill(Number.POSITIVE_INFINITY);
  let sum = 0;
  let squares = 0;
  for (let d = k - 1; d >= 0; d--) {
    const z = batches[d] as number;
    sum += z;
    squares += z * z;
    const kept = k - d;
    statistic[d] = Math.max(squares - (sum * sum) / kept, 0) / (kept * kept);
  }
  let bestD = 0;
  for (let d = 1; d <= limit; d++) {
    if ((statistic[d] as number) < (statistic[bestD] as number)) bestD = d;
  }
  return { discard: bestD * batch, truncated: bestD < limit };
}
