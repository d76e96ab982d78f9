import gammaln from '@stdlib/math-base-special-gammaln';
import { fail, SIM_ERR } from '../errors.ts';
import { checkAgents, checkPositive } from './check-input.ts';

/** Inputs of the Erlang A model; all rates per the same time unit (per minute in stafflab). */
export interface ErlangAInput {
  arrivalRate: number;
  serviceRate: number;
  /** 1 / mean patience. */
  abandonmentRate: number;
  agents: number;
}

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

/** Steps × positions beyond which the service level is refused rather than computed for minutes. */
const MAX_UNIFORMISATION_WORK = 3e8;

/** States beyond which the chain is refused (a near-unbounded queue: overload with almost no abandonment). */
const MAX_STATES = 5_000_000;

/**
 * The stationary distribution of the Erlang A birth–death chain: birth rate λ, death rate
 * min(n, c)·μ + max(n − c, 0)·θ in state n. Computed in log space, normalised, and truncated once
 * a state's probability falls below e^−41.5 ≈ 1e−18 of the largest.
 */
function stationary(input: ErlangAInput): Float64Array {
  const { arrivalRate: lambda, serviceRate: mu, abandonmentRate: theta, agents: c } = input;
  checkPositive('arrivalRate', lambda);
  checkPositive('serviceRate', mu);
  checkPositive('abandonmentRate', theta);
  checkAgents('agents', c);
  const mode = c + Math.max(lambda - c * mu, 0) / theta;
  if (mode > MAX_STATES) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'abandonmentRate',
      theta,
      `a patience short enough for a bounded queue: with this overload the queue would hold about ${Math.round(mode - c).toLocaleString('en')} tickets`,
    );
  }
  const logP: number[] = [0];
  let peak = 0;
  for (let n = 1; ; n++) {
    const death = Math.min(n, c) * mu + Math.max(n - c, 0) * theta;
    const value = (logP[n - 1] as number) + Math.log(lambda / death);
    logP.push(value);
    if (value > peak) peak = value;
    if (n > c && lambda < death && value < peak - 41.5) break;
  }
  const probabilities = Float64Array.from(logP, (log) => Math.exp(log - peak));
  const total = probabilities.reduce((sum, p) => sum + p, 0);
  return probabilities.map((p) => p / total);
}

/**
 * Erlang A (M/M/c+M): Poisson arrivals at rate λ, c agents with exponential work of rate μ, and
 * exponential patience of rate θ. Solved exactly as the birth–death chain above (Palm 1943;
 * Garnett, Mandelbaum & Reiman 2002, "Designing a call center with impatient customers", M&SOM
 * 4(3):208–227). Stable for any load, including λ ≥ cμ. By PASTA the wait probability is
 * P(N ≥ c); by Little's law the mean wait is E[Q]/λ and the abandonment probability θ·E[Q]/λ.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT for non-positive rates or agents < 1.
 * @example
 * erlangA({ arrivalRate: 1, serviceRate: 0.1, abandonmentRate: 0.05, agents: 10 }).waitProbability // ≈ 0.6197
 */
export function erlangA(input: ErlangAInput): ErlangAMeasures {
  const probabilities = stationary(input);
  const c = input.agents;
  let waiting = 0;
  let queue = 0;
  let busy = 0;
  probabilities.forEach((p, n) => {
    if (n >= c) waiting += p;
    queue += Math.max(n - c, 0) * p;
    busy += Math.min(n, c) * p;
  });
  return {
    waitProbability: waiting,
    abandonmentProbability: (input.abandonmentRate * queue) / input.arrivalRate,
    meanWait: queue / input.arrivalRate,
    meanQueueLength: queue,
    occupancy: busy / c,
  };
}

/**
 * Service level of Erlang A: the probability that work on an arrival starts within `targetTime`
 * (abandoned tickets count as missed). An arrival that finds k ≥ 0 tickets already waiting moves
 * up at rate r_i = cμ + iθ while i are ahead of it (an agent frees up, or one ahead abandons) and
 * abandons itself at rate θ, so
 *
 *   SL(t) = P(N < c) + Σ_k π_{c+k} · Π_{i=0..k} r_i/(r_i + θ) · P(Σ_{i=0..k} Exp(r_i + θ) ≤ t),
 *
 * the factor and the tilted rates coming from E[e^{−θV}; V ≤ t] for the offered wait V
 * (Mandelbaum & Zeltyn 2007, "Service engineering in action: the Palm/Erlang-A queue"). The
 * distribution of the sums is computed for all k at once by uniformisation of the pure-death chain
 * of positions (Grassmann 1977), to 1e−12.
 *
 * @example
 * erlangAServiceLevel({ arrivalRate: 1, serviceRate: 0.1, abandonmentRate: 0.05, agents: 10 }, 0) // = 1 − P(wait)
 */
export function erlangAServiceLevel(input: ErlangAInput, targetTime: number): number {
  checkPositive('targetTime', targetTime, true);
  const probabilities = stationary(input);
  const { serviceRate: mu, abandonmentRate: theta, agents: c } = input;
  let immediate = 0;
  for (let n = 0; n < c && n < probabilities.length; n++) immediate += probabilities[n] as number;
  const positions = Math.max(probabilities.length - c, 0);
  if (positions === 0 || targetTime === 0) return immediate;
  const weights = new Float64Array(positions);
  let factor = 1;
  for (let k = 0; k < positions; k++) {
    const rate = c * mu + k * theta;
    factor *= rate / (rate + theta);
    weights[k] = (probabilities[c + k] as number) * factor;
  }
  // Bounds that hold exactly: at least the tickets that start at once, at most those that do not
  // abandon. Clamping keeps rounding in the uniformisation (≈1e−12) from crossing them.
  let queue = 0;
  probabilities.forEach((p, n) => {
    if (n > c) queue += (n - c) * p;
  });
  const notAbandoning = 1 - (theta * queue) / input.arrivalRate;
  const uniformRate = c * mu + positions * theta;
  const steps = uniformRate * targetTime + 10 * Math.sqrt(uniformRate * targetTime) + 30;
  if (steps * positions > MAX_UNIFORMISATION_WORK) {
    fail(
      SIM_ERR.LIMIT_EXCEEDED,
      'targetMinutes',
      targetTime,
      `a shorter target time for a system this large: the exact Erlang A service level would take ${Math.round((steps * positions) / 1e8)} × 10⁸ steps; with long patience Erlang C (model c) is close`,
    );
  }
  const level = immediate + absorbedBy(weights, (k) => c * mu + (k + 1) * theta, targetTime);
  return Math.min(Math.max(level, immediate), notAbandoning);
}

/**
 * Mass of a pure-death chain absorbed by time t, starting from `mass` over positions 0…K (position
 * k moves to k − 1 at `rate(k)`, position 0 is absorbed at `rate(0)`), by uniformisation with
 * Poisson weights computed in log space.
 */
function absorbedBy(mass: Float64Array, rate: (k: number) => number, t: number): number {
  const positions = mass.length;
  const uniform = rate(positions - 1);
  const stay = Float64Array.from({ length: positions }, (_, k) => 1 - rate(k) / uniform);
  const current = Float64Array.from(mass);
  const total = mass.reduce((sum, m) => sum + m, 0);
  const lt = uniform * t;
  const maxSteps = Math.ceil(lt + 10 * Math.sqrt(lt) + 30);
  let absorbed = 0;
  let result = 0;
  let cumulativePoisson = 0;
  for (let step = 0; step <= maxSteps; step++) {
    const poisson = Math.exp(-lt + step * Math.log(lt) - gammaln(step + 1));
    result += poisson * absorbed;
    cumulativePoisson += poisson;
    if (total - absorbed < 1e-15 * total) return result + (1 - cumulativePoisson) * total;
    absorbed += (current[0] as number) * (1 - (stay[0] as number));
    for (let k = 0; k < positions; k++) {
      const moving = (current[k] as number) * (1 - (stay[k] as number));
      current[k] = (current[k] as number) - moving;
      if (k > 0) current[k - 1] = (current[k - 1] as number) + moving;
    }
  }
  return result;
}
