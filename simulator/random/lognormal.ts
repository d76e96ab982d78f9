import { checkParameter } from './check-parameter.ts';
import type { Distribution } from './distribution.ts';
import type { RandomStream } from './random-stream.ts';
import { standardNormal } from './standard-normal.ts';

/**
 * Lognormal distribution given its mean (minutes) and coefficient of variation:
 * σ² = ln(1 + cv²), μ = ln(mean) − σ²/2, x = exp(μ + σz). One uniform per draw (z by inversion).
 *
 * @example
 * new Lognormal(20, 1).variance // => 400
 */
export class Lognormal implements Distribution {
  readonly kind = 'lognormal';
  readonly mean: number;
  readonly variance: number;
  private readonly mu: number;
  private readonly sigma: number;

  constructor(meanMinutes: number, cv: number, field = '') {
    const prefix = field === '' ? '' : `${field}.`;
    checkParameter(`${prefix}mean`, meanMinutes, { min: 0, exclusiveMin: true });
    checkParameter(`${prefix}cv`, cv, { min: 0, max: 50, exclusiveMin: true });
    const sigma2 = Math.log1p(cv * cv);
    this.mean = meanMinutes;
    this.variance = (meanMinutes * cv) ** 2;
    this.sigma = Math.sqrt(sigma2);
    this.mu = Math.log(meanMinutes) - sigma2 / 2;
  }

  sample(random: RandomStream): number {
    return Math.exp(this.mu + this.sigma * standardNormal(random));
  }
}
