import { fail, SIM_ERR } from '../errors.ts';
import { checkAgents, checkPositive } from './check-input.ts';
import { erlangC } from './erlang-c.ts';

/**
 * Mean wait per class in an M/M/c queue with non-preemptive priority classes that share one
 * exponential work-time distribution (Cobham 1954, "Priority assignment in waiting line
 * problems", Operations Research 2(1):70–76; Kleinrock, Queueing Systems vol. 2, 1976, §3.6):
 *
 *   W_k = C(c, a) / (c·μ) / ((1 − σ_{k−1}) · (1 − σ_k)),   σ_k = Σ_{i ≤ k} λ_i / (c·μ),
 *
 * with classes listed most urgent first, C the Erlang C probability and a = Σλ_i/μ. Rates per the
 * same time unit; waits in that unit.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT when the total load reaches c.
 * @example
 * priorityMeanWaits([4.5, 4.5], 1, 10) // ≈ [0.1216, 1.2157]
 */
export function priorityMeanWaits(
  arrivalRates: readonly number[],
  serviceRate: number,
  agents: number,
): number[] {
  const total = checkPriorityInput(arrivalRates, serviceRate, agents);
  const capacity = agents * serviceRate;
  const base = erlangC(agents, total / serviceRate) / capacity;
  let before = 0;
  return arrivalRates.map((rate) => {
    const after = before + rate / capacity;
    const wait = base / ((1 - before) * (1 - after));
    before = after;
    return wait;
  });
}

/**
 * Mean delay per class (time in system minus work time: waiting before work plus time pre-empted)
 * in an M/M/c queue with preemptive-resume priority classes sharing one exponential work-time
 * distribution. Classes of lower urgency are invisible to class k, so classes 1…k together form a
 * FIFO M/M/c queue with rate Λ_k = Σ_{i≤k} λ_i, whose mean time in system T_{≤k} is Erlang C's
 * W + 1/μ; class k's own mean time in system then follows from
 * Λ_k·T_{≤k} = Λ_{k−1}·T_{≤k−1} + λ_k·T_k (Buzen & Bondi 1983, "The response times of priority
 * classes under preemptive resume in M/M/m queues", Operations Research 31(3):456–465).
 * Classes listed most urgent first; a class with no arrivals gets the delay a ticket of it would see.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT when the total load reaches c.
 * @example
 * preemptivePriorityMeanDelays([4.5, 4.5], 1, 10) // ≈ [0.0034, 1.334]
 */
export function preemptivePriorityMeanDelays(
  arrivalRates: readonly number[],
  serviceRate: number,
  agents: number,
): number[] {
  checkPriorityInput(arrivalRates, serviceRate, agents);
  const aggregateWait = (rate: number) =>
    rate > 0 ? erlangC(agents, rate / serviceRate) / (agents * serviceRate - rate) : 0;
  let before = 0;
  return arrivalRates.map((rate) => {
    const upTo = before + rate;
    const delay =
      rate > 0
        ? (upTo * aggregateWait(upTo) - before * aggregateWait(before)) / rate
        : aggregateWait(before) + derivativeGap(before, agents, serviceRate, aggregateWait);
    before = upTo;
    return delay;
  });
}

/** For a class with no arrivals: the limit of its delay as its rate → 0, d(Λ·W(Λ))/dΛ at Λ. */
function derivativeGap(
  rate: number,
  agents: number,
  serviceRate: number,
  wait: (rate: number) => number,
): number {
  const h = Math.max(rate, agents * serviceRate) * 1e-7;
  return (rate * (wait(rate + h) - wait(rate))) / h;
}

/**
 * Checks the inputs of the priority formulas and returns the total arrival rate.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT for negative rates, agents < 1, or a total
 *   load that reaches the agents (no steady state).
 */
function checkPriorityInput(
  arrivalRates: readonly number[],
  serviceRate: number,
  agents: number,
): number {
  checkPositive('serviceRate', serviceRate);
  checkAgents('agents', agents);
  arrivalRates.forEach((rate, i) => {
    checkPositive(`arrivalRates[${i}]`, rate, true);
  });
  const total = arrivalRates.reduce((sum, rate) => sum + rate, 0);
  if (total >= agents * serviceRate) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'arrivalRates',
      arrivalRates,
      `a total rate below agents × serviceRate (${agents * serviceRate})`,
    );
  }
  return total;
}
