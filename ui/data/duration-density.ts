import gammaln from '@stdlib/math-base-special-gammaln';
import type { Family } from '../../simulator/index.ts';

/** A fitted family and its own parameters (as the fit reports them). */
export interface FittedFamily {
  family: Family;
  /** exponential: rate (per minute); lognormal: mu, sigma (of ln minutes); gamma, weibull: shape, scale (minutes). */
  parameters: Record<string, number>;
}

/**
 * The probability density of a fitted distribution at `minutes`, per minute; 0 at or below 0
 * minutes and for missing or non-positive parameters (never NaN).
 * - exponential: λ e^(−λt)
 * - lognormal: exp(−(ln t − μ)² / 2σ²) / (t σ √(2π))
 * - gamma: t^(k−1) e^(−t/θ) / (Γ(k) θ^k)
 * - Weibull: (k/λ) (t/λ)^(k−1) e^(−(t/λ)^k)
 *
 * @example
 * densityPerMinute({ family: 'exponential', parameters: { rate: 0.5 } }, 2) // => 0.18393972058572117 (0.5 e^−1)
 */
export function densityPerMinute(fitted: FittedFamily, minutes: number): number {
  if (!(minutes > 0) || !Number.isFinite(minutes)) return 0;
  const p = fitted.parameters;
  const positive = (name: string) => {
    const value = p[name];
    return value !== undefined && value > 0 && Number.isFinite(value) ? value : null;
  };
  switch (fitted.family) {
    case 'exponential': {
      const rate = positive('rate');
      return rate === null ? 0 : rate * Math.exp(-rate * minutes);
    }
    case 'lognormal': {
      const sigma = positive('sigma');
      const mu = p.mu;
      if (sigma === null || mu === undefined || !Number.isFinite(mu)) return 0;
      const z = (Math.log(minutes) - mu) / sigma;
      return Math.exp(-0.5 * z * z) / (minutes * sigma * Math.sqrt(2 * Math.PI));
    }
    case 'gamma': {
      const shape = positive('shape');
      const scale = positive('scale');
      if (shape === null || scale === null) return 0;
      const log =
        (shape - 1) * Math.log(minutes) -
        minutes / scale -
        shape * Math.log(scale) -
        gammaln(shape);
      return Math.exp(log);
    }
    case 'weibull': {
      const shape = positive('shape');
      const scale = positive('scale');
      if (shape === null || scale === null) return 0;
      const x = minutes / scale;
      return (shape / scale) * x ** (shape - 1) * Math.exp(-(x ** shape));
    }
  }
}

/**
 * The density of log10 of the duration at `minutes`: the share of tickets per decade of duration,
 * f(t) · t · ln 10. This is what a histogram drawn on a logarithmic time axis shows.
 *
 * @example
 * densityPerDecade({ family: 'lognormal', parameters: { mu: 0, sigma: 1 } }, 1) // => 0.9186 (ln 10 / √(2π))
 */
export function densityPerDecade(fitted: FittedFamily, minutes: number): number {
  return densityPerMinute(fitted, minutes) * minutes * Math.LN10;
}
