import { checkParameter } from './check-parameter.ts';
import type { Distribution } from './distribution.ts';

/**
 * A fixed duration (minutes). Draws nothing from the stream. Variance 0.
 *
 * @example
 * new Deterministic(5).sample(() => 0.3) // => 5
 */
export class Deterministic implements Distribution {
  readonly kind = 'deterministic';
  readonly mean: number;
  readonly variance = 0;

  constructor(valueMinutes: number, field = 'value') {
    checkParameter(field, valueMinutes, { min: 0 });
    this.mean = valueMinutes;
  }

  sample(): number {
    return this.mean;
  }
}
