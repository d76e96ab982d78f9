import { fail, SIM_ERR } from '../errors.ts';
import { checkParameter } from './check-parameter.ts';
import type { Distribution } from './distribution.ts';
import type { RandomStream } from './random-stream.ts';

/**
 * Continuous uniform distribution on [min, max] (minutes). Mean (min+max)/2, variance (max−min)²/12.
 *
 * @throws SimulatorError SIM_ERR_INVALID_DISTRIBUTION when max < min.
 * @example
 * new Uniform(2, 8).mean // => 5
 */
export class Uniform implements Distribution {
  readonly kind = 'uniform';
  readonly mean: number;
  readonly variance: number;
  private readonly min: number;
  private readonly width: number;

  constructor(minMinutes: number, maxMinutes: number, field = '') {
    const prefix = field === '' ? '' : `${field}.`;
    checkParameter(`${prefix}min`, minMinutes, { min: 0 });
    checkParameter(`${prefix}max`, maxMinutes, { min: 0 });
    if (maxMinutes < minMinutes) {
      fail(
        SIM_ERR.INVALID_DISTRIBUTION,
        `${prefix}max`,
        maxMinutes,
        `a value ≥ min (${minMinutes})`,
      );
    }
    this.min = minMinutes;
    this.width = maxMinutes - minMinutes;
    this.mean = (minMinutes + maxMinutes) / 2;
    this.variance = (this.width * this.width) / 12;
  }

  sample(random: RandomStream): number {
    return this.min + this.width * random();
  }
}
