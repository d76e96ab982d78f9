import { fail, SIM_ERR } from '../errors.ts';
import { checkParameter } from './check-parameter.ts';
import type { Distribution } from './distribution.ts';
import type { RandomStream } from './random-stream.ts';

/**
 * The empirical distribution of observed durations (minutes): each draw picks one observation
 * uniformly at random (bootstrap resampling). Mean and variance are those of the observations
 * (population variance, as the resampled distribution has).
 *
 * @example
 * new Empirical([1, 2, 3]).variance // => 0.666…
 */
export class Empirical implements Distribution {
  readonly kind = 'empirical';
  readonly mean: number;
  readonly variance: number;
  private readonly values: Float64Array;

  constructor(valuesMinutes: readonly number[], field = 'values') {
    if (valuesMinutes.length === 0) {
      fail(SIM_ERR.INVALID_DISTRIBUTION, field, valuesMinutes, 'at least one observed duration');
    }
    valuesMinutes.forEach((value, i) => {
      checkParameter(`${field}[${i}]`, value, { min: 0 });
    });
    this.values = Float64Array.from(valuesMinutes);
    let sum = 0;
    for (const value of this.values) sum += value;
    const mean = sum / this.values.length;
    let squares = 0;
    for (const value of this.values) squares += (value - mean) ** 2;
    this.mean = mean;
    this.variance = squares / this.values.length;
  }

  sample(random: RandomStream): number {
    const values = this.values;
    return values[Math.floor(random() * values.length)] as number;
  }
}
