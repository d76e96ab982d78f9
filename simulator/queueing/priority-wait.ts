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
  checkPositive('serviceRate', serviceRate);
  checkAgents('agents', agents);
  arrivalRates.forEach((rate, i) => {
    checkPositive(`arrivalRates[${i}]`, rate, true);
  });
  const total = arrivalRates.reduce((sum, rate) => sum + rate, 0);
  const capacity = agents * serviceRate;
  if (total >= capacity) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'arrivalRates',
      arrivalRates,
      `a total rate below agents × serviceRate (${capacity})`,
    );
  }
  const base = erlangC(agents, total / serviceRate) / capacity;
  let before = 0;
  return arrivalRates.map((rate) => {
    const after = before + rate / capacity;
    const wait = base / ((1 - before) * (1 - after));
    before = after;
    return wait;
  });
}
