import { checkParameter } from './check-parameter.ts';
import type { Distribution } from './distribution.ts';
import type { RandomStream } from './random-stream.ts';

/**
 * Exponential distribution with the given mean (minutes), sampled by inversion:
 * x = −mean · ln(1 − u). Variance mean².
 *
 * @example
 * new Exponential(10).variance // => 100
 */
export class Exponential implements Distribution {
  readonly kind = 'exponential';
  readonly mean: number;
  readonly variance: number;

  constructor(meanMinutes: number, field = 'mean') {
    checkParameter(field, meanMinutes, { min: 0, exclusiveMin: true });
    this.mean = meanMinutes;
    this.variance = meanMinutes * meanMinutes;
  }

  sample(random: RandomStream): number {
    return -this.mean * Math.log(1 - random());
  }
}
