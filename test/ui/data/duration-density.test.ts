import { describe, expect, it } from 'vitest';
import {
  densityPerDecade,
  densityPerMinute,
  type FittedFamily,
} from '../../../ui/data/duration-density.ts';

// Expected values worked out from the closed forms by hand:
//   exponential(λ) at t: λ e^(−λt); lognormal(μ, σ) at t: φ((ln t − μ)/σ) / (σ t);
//   gamma(k, θ) at t: t^(k−1) e^(−t/θ) / (Γ(k) θ^k); Weibull(k, λ) at t: (k/λ)(t/λ)^(k−1) e^(−(t/λ)^k).
describe('densityPerMinute', () => {
  it('exponential, rate 0.5 per minute, at 2 minutes: 0.5 e^−1', () => {
    const d = densityPerMinute({ family: 'exponential', parameters: { rate: 0.5 } }, 2);
    expect(d).toBeCloseTo(0.18393972058572117, 12);
  });

  it('lognormal μ 0, σ 1 at 1 minute: 1/√(2π); at e minutes: e^−½ / (e √(2π))', () => {
    const f = { family: 'lognormal' as const, parameters: { mu: 0, sigma: 1 } };
    expect(densityPerMinute(f, 1)).toBeCloseTo(0.3989422804014327, 12);
    expect(densityPerMinute(f, Math.E)).toBeCloseTo(0.24197072451914337 / Math.E, 12);
  });

  it('gamma shape 2, scale 1 at 1: e^−1; shape ½, scale 2 (χ² with 1 degree) at 1: e^−½/√(2π)', () => {
    expect(
      densityPerMinute({ family: 'gamma', parameters: { shape: 2, scale: 1 } }, 1),
    ).toBeCloseTo(0.36787944117144233, 12);
    expect(
      densityPerMinute({ family: 'gamma', parameters: { shape: 0.5, scale: 2 } }, 1),
    ).toBeCloseTo(0.24197072451914337, 12);
  });

  it('gamma shape 1 is the exponential: scale 30 at 60 minutes is e^−2 / 30', () => {
    expect(
      densityPerMinute({ family: 'gamma', parameters: { shape: 1, scale: 30 } }, 60),
    ).toBeCloseTo(Math.exp(-2) / 30, 14);
  });

  it('Weibull shape 2, scale 1 at 1: 2 e^−1; shape 1 is the exponential of rate 1/scale', () => {
    expect(
      densityPerMinute({ family: 'weibull', parameters: { shape: 2, scale: 1 } }, 1),
    ).toBeCloseTo(0.7357588823428847, 12);
    expect(
      densityPerMinute({ family: 'weibull', parameters: { shape: 1, scale: 4 } }, 2),
    ).toBeCloseTo(0.25 * Math.exp(-0.5), 14);
  });

  it('is 0, never NaN, at or below 0 minutes and for missing or bad parameters', () => {
    expect(densityPerMinute({ family: 'exponential', parameters: { rate: 1 } }, 0)).toBe(0);
    expect(densityPerMinute({ family: 'lognormal', parameters: { mu: 0, sigma: 1 } }, -1)).toBe(0);
    expect(densityPerMinute({ family: 'gamma', parameters: { shape: 2 } }, 1)).toBe(0);
    expect(densityPerMinute({ family: 'weibull', parameters: { shape: -1, scale: 1 } }, 1)).toBe(0);
  });

  it('integrates to 1 (midpoint rule over a long range)', () => {
    const fits: FittedFamily[] = [
      { family: 'gamma' as const, parameters: { shape: 2.5, scale: 20 } },
      { family: 'weibull' as const, parameters: { shape: 1.5, scale: 40 } },
      { family: 'lognormal' as const, parameters: { mu: 3, sigma: 0.5 } },
    ];
    for (const f of fits) {
      let sum = 0;
      for (let t = 0.05; t < 2000; t += 0.1) sum += densityPerMinute(f, t) * 0.1;
      expect(sum, f.family).toBeCloseTo(1, 3);
    }
  });
});

describe('densityPerDecade', () => {
  it('is f(t)·t·ln 10: lognormal μ 0, σ 1 at 1 minute is ln 10/√(2π)', () => {
    expect(
      densityPerDecade({ family: 'lognormal', parameters: { mu: 0, sigma: 1 } }, 1),
    ).toBeCloseTo(0.9185985478173897, 12);
  });
});
