import { describe, expect, it } from 'vitest';
import { createStreamSource } from '../../../simulator/index.ts';
import {
  QUANTILE_RELATIVE_ACCURACY,
  QuantileSketch,
} from '../../../simulator/report/quantile-sketch.ts';

const PROBABILITIES = [0.01, 0.1, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999];

/**
 * The DDSketch guarantee (Masson, Rim & Lee 2019): the reported p-quantile is within α = 0.5 %
 * relative of the exact one. The exact p-quantile of n values is taken between the order
 * statistics at ranks ⌊p(n − 1)⌋ and ⌈p(n − 1)⌉, so the check allows either.
 */
function expectWithinGuarantee(sketch: QuantileSketch, values: number[]): void {
  const sorted = [...values].sort((a, b) => a - b);
  for (const p of PROBABILITIES) {
    const rank = p * (sorted.length - 1);
    const below = sorted[Math.floor(rank)] as number;
    const above = sorted[Math.ceil(rank)] as number;
    const got = sketch.quantile(p) as number;
    const near = (exact: number) =>
      Math.abs(got - exact) <= QUANTILE_RELATIVE_ACCURACY * exact + 1e-12;
    expect(near(below) || near(above), `p = ${p}: ${got} against ${below}…${above}`).toBe(true);
  }
}

describe('the quantile sketch against exact percentiles', () => {
  const random = createStreamSource(7, 0).stream('sketch');
  const exponential = Array.from({ length: 100_000 }, () => -Math.log(1 - random()) * 10);
  // Lognormal with a wide spread (σ = 2): values from seconds to weeks, as times to resolve are.
  const lognormal = Array.from({ length: 100_000 }, () => {
    const u = 1 - random();
    const v = random();
    return Math.exp(3 + 2 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  });

  it('exponential and wide lognormal samples: every percentile within 0.5 %', () => {
    for (const values of [exponential, lognormal]) {
      const sketch = new QuantileSketch();
      for (const value of values) sketch.add(value);
      expect(sketch.count).toBe(values.length);
      expectWithinGuarantee(sketch, values);
    }
  });

  it('merged sketches (replications, classes) keep the guarantee on the pooled values', () => {
    const parts = [exponential.slice(0, 30_000), exponential.slice(30_000), lognormal];
    const merged = new QuantileSketch();
    for (const part of parts) {
      const sketch = new QuantileSketch();
      for (const value of part) sketch.add(value);
      merged.merge(sketch);
    }
    expectWithinGuarantee(merged, [...exponential, ...lognormal]);
  });

  it('counts zeros exactly (tickets started at once) and says nothing without values', () => {
    const sketch = new QuantileSketch();
    for (let i = 0; i < 600; i++) sketch.add(0);
    for (let i = 1; i <= 400; i++) sketch.add(i);
    expect(sketch.quantile(0.5)).toBe(0);
    expect(sketch.quantile(0.59)).toBe(0);
    expect(sketch.quantile(0.9)).toBeCloseTo(300, 0);
    expect(new QuantileSketch().quantile(0.5)).toBeNull();
  });
});
