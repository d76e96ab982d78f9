import type { Scenario } from './schema.ts';

/**
 * Expected visits of a ticket of class `classIndex` to each group (in scenario order), counting
 * escalations and reopenings, by iterating v = e + Pᵀ·v from its entry group. The iteration stops
 * once the visits added per step fall below 1e-12, or once the total passes `limit` (routes that
 * barely ever resolve), in which case the partial sums are returned with `converged` false.
 */
export function expectedVisits(
  scenario: Scenario,
  classIndex: number,
  limit: number,
): { visits: number[]; total: number; converged: boolean } {
  const groups = scenario.groups.map((g) => g.id);
  const ticketClass = scenario.classes[classIndex];
  if (ticketClass === undefined) return { visits: groups.map(() => 0), total: 0, converged: true };
  const moves = groups.map((id) => {
    const route = (ticketClass.routing ?? []).find((r) => r.group === id);
    return (route?.escalate ?? []).map((step) => ({
      to: groups.indexOf(step.to),
      probability: step.probability,
    }));
  });
  const reopen = ticketClass.reopenProbability ?? 0;
  const entry = ticketClass.entryGroup === undefined ? 0 : groups.indexOf(ticketClass.entryGroup);
  let visits: number[] = groups.map((_, g) => (g === entry ? 1 : 0));
  let flow: number[] = [...visits];
  let total = 1;
  for (let step = 0; step < 10_000 && total <= limit; step++) {
    const next = groups.map(() => 0);
    flow.forEach((mass, g) => {
      let resolved = mass;
      for (const move of moves[g] ?? []) {
        next[move.to] = (next[move.to] as number) + mass * move.probability;
        resolved -= mass * move.probability;
      }
      next[entry] = (next[entry] as number) + resolved * reopen;
    });
    flow = next;
    const added = next.reduce((sum, m) => sum + m, 0);
    visits = visits.map((v, g) => v + (next[g] as number));
    total += added;
    if (added < 1e-12) return { visits, total, converged: true };
  }
  return { visits, total, converged: total <= limit };
}
