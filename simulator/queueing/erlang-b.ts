import { checkAgents, checkPositive } from './check-input.ts';

/**
 * Erlang B: the probability that an arrival finds all `agents` busy in a loss system (M/M/c/c)
 * with `offeredLoad` Erlangs (arrival rate × mean work time). Computed by the stable recursion
 * B(0) = 1, B(n) = a·B(n−1) / (n + a·B(n−1)) (Jagerman 1974), which never forms a factorial.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT for agents < 1 or a negative load.
 * @example
 * erlangB(10, 5) // ≈ 0.018385 (standard Erlang B table)
 */
export function erlangB(agents: number, offeredLoad: number): number {
  checkAgents('agents', agents);
  checkPositive('offeredLoad', offeredLoad, true);
  let blocking = 1;
  for (let n = 1; n <= agents; n++)
    blocking = (offeredLoad * blocking) / (n + offeredLoad * blocking);
  return blocking;
}
