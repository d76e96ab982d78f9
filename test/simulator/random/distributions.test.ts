import gammainc from '@stdlib/math-base-special-gammainc';
import gammaln from '@stdlib/math-base-special-gammaln';
import { describe, expect, it } from 'vitest';
import {
  createDistribution,
  createStreamSource,
  type Distribution,
  type DistributionSpec,
  SIM_ERR,
  SimulatorError,
} from '../../../simulator/index.ts';
import {
  KS_CRITICAL_001,
  ksStatistic,
  moments,
  normalCdf,
  Z_999,
} from '../../helpers/statistics.ts';

const N = 200_000;

function draw(distribution: Distribution, seed: number): Float64Array {
  const random = createStreamSource(seed, 0).stream('test');
  return Float64Array.from({ length: N }, () => distribution.sample(random));
}

const cases: { spec: DistributionSpec; mean: number; variance: number }[] = [
  { spec: { kind: 'exponential', mean: '10m' }, mean: 10, variance: 100 },
  { spec: { kind: 'uniform', min: 2, max: 8 }, mean: 5, variance: 3 },
  { spec: { kind: 'erlang', mean: 12, k: 4 }, mean: 12, variance: 36 },
  { spec: { kind: 'gamma', mean: 10, cv: 0.5 }, mean: 10, variance: 25 },
  { spec: { kind: 'gamma', mean: 10, cv: 2 }, mean: 10, variance: 400 },
  { spec: { kind: 'lognormal', mean: '20m', cv: 1 }, mean: 20, variance: 400 },
  { spec: { kind: 'weibull', mean: 30, cv: 0.6 }, mean: 30, variance: 324 },
  { spec: { kind: 'weibull', mean: 30, cv: 1.8 }, mean: 30, variance: 2916 },
  { spec: { kind: 'empirical', values: [1, 2, 3, 10] }, mean: 4, variance: 12.5 },
];

describe('distributions: theoretical moments', () => {
  it.each(cases)('$spec.kind $spec exposes mean and variance', ({ spec, mean, variance }) => {
    const distribution = createDistribution(spec, 'workTime');
    expect(distribution.mean).toBeCloseTo(mean, 9);
    expect(distribution.variance).toBeCloseTo(variance, 6);
  });

  // The sample mean lies within z·σ/√n of the mean, and the sample variance within
  // z·√((μ4 − σ⁴)/n) of the variance, at the 99.9 % level (central limit theorem).
  it.each(cases)('$spec.kind samples agree with their moments', ({ spec }) => {
    const distribution = createDistribution(spec, 'workTime');
    const sample = moments(draw(distribution, 7));
    const meanTolerance = (Z_999 * Math.sqrt(distribution.variance)) / Math.sqrt(N);
    expect(Math.abs(sample.mean - distribution.mean)).toBeLessThan(meanTolerance);
    const varianceTolerance = Z_999 * Math.sqrt((sample.fourth - sample.variance ** 2) / N);
    expect(Math.abs(sample.variance - distribution.variance)).toBeLessThan(varianceTolerance);
  });

  it('deterministic always gives its value and draws nothing', () => {
    const distribution = createDistribution({ kind: 'deterministic', value: '5m' }, 'workTime');
    let draws = 0;
    const random = () => {
      draws++;
      return 0.3;
    };
    expect(distribution.sample(random)).toBe(5);
    expect(distribution.variance).toBe(0);
    expect(draws).toBe(0);
  });
});

describe('distributions: shape (Kolmogorov–Smirnov at the 0.1 % level)', () => {
  const weibullCdf = (mean: number, distribution: Distribution & { shape?: number }) => {
    const shape = distribution.shape as number;
    const scale = mean / Math.exp(gammaln(1 + 1 / shape));
    return (x: number) => 1 - Math.exp(-((x / scale) ** shape));
  };
  const sigma = Math.sqrt(Math.log(2));
  const shapes: { spec: DistributionSpec; cdf: (d: Distribution) => (x: number) => number }[] = [
    { spec: { kind: 'exponential', mean: 10 }, cdf: () => (x) => 1 - Math.exp(-x / 10) },
    {
      spec: { kind: 'uniform', min: 2, max: 8 },
      cdf: () => (x) => Math.min(Math.max((x - 2) / 6, 0), 1),
    },
    {
      spec: { kind: 'lognormal', mean: 20, cv: 1 },
      cdf: () => (x) => normalCdf((Math.log(x) - (Math.log(20) - sigma ** 2 / 2)) / sigma),
    },
    { spec: { kind: 'weibull', mean: 30, cv: 0.6 }, cdf: (d) => weibullCdf(30, d) },
    { spec: { kind: 'erlang', mean: 2, k: 2 }, cdf: () => (x) => 1 - Math.exp(-x) * (1 + x) },
    // Gamma with cv 0.5 (shape 4, scale 2.5) and cv 2 (shape 0.25 < 1: the boosted sampler).
    { spec: { kind: 'gamma', mean: 10, cv: 0.5 }, cdf: () => (x) => gammainc(x / 2.5, 4) },
    { spec: { kind: 'gamma', mean: 10, cv: 2 }, cdf: () => (x) => gammainc(x / 40, 0.25) },
    // A heavy tail: lognormal with cv 20 (σ² = ln 401).
    {
      spec: { kind: 'lognormal', mean: 5, cv: 20 },
      cdf: () => (x) =>
        normalCdf((Math.log(x) - (Math.log(5) - Math.log(401) / 2)) / Math.sqrt(Math.log(401))),
    },
  ];
  it.each(shapes)('$spec.kind follows its CDF', ({ spec, cdf }) => {
    const distribution = createDistribution(spec, 'workTime');
    const values = draw(distribution, 11).subarray(0, 50_000);
    expect(ksStatistic(values, cdf(distribution))).toBeLessThan(KS_CRITICAL_001);
  });

  it('a Weibull with cv 1 is the exponential (shape 1)', () => {
    const distribution = createDistribution(
      { kind: 'weibull', mean: 10, cv: 1 },
      'w',
    ) as Distribution & { shape: number };
    expect(distribution.shape).toBeCloseTo(1, 8);
  });
});

describe('distributions: parameter checks', () => {
  const invalid: { spec: DistributionSpec; field: string }[] = [
    { spec: { kind: 'exponential', mean: 0 }, field: 'workTime.mean' },
    { spec: { kind: 'uniform', min: 5, max: 2 }, field: 'workTime.max' },
    { spec: { kind: 'erlang', mean: 5, k: 0 }, field: 'workTime.k' },
    { spec: { kind: 'gamma', mean: 5, cv: 0 }, field: 'workTime.cv' },
    { spec: { kind: 'lognormal', mean: '5m', cv: -1 }, field: 'workTime.cv' },
    { spec: { kind: 'weibull', mean: 5, cv: 500 }, field: 'workTime.cv' },
    { spec: { kind: 'empirical', values: [] }, field: 'workTime.values' },
    { spec: { kind: 'empirical', values: [1, -2] }, field: 'workTime.values[1]' },
    { spec: { kind: 'exponential', mean: 'ten minutes' }, field: 'workTime.mean' },
  ];
  it.each(invalid)('rejects $spec naming $field', ({ spec, field }) => {
    try {
      createDistribution(spec, 'workTime');
      expect.fail('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(SimulatorError);
      expect([SIM_ERR.INVALID_DISTRIBUTION, SIM_ERR.INVALID_DURATION]).toContain(
        (error as SimulatorError).code,
      );
      expect((error as SimulatorError).issues[0]?.field).toBe(field);
    }
  });
});

describe('empirical resampling', () => {
  // Each observation is drawn with probability 1/n: a χ² test of the counts at the 0.1 % level.
  it('draws each observation equally often', () => {
    const values = [1, 2, 3, 5, 8, 13, 21, 34];
    const distribution = createDistribution({ kind: 'empirical', values }, 'workTime');
    const counts = new Map<number, number>();
    for (const value of draw(distribution, 13)) counts.set(value, (counts.get(value) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual(values);
    const expected = N / values.length;
    const chiSquare = [...counts.values()].reduce(
      (sum, c) => sum + (c - expected) ** 2 / expected,
      0,
    );
    // χ²(7) upper 0.1 % point: 24.32.
    expect(chiSquare).toBeLessThan(24.32);
  });
});

describe('tails of inverted distributions', () => {
  it('streams have more than 32 bits of resolution', () => {
    const random = createStreamSource(1, 0).stream('bits');
    const fractional = Array.from({ length: 1000 }, () => (random() * 2 ** 32) % 1).filter(
      (f) => f !== 0,
    );
    expect(fractional.length).toBeGreaterThan(990);
  });

  it('the normal inversion is exact far in the tails (z at 1e−12 is −7.0345)', async () => {
    const { standardNormal } = await import('../../../simulator/random/standard-normal.ts');
    // Φ⁻¹(1e−12) = −7.034483825 (standard normal tables).
    expect(standardNormal(() => 1e-12)).toBeCloseTo(-7.034483825, 6);
    // Symmetric in the upper tail, up to the spacing of doubles near 1 (relative 1e−4 of 1e−12).
    expect(standardNormal(() => 1 - 1e-12)).toBeCloseTo(7.034483825, 4);
  });
});
