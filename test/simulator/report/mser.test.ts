import { describe, expect, it } from 'vitest';
import { createStreamSource } from '../../../simulator/random/random-stream.ts';
import { mser5 } from '../../../simulator/report/mser.ts';

describe('MSER-5 warm-up detection', () => {
  it('keeps everything of a stationary series with no trend', () => {
    // A period-5 pattern: every batch mean is the same, so no cut lowers the standard error.
    const flat = Array.from({ length: 200 }, (_, i) => i % 5);
    expect(mser5(flat)).toEqual({ discard: 0, truncated: true });
  });

  it('cuts exactly a step transient at a batch boundary', () => {
    // 40 observations at 10, then 360 at 0 with a small alternating ripple.
    const series = Array.from({ length: 400 }, (_, i) => (i < 40 ? 10 : i % 2 === 0 ? 0.1 : -0.1));
    expect(mser5(series).discard).toBe(40);
  });

  it('finds an exponential transient in a noisy AR(1) series near where it has died out', () => {
    // x_t = 0.9·x_{t−1} + ε_t started at 50, stationary mean 0 and standard deviation √(1/0.19) ≈
    // 2.3: the start has decayed below the noise after about ln(50/2.3)/ln(1/0.9) ≈ 29 steps.
    const random = createStreamSource(3, 0).stream('mser');
    let x = 50;
    const series = Array.from({ length: 2000 }, () => {
      // A uniform on (−√3, √3): mean 0, variance 1.
      x = 0.9 * x + (random() - 0.5) * 2 * Math.sqrt(3);
      return x;
    });
    const { discard, truncated } = mser5(series);
    expect(truncated).toBe(true);
    expect(discard).toBeGreaterThanOrEqual(15);
    expect(discard).toBeLessThanOrEqual(100);
  });

  it('keeps (nearly) all of steady noise: the cut is searched in the first half only', () => {
    // Independent uniform noise, 60 weekly-like batches of 5: with no transient the statistic
    // has no reason to fall, so over 200 seeds the runs called unsettled (minimum at the half-way
    // limit) must be rare and the mean discard small. For i.i.d. batch means the minimiser of
    // MSER over d ≤ k/2 sits at d = 0 unless early noise happens to be extreme.
    let unsettled = 0;
    let discarded = 0;
    for (let seed = 0; seed < 200; seed++) {
      const random = createStreamSource(seed, 0).stream('steady');
      const { discard, truncated } = mser5(Array.from({ length: 300 }, () => random()));
      if (!truncated) unsettled++;
      discarded += discard / 300;
    }
    expect(unsettled).toBeLessThanOrEqual(10);
    expect(discarded / 200).toBeLessThan(0.1);
  });

  it('says when the transient outlasts half of the run', () => {
    const rising = Array.from({ length: 100 }, (_, i) => i);
    expect(mser5(rising).truncated).toBe(false);
    // Fewer than four batches: too short to judge, never called settled.
    expect(mser5([1, 2, 3])).toEqual({ discard: 0, truncated: false });
    expect(mser5(Array.from({ length: 19 }, () => 1))).toEqual({ discard: 0, truncated: false });
  });
});
