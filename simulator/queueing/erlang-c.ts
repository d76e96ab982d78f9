import { fail, SIM_ERR } from '../errors.ts';
import { checkAgents, checkPositive } from './check-input.ts';
import { erlangB, logErlangB } from './erlang-b.ts';

/**
 * Erlang C: the probability that an arrival waits in an M/M/c queue with `agents` agents and
 * `offeredLoad` a < c Erlangs: C = c·B / (c − a·(1 − B)), B the Erlang B value
 * (Cooper, Introduction to Queueing Theory, 2nd ed., 1981, §3.5).
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT when a ≥ c (the queue grows without bound).
 * @example
 * erlangC(10, 9) // ≈ 0.6687
 */
export function erlangC(agents: number, offeredLoad: number): number {
  checkStable(agents, offeredLoad);
  const blocking = erlangB(agents, offeredLoad);
  return (agents * blocking) / (agents - offeredLoad * (1 - blocking));
}

/**
 * Natural logarithm of Erlang C, exact where C underflows:
 * ln C = ln c + ln B − ln(c − a·(1 − B)), with ln B from {@link logErlangB}.
 *
 * @example
 * logErlangC(10_000, 100) // ≈ −36157.2159266
 */
export function logErlangC(agents: number, offeredLoad: number): number {
  checkStable(agents, offeredLoad);
  const logBlocking = logErlangB(agents, offeredLoad);
  return (
    Math.log(agents) + logBlocking - Math.log(agents - offeredLoad * (1 - Math.exp(logBlocking)))
  );
}

/**
 * Mean wait in queue over all arrivals of an M/M/c queue (ASA), in the unit of
 * `meanWorkTime`: W = C(c, a) · s / (c − a).
 *
 * @example
 * erlangCMeanWait(10, 9, 1) // ≈ 0.6687
 */
export function erlangCMeanWait(agents: number, offeredLoad: number, meanWorkTime: number): number {
  checkPositive('meanWorkTime', meanWorkTime);
  return (erlangC(agents, offeredLoad) * meanWorkTime) / (agents - offeredLoad);
}

/**
 * Service level of an M/M/c queue: the probability that work starts within `targetTime`,
 * 1 − C(c, a) · exp(−(c − a) · t / s), times in the unit of `meanWorkTime`.
 *
 * @example
 * erlangCServiceLevel(10, 9, 1, 0) // ≈ 0.3313 (= 1 − C)
 */
export function erlangCServiceLevel(
  agents: number,
  offeredLoad: number,
  meanWorkTime: number,
  targetTime: number,
): number {
  checkPositive('meanWorkTime', meanWorkTime);
  checkPositive('targetTime', targetTime, true);
  const wait = erlangC(agents, offeredLoad);
  return 1 - wait * Math.exp((-(agents - offeredLoad) * targetTime) / meanWorkTime);
}

function checkStable(agents: number, offeredLoad: number): void {
  checkAgents('agents', agents);
  checkPositive('offeredLoad', offeredLoad, true);
  if (offeredLoad >= agents) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'offeredLoad',
      offeredLoad,
      `a load below the number of agents (${agents}); without abandonment the queue grows without bound`,
    );
  }
}
