import { isSimulatorError } from '../errors.ts';
import { groupWorkload } from '../scenario/aggregate-work.ts';
import { expectedArrivals } from '../scenario/expected-arrivals.ts';
import type { Scenario } from '../scenario/schema.ts';
import { requiredAgents } from '../staffing/required-agents.ts';
import { toMinutes } from '../units.ts';
import type { Decision } from './optimisation-types.ts';

/**
 * Per group, Erlang C on the group's visits and mean work: for a group some class enters, the
 * fewest agents meeting the strictest service-level target of the classes entering it; otherwise
 * the fewest keeping occupancy under the cap; then rostered with the group's shrinkage. A shift
 * keeps the scenario's value: the pattern is the manager's, the search scales it.
 */
export function analyticStart(
  base: Scenario,
  decisions: readonly Decision[],
  maxOccupancy: number,
): number[] {
  const horizon = toMinutes(base.run.horizon, 'run.horizon');
  const deflected = base.knowledgeBase?.deflection ?? 0;
  const ticketsPerMinute = (expectedArrivals(base.arrivals, horizon) / horizon) * (1 - deflected);
  return decisions.map((decision) => {
    const g = base.groups.findIndex((group) => group.id === decision.group);
    const group = base.groups[g];
    if (group === undefined) return decision.min;
    if (decision.shift !== null) return group.shifts?.[decision.shift]?.agents ?? decision.min;
    const { visitsPerTicket, work } = groupWorkload(base, g);
    if (work === null) return decision.min;
    const entering = base.classes.filter(
      (c) => (c.entryGroup ?? base.groups[0]?.id) === group.id && c.serviceLevel !== undefined,
    );
    const speed = group.speed ?? 1;
    const shrinkage = group.shrinkage ?? 0;
    const agentsFor = (serviceLevel?: { attainment: number; targetMinutes: number }) =>
      requiredAgents({
        model: 'c',
        arrivalsPerMinute: ticketsPerMinute * visitsPerTicket,
        meanWorkMinutes: work.mean / speed,
        targets: serviceLevel === undefined ? { maxOccupancy } : { serviceLevel, maxOccupancy },
        shrinkage,
      }).rosteredAgents;
    const needs = entering.flatMap((c) => {
      const need = orNull(() =>
        agentsFor({
          attainment: c.serviceLevel?.attainment ?? 0,
          targetMinutes: toMinutes(c.serviceLevel?.targetTime ?? 0, 'serviceLevel.targetTime'),
        }),
      );
      return need === null ? [] : [need];
    });
    return Math.max(decision.min, orNull(agentsFor) ?? decision.min, ...needs);
  });
}

/** Erlang C's answer, or null where it has none (an attainment of 1, an unstable load…). */
function orNull(answer: () => number): number | null {
  try {
    return answer();
  } catch (error) {
    if (isSimulatorError(error)) return null;
    throw error;
  }
}
