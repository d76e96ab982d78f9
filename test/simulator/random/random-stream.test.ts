import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createStreamSource } from '../../../simulator/index.ts';

const take = (stream: () => number, n: number) => Array.from({ length: n }, stream);

describe('named random streams', () => {
  it("are seedrandom's Alea doubles, number for number (a million draws of three streams)", () => {
    for (const [seed, replication, name] of [
      [1, 0, 'arrivals'],
      [42, 7, 'work:P1'],
      [2 ** 31 - 1, 999, 'work:P1@network'],
    ] as const) {
      const ours = createStreamSource(seed, replication).stream(name);
      const theirs = seedrandom.alea(`stafflab/${seed}/${replication}/${name}`).double;
      let differences = 0;
      for (let i = 0; i < 1_000_000; i++) if (ours() !== theirs()) differences++;
      expect(differences).toBe(0);
    }
  });

  it('one seed, replication and name give the same numbers', () => {
    expect(take(createStreamSource(42, 3).stream('arrivals'), 100)).toEqual(
      take(createStreamSource(42, 3).stream('arrivals'), 100),
    );
  });

  it('different names, replications or seeds give different numbers', () => {
    const base = take(createStreamSource(42, 0).stream('arrivals'), 10);
    expect(take(createStreamSource(42, 0).stream('work:P1'), 10)).not.toEqual(base);
    expect(take(createStreamSource(42, 1).stream('arrivals'), 10)).not.toEqual(base);
    expect(take(createStreamSource(43, 0).stream('arrivals'), 10)).not.toEqual(base);
  });

  it('a stream does not depend on how much another stream was used', () => {
    const source = createStreamSource(5, 0);
    const work = source.stream('work:P1');
    take(work, 1000);
    expect(take(source.stream('arrivals'), 5)).toEqual(
      take(createStreamSource(5, 0).stream('arrivals'), 5),
    );
  });

  it('draws lie in [0, 1) with mean 1/2 and no lag-1 correlation', () => {
    const values = take(createStreamSource(9, 0).stream('u'), 100_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const n = values.length;
    const mean = values.reduce((a, b) => a + b, 0) / n;
    // Uniform(0,1): σ² = 1/12; 99.9 % bounds for the mean and for the lag-1 correlation (≈ N(0, 1/n)).
    expect(Math.abs(mean - 0.5)).toBeLessThan(3.2905 * Math.sqrt(1 / 12 / n));
    let covariance = 0;
    for (let i = 1; i < n; i++)
      covariance += ((values[i] as number) - mean) * ((values[i - 1] as number) - mean);
    const correlation = covariance / (n - 1) / (1 / 12);
    expect(Math.abs(correlation)).toBeLessThan(3.2905 / Math.sqrt(n));
  });
});
