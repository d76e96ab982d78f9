import gammaln from '@stdlib/math-base-special-gammaln';
import { checkParameter } from './check-parameter.ts';
import type { Distribution } from './distribution.ts';
import type { RandomStream } from './random-stream.ts';

const MIN_SHAPE = 0.1;
const MAX_SHAPE = 1000;

/** Squared coefficient of variation of a Weibull with shape k: Γ(1+2/k)/Γ(1+1/k)² − 1. */
function squaredCv(shape: number): number {
  return Math.expm1(gammaln(1 + 2 / shape) - 2 * gammaln(1 + 1 / shape));
}

/** The shape whose coefficient of variation is `cv` (bisection on ln k; cv falls as k grows). */
function shapeForCv(cv: number): number {
  const target = cv * cv;
  let low = Math.log(MIN_SHAPE);
  let high = Math.log(MAX_SHAPE);
  for (let i = 0; i < 200 && high - low > 1e-13; i++) {
    const mid = (low + high) / 2;
    if (squaredCv(Math.exp(mid)) > target) low = mid;
    else high = mid;
  }
  return Math.exp((low + high) / 2);
}

/** The coefficients of variation a Weibull can take within the supported shapes. */
export const WEIBULL_CV_RANGE = {
  min: Math.ceil(Math.sqrt(squaredCv(MAX_SHAPE)) * 1e4) / 1e4,
  max: Math.floor(Math.sqrt(squaredCv(MIN_SHAPE)) * 100) / 100,
};

/**
 * Weibull distribution given its mean (minutes) and coefficient of variation; the shape k solves
 * Γ(1+2/k)/Γ(1+1/k)² − 1 = cv² and the scale is λ = mean / Γ(1+1/k). Sampled by inversion:
 * x = λ (−ln(1−u))^(1/k). cv = 1 is the exponential.
 *
 * @example
 * new Weibull(10, 1).shape // ≈ 1
 */
export class Weibull implements Distribution {
  readonly kind = 'weibull';
  readonly mean: number;
  readonly variance: number;
  readonly shape: number;
  readonly scale: number;
  private readonly inverseShape: number;

  constructor(meanMinutes: number, cv: number, field = '') {
    const prefix = field === '' ? '' : `${field}.`;
    checkParameter(`${prefix}mean`, meanMinutes, { min: 0, exclusiveMin: true });
    checkParameter(`${prefix}cv`, cv, WEIBULL_CV_RANGE);
    this.mean = meanMinutes;
    this.variance = (meanMinutes * cv) ** 2;
    this.shape = shapeForCv(cv);
    this.inverseShape = 1 / this.shape;
    this.scale = meanMinutes / Math.exp(gammaln(1 + this.inverseShape));
  }

  sample(random: RandomStream): number {
    return this.scale * (-Math.log(1 - random())) ** this.inverseShape;
  }
}
