import { checkAgents, checkPositive } from './check-input.ts';

/** Steady-state measures of the Erlang A queue. */
export interface ErlangAMeasures {
  /** Probability an arrival finds all agents busy (and so waits). */
  waitProbability: number;
  /** Probability an arrival abandons before work starts. */
  abandonmentProbability: number;
  /** Mean wait over all arrivals, abandoned ones included (until they leave). */
  meanWait: number;
  /** Mean number waiting. */
  meanQueueLength: number;
  /** Mean fraction of agents busy. */
  occupancy: number;
}

/**
 * Erlang A (M/M/c+M): Poisson arrivals at rate λ, c agents with exponential work of rate μ, and
 * exponential patience of rate θ. Solved exactly as the birth–death chain with birth rate λ and
 * death rate min(n, c)·μ + max(n − c, 0)·θ in state n (Palm 1943; Garnett, Mandelbaum & Reiman
 * 2002, "Designing a call center with impatient customers", M&SOM 4(3)), computed in log space
 * and truncated once the state probabilities fall below 1e−18 of the largest. Stable for any load,
 * including λ ≥ cμ. By PASTA the wait probability is P(N ≥ c); by Little's law the mean wait is
 * E[Q]/λ and the abandonment probability θ·E[Q]/λ. All rates per the same time unit; the mean
 * wait is in that unit.
 *
 * @example
 * erlangA({ arrivalRate: 9, serviceRate: 1, abandonmentRate: 1, agents: 10 }).waitProbability
 */
export function erlangA(input: {
  arrivalRate: number;
  serviceRate: number;
  abandonmentRate: number;
  agents: number;
}): ErlangAMeasures {
  const { arrivalRate: lambda, serviceRate: mu, abandonmentRate: theta, agents: c } = input;
  checkPositive('arrivalRate', lambda);
  checkPositive('serviceRate', mu);
  checkPositive('abandonmentRate', theta);
  checkAgents('agents', c);
  const logP: number[] = [0];
  let peak = 0;
  for (let n = 1; ; n++) {
    const death = Math.min(n, c) * mu + Math.max(n - c, 0) * theta;
    const value = (logP[n - 1] as number) + Math.log(lambda / death);
    logP.push(value);
    if (value > peak) peak = value;
    if (n > c && lambda < death && value < peak - 41.5) break;
  }
  let total = 0;
  let waiting = 0;
  let queue = 0;
  let busy = 0;
  logP.forEach((log, n) => {
    const p = Math.exp(log - peak);
    total += p;
    if (n >= c) waiting += p;
    queue += Math.max(n - c, 0) * p;
    busy += Math.min(n, c) * p;
  });
  const meanQueueLength = queue / total;
  return {
    waitProbability: waiting / total,
    abandonmentProbability: (theta * meanQueueLength) / lambda,
    meanWait: meanQueueLength / lambda,
    meanQueueLength,
    occupancy: busy / total / c,
  };
}
