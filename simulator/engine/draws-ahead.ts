import type { Distribution } from '../random/distribution.ts';
import type { RandomStream } from '../random/random-stream.ts';

/** Values drawn at a time. */
const DRAWS_AHEAD = 128;

/**
 * The draws of one distribution from a stream that feeds nothing else (a class's work times,
 * its patience), made DRAWS_AHEAD at a time in a tight loop and handed out one by one. The values
 * and their order are those of drawing one at a time, so results do not change; the engine's
 * hot path reads an array instead of calling into the distribution. The last batch may draw
 * past the end of the run, from a stream no one else reads.
 */
export class DrawsAhead {
  private readonly values = new Float64Array(DRAWS_AHEAD);
  private index = DRAWS_AHEAD;
  private readonly distribution: Distribution;
  private readonly random: RandomStream;

  constructor(distribution: Distribution, random: RandomStream) {
    this.distribution = distribution;
    this.random = random;
  }

  /** The next draw. */
  next(): number {
    if (this.index === DRAWS_AHEAD) this.refill();
    return this.values[this.index++] as number;
  }

  private refill(): void {
    for (let i = 0; i < DRAWS_AHEAD; i++) this.values[i] = this.distribution.sample(this.random);
    this.index = 0;
  }
}
