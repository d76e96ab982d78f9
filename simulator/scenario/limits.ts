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

/**
 * What one request to a shared stafflab server may ask, so that no single user can hold the
 * workers for hours: the server refuses more (422), and the web app says so at the field before
 * sending.
 */
export const REQUEST_LIMITS = {
  /** Replications of each scenario a request runs. */
  replications: 1000,
  /** Simulated horizon, weeks. */
  horizonWeeks: 104,
  /** Points of a sweep. */
  sweepPoints: 100,
  /** Variants of a comparison. */
  variants: 20,
  /** Agents in a scenario, all groups and shifts together. */
  agents: 10_000,
} as const;
