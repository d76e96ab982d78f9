import { checkAgents, checkPositive } from './check-input.ts';

/**
 * Erlang B: the probability that an arrival finds all `agents` busy in a loss system (M/M/c/c)
 * with `offeredLoad` Erlangs (arrival rate × mean work time). Computed by the stable recursion
 * B(0) = 1, B(n) = a·B(n−1) / (n + a·B(n−1)) (Jagerman 1974), which never forms a factorial.
 * Values below ~1e−308 underflow to 0; use {@link logErlangB} for those.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT for agents < 1 or a negative load.
 * @example
 * erlangB(10, 5) // ≈ 0.0183846
 */
export function erlangB(agents: number, offeredLoad: number): number {
  checkAgents('agents', agents);
  checkPositive('offeredLoad', offeredLoad, true);
  let blocking = 1;
  for (let n = 1; n <= agents; n++)
    blocking = (offeredLoad * blocking) / (n + offeredLoad * blocking);
  return blocking;
}

/**
 * Natural logarithm of Erlang B, exact where B itself underflows: with L(n) = ln(1/B(n)), the
 * recursion 1/B(n) = 1 + (n/a)·(1/B(n−1)) becomes L(n) = softplus(ln(n/a) + L(n−1)), computed as
 * x + log1p(e^−x) so that nothing overflows.
 *
 * @example
 * logErlangB(10_000, 200) // ≈ −29325.7541713
 */
export function logErlangB(agents: number, offeredLoad: number): number {
  checkAgents('agents', agents);
  checkPositive('offeredLoad', offeredLoad);
  const logLoad = Math.log(offeredLoad);
  let inverseLog = 0;
  for (let n = 1; n <= agents; n++) {
    const x = Math.log(n) - logLoad + inverseLog;
    inverseLog = x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }
  return -inverseLog;
}
