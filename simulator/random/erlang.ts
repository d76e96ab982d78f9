import { checkParameter } from './check-parameter.ts';
import type { Distribution } from './distribution.ts';
import type { RandomStream } from './random-stream.ts';

/**
 * Erlang-k distribution with the given mean (minutes): the sum of k exponential phases of mean
 * mean/k. Variance mean²/k (coefficient of variation 1/√k). Uses k draws per sample.
 *
 * @example
 * new Erlang(12, 4).variance // => 36
 */
export class Erlang implements Distribution {
  readonly kind = 'erlang';
  readonly mean: number;
  readonly variance: number;
  private readonly phases: number;

  constructor(meanMinutes: number, phases: number, field = '') {
    const prefix = field === '' ? '' : `${field}.`;
    checkParameter(`${prefix}mean`, meanMinutes, { min: 0, exclusiveMin: true });
    checkParameter(`${prefix}k`, phases, { min: 1, max: 1000, integer: true });
    this.mean = meanMinutes;
    this.phases = phases;
    this.variance = (meanMinutes * meanMinutes) / phases;
  }

  sample(random: RandomStream): number {
    let logSum = 0;
    for (let i = 0; i < this.phases; i++) logSum += Math.log(1 - random());
    return (-this.mean / this.phases) * logSum;
  }
}
