/**
 * The minimum of a smooth function of a few variables by the Nelder–Mead simplex method (Nelder &
 * Mead 1965; the standard coefficients: reflection 1, expansion 2, contraction ½, shrink ½).
 * Stops when the simplex's values differ by less than `tolerance` or after `maxIterations`.
 * Non-finite values are treated as +∞, so the search stays inside the function's domain.
 *
 * @example
 * nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).point // => ≈ [1, −2]
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  options: { step?: number; tolerance?: number; maxIterations?: number } = {},
): { point: number[]; value: number; iterations: number } {
  const n = start.length;
  const step = options.step ?? 0.5;
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 2000;
  const value = (x: readonly number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  let simplex = [start, ...start.map((_, i) => start.map((x, j) => (i === j ? x + step : x)))].map(
    (point) => ({ point: [...point], value: value(point) }),
  );
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0] as (typeof simplex)[number];
    const worst = simplex[n] as (typeof simplex)[number];
    if (Math.abs(worst.value - best.value) <= tolerance * (Math.abs(best.value) + tolerance)) break;
    const centroid = start.map(
      (_, j) => simplex.slice(0, n).reduce((s, p) => s + (p.point[j] as number), 0) / n,
    );
    const along = (t: number) => centroid.map((c, j) => c + t * (c - (worst.point[j] as number)));
    const reflected = along(1);
    const r = value(reflected);
    const secondWorst = (simplex[n - 1] as (typeof simplex)[number]).value;
    if (r < best.value) {
      const expanded = along(2);
      const e = value(expanded);
      simplex[n] = e < r ? { point: expanded, value: e } : { point: reflected, value: r };
    } else if (r < secondWorst) {
      simplex[n] = { point: reflected, value: r };
    } else {
      const contracted = r < worst.value ? along(0.5) : along(-0.5);
      const c = value(contracted);
      if (c < Math.min(r, worst.value)) simplex[n] = { point: contracted, value: c };
      else {
        simplex = simplex.map((p, i) => {
          if (i === 0) return p;
          const point = p.point.map(
            (x, j) => (best.point[j] as number) + 0.5 * (x - (best.point[j] as number)),
          );
          return { point, value: value(point) };
        });
      }
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  const best = simplex[0] as (typeof simplex)[number];
  return { point: best.point, value: best.value, iterations };
}
