import type { RandomStream } from './random-stream.ts';

/**
 * A probability distribution of a non-negative duration in minutes (work time, patience).
 * Constructors check their parameters and throw SIM_ERR_INVALID_DISTRIBUTION naming the field.
 */
export interface Distribution {
  /** The distribution's family, as named in scenarios ("exponential", "lognormal"…). */
  readonly kind: string;
  /** Mean, in minutes. */
  readonly mean: number;
  /** Variance, in minutes². */
  readonly variance: number;
  /** One draw, in minutes; uses the stream (never Math.random). */
  sample(random: RandomStream): number;
}

/** Coefficient of variation (standard deviation / mean) of a distribution; 0 when the mean is 0. */
export function coefficientOfVariation(distribution: Distribution): number {
  return distribution.mean > 0 ? Math.sqrt(distribution.variance) / distribution.mean : 0;
}
