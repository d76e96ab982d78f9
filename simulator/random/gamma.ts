import { checkParameter } from './check-parameter.ts';
import type { Distribution } from './distribution.ts';
import type { RandomStream } from './random-stream.ts';
import { standardNormal } from './standard-normal.ts';

/**
 * Gamma distribution given its mean (minutes) and coefficient of variation (0.001 to 20): shape k = 1/cv²,
 * scale θ = mean·cv². Sampled by Marsaglia & Tsang (2000), "A simple method for generating gamma
 * variables", ACM TOMS 26(3); for k < 1 a Gamma(k+1) draw is scaled by u^(1/k). Draws a variable
 * number of uniforms (rejection).
 *
 * @example
 * new Gamma(10, 0.5).variance // => 25
 */
export class Gamma implements Distribution {
  readonly kind = 'gamma';
  readonly mean: number;
  readonly variance: number;
  private readonly shape: number;
  private readonly scale: number;
  private readonly d: number;
  private readonly c: number;

  constructor(meanMinutes: number, cv: number, field = '') {
    const prefix = field === '' ? '' : `${field}.`;
    checkParameter(`${prefix}mean`, meanMinutes, { min: 0, exclusiveMin: true });
    checkParameter(`${prefix}cv`, cv, { min: 0.001, max: 20 });
    this.mean = meanMinutes;
    this.variance = (meanMinutes * cv) ** 2;
    this.shape = 1 / (cv * cv);
    this.scale = meanMinutes * cv * cv;
    const boosted = this.shape < 1 ? this.shape + 1 : this.shape;
    this.d = boosted - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
  }

  sample(random: RandomStream): number {
    const { d, c } = this;
    for (;;) {
      const z = standardNormal(random);
      const t = 1 + c * z;
      if (t <= 0) continue;
      const v = t * t * t;
      const u = random();
      if (Math.log(1 - u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        const draw = d * v * this.scale;
        return this.shape < 1 ? draw * (1 - random()) ** (1 / this.shape) : draw;
      }
    }
  }
}
