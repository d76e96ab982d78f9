/**
 * What one run may ask for, so that a mistyped scenario fails at once with a clear message
 * instead of running for hours or exhausting memory.
 */
export const LIMITS = {
  /** Expected arrivals in one replication (rate × horizon). */
  maxTicketsPerReplication: 20_000_000,
  /** Simulated horizon, minutes (10 years of 52 weeks). */
  maxHorizonMinutes: 520 * 10080,
  /** Replications in one run. */
  maxReplications: 10_000,
  /** Points of one sweep (the product of its parameters' values). */
  maxSweepPoints: 400,
} as const;
