import erfc from '@stdlib/math-base-special-erfc';
import { fail, SIM_ERR } from '../errors.ts';
import { checkPositive } from './check-input.ts';

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Standard normal density φ(x). */
function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/** Standard normal distribution function Φ(x), accurate in both tails. */
function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/**
 * The Halfin–Whitt delay function: the limit of the Erlang C wait probability when agents
 * c = a + β√a and the load a grows (the quality-and-efficiency-driven regime):
 *
 *   α(β) = [1 + β·Φ(β)/φ(β)]^{−1},   β > 0
 *
 * (Halfin & Whitt 1981, "Heavy-traffic limits for queues with many exponential servers",
 * Operations Research 29(3):567–588). Decreases from 1 at β = 0 towards 0.
 *
 * @example
 * halfinWhittDelay(1) // ≈ 0.22336
 */
export function halfinWhittDelay(beta: number): number {
  checkPositive('beta', beta, true);
  return 1 / (1 + (beta * normalCdf(beta)) / normalDensity(beta));
}

/**
 * The β with halfinWhittDelay(β) = `waitProbability` (bisection; the function is decreasing).
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT unless 0 < waitProbability < 1.
 * @example
 * betaForDelay(0.22336) // ≈ 1
 */
export function betaForDelay(waitProbability: number): number {
  if (!(waitProbability > 0 && waitProbability < 1)) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'waitProbability',
      waitProbability,
      'a probability strictly between 0 and 1',
    );
  }
  let low = 0;
  let high = 1;
  while (halfinWhittDelay(high) > waitProbability) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-14; i++) {
    const mid = (low + high) / 2;
    if (halfinWhittDelay(mid) > waitProbability) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * Square-root staffing: c = ⌈a + β√a⌉ agents for an offered load of a Erlangs, with β chosen so
 * that the Halfin–Whitt delay function gives the wanted probability of waiting. An approximation
 * that is remarkably accurate even for small loads (Borst, Mandelbaum & Reiman 2004).
 *
 * @example
 * squareRootStaffing(100, 0.2) // => { beta: ≈1.0615, agents: 111 } (Erlang C gives P(wait) = 0.1998 with 111)
 */
export function squareRootStaffing(
  offeredLoad: number,
  waitProbability: number,
): { beta: number; agents: number } {
  checkPositive('offeredLoad', offeredLoad);
  const beta = betaForDelay(waitProbability);
  return { beta, agents: Math.max(1, Math.ceil(offeredLoad + beta * Math.sqrt(offeredLoad))) };
}

/**
 * The cost-optimal square-root safety factor of Borst, Mandelbaum & Reiman (2004), "Dimensioning
 * large call centers", Operations Research 52(1):17–34: with staff cost k per agent per unit time
 * and waiting cost w per ticket per unit time of waiting, the cost rate of c = a + β√a agents is
 * about k·a + √a·k·(β + r·α(β)/β) with r = w/k, so β*(r) minimises β + r·α(β)/β (golden-section
 * search on a unimodal function).
 *
 * @example
 * costOptimalBeta(10) // ≈ 1.667
 */
export function costOptimalBeta(costRatio: number): number {
  checkPositive('costRatio', costRatio);
  const cost = (beta: number) => beta + (costRatio * halfinWhittDelay(beta)) / beta;
  let low = 1e-6;
  let high = Math.max(10, 3 * Math.sqrt(costRatio));
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 200 && high - low > 1e-12; i++) {
    const left = high - ratio * (high - low);
    const right = low + ratio * (high - low);
    if (cost(left) < cost(right)) high = right;
    else low = left;
  }
  return (low + high) / 2;
}
