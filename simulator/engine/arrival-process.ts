import { Gamma } from '../random/gamma.ts';
import type { RandomStream } from '../random/random-stream.ts';
import { PieceCursor } from './piece-cursor.ts';

const MINUTES_PER_DAY = 1440;
/** Arrival times generated at a time. */
const ARRIVALS_AHEAD = 256;

/**
 * Arrival rates as consecutive pieces of constant rate that repeat: piece i covers
 * [i·pieceMinutes, (i+1)·pieceMinutes) at rate ratesPerMinute[i mod length]. An hour-of-week
 * profile is 168 pieces of 60 minutes; a flat rate is one piece of a day. `pieceMinutes` divides a
 * day, so a piece never straddles two days and a daily multiplier applies to whole pieces.
 */
export interface ArrivalModel {
  pieceMinutes: number;
  ratesPerMinute: Float64Array;
  /** Coefficient of variation of the daily volume multiplier (mean 1); 0 for none. */
  dailyVolumeCv: number;
  /** Planned changes: from `fromMinutes` on, rates are multiplied by `factor` (sorted by time). */
  changes?: readonly { fromMinutes: number; factor: number }[];
}

/**
 * Generates a non-homogeneous Poisson process with a piecewise-constant rate by inverting its
 * cumulative rate: each gap is one unit-mean exponential "mass", spent across pieces at each
 * piece's rate until it runs out. The process is exact (no thinning bound, no piece skipped
 * however short or busy) and uses one uniform per arrival.
 *
 * With `dailyVolumeCv` > 0, each day's rates are multiplied by an independent Gamma(mean 1,
 * cv = dailyVolumeCv) draw from its own stream (a doubly stochastic, over-dispersed process: the
 * variance of a day's count with mean m is m + cv²m²). Days are drawn in order, one draw each.
 */
export class ArrivalProcess {
  private readonly model: ArrivalModel;
  private readonly horizonMinutes: number;
  private readonly random: RandomStream;
  private readonly dailyRandom: RandomStream;
  private readonly dailyMultiplier: Gamma | null;
  /** The planned changes, sorted by time (none: an empty list). */
  private readonly changes: readonly { fromMinutes: number; factor: number }[];
  /** The rate piece of the last arrival. */
  private readonly pieces: PieceCursor;
  /** Arrival times generated ahead of the engine (see `next`), and the last one generated. */
  private readonly ahead = new Float64Array(ARRIVALS_AHEAD);
  private aheadCount = 0;
  private aheadIndex = 0;
  private lastGenerated = 0;
  private day = -1;
  private multiplier = 1;

  constructor(
    model: ArrivalModel,
    horizonMinutes: number,
    streams: { arrivals: RandomStream; dailyVolume: RandomStream },
  ) {
    this.model = model;
    this.horizonMinutes = horizonMinutes;
    this.random = streams.arrivals;
    this.dailyRandom = streams.dailyVolume;
    this.dailyMultiplier =
      model.dailyVolumeCv > 0 ? new Gamma(1, model.dailyVolumeCv, 'arrivals.dailyVolumeCv') : null;
    this.changes = model.changes ?? [];
    this.pieces = new PieceCursor(model.pieceMinutes, model.ratesPerMinute.length);
  }

  /**
   * The next arrival of the process: the first after time 0, then each after the one before;
   * Infinity once none comes before the horizon. The process draws from its own streams only,
   * so its times do not depend on the rest of the simulation: they are generated ARRIVALS_AHEAD
   * at a time, by the same calls of `nextAfter` in the same order, and handed out one by one.
   * (Generating ahead may draw past the horizon from those two streams, which feed nothing else.)
   */
  next(): number {
    if (this.aheadIndex === this.aheadCount) this.generateAhead();
    return this.ahead[this.aheadIndex++] as number;
  }

  private generateAhead(): void {
    let time = this.lastGenerated;
    let count = 0;
    while (count < ARRIVALS_AHEAD) {
      time = this.nextAfter(time);
      this.ahead[count++] = time;
      if (time === Number.POSITIVE_INFINITY) break;
    }
    this.lastGenerated = time;
    this.aheadCount = count;
    this.aheadIndex = 0;
  }

  /** The first arrival after `time` (minutes), or Infinity when none comes before the horizon. */
  nextAfter(time: number): number {
    const { ratesPerMinute } = this.model;
    const cursor = this.pieces;
    let mass = -Math.log(1 - this.random());
    let now = time;
    // Without changes or a daily multiplier both factors are 1: skipping them leaves every
    // product, and so every arrival time, bit for bit the same.
    const plain = this.changes.length === 0 && this.dailyMultiplier === null;
    while (now < this.horizonMinutes) {
      const pieceRate = ratesPerMinute[cursor.at(now)] as number;
      const pieceEnd = cursor.end;
      const end = plain ? pieceEnd : Math.min(pieceEnd, this.nextChange(now));
      const rate = plain ? pieceRate : pieceRate * this.multiplierAt(now) * this.factorAt(now);
      const available = rate * (end - now);
      if (rate > 0 && mass <= available) return now + mass / rate;
      mass -= available;
      now = end;
    }
    return Number.POSITIVE_INFINITY;
  }

  /** The planned volume factor in force at `time` (1 before the first change). */
  private factorAt(time: number): number {
    let factor = 1;
    for (const change of this.changes) {
      if (change.fromMinutes > time) break;
      factor = change.factor;
    }
    return factor;
  }

  /** The time of the first planned change after `time`; Infinity when none. */
  private nextChange(time: number): number {
    for (const change of this.changes) if (change.fromMinutes > time) return change.fromMinutes;
    return Number.POSITIVE_INFINITY;
  }

  private multiplierAt(time: number): number {
    if (this.dailyMultiplier === null) return 1;
    const day = Math.floor(time / MINUTES_PER_DAY);
    while (this.day < day) {
      this.day++;
      this.multiplier = this.dailyMultiplier.sample(this.dailyRandom);
    }
    return this.multiplier;
  }
}
