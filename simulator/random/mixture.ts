import type { Distribution } from './distribution.ts';
import type { RandomStream } from './random-stream.ts';

/**
 * A mixture: with probability weights[i] (normalised) a draw comes from components[i]. Mean
 * Σ wᵢ·mᵢ, variance Σ wᵢ·(vᵢ + mᵢ²) − mean² (law of total variance). Each draw uses one uniform
 * to choose the component, then the component's own draws.
 *
 * @example
 * new Mixture([new Deterministic(1), new Deterministic(3)], [1, 1]).variance // => 1
 */
export class Mixture implements Distribution {
  readonly kind = 'mixture';
  readonly mean: number;
  readonly variance: number;
  private readonly components: readonly Distribution[];
  private readonly cumulative: Float64Array;

  constructor(components: readonly Distribution[], weights: readonly number[]) {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    this.components = components;
    let running = 0;
    this.cumulative = Float64Array.from(weights, (weight) => {
      running += weight / total;
      return running;
    });
    this.mean = components.reduce(
      (sum, c, i) => sum + ((weights[i] as number) / total) * c.mean,
      0,
    );
    const second = components.reduce(
      (sum, c, i) => sum + ((weights[i] as number) / total) * (c.variance + c.mean ** 2),
      0,
    );
    this.variance = Math.max(second - this.mean ** 2, 0);
  }

  sample(random: RandomStream): number {
    const u = random();
    const last = this.components.length - 1;
    let i = 0;
    while (i < last && u >= (this.cumulative[i] as number)) i++;
    return (this.components[i] as Distribution).sample(random);
  }
}
