import type { EngineGroup, EngineRoute } from '../engine/engine-model.ts';
import { createDistribution } from '../random/create-distribution.ts';
import { toMinutes } from '../units.ts';
import { shiftSchedule } from './compile-calendars.ts';
import type { Group, Scenario } from './schema.ts';

/**
 * A scenario's group as the engine's group: its agents or shifts, and the waiting-line level of
 * each class under its discipline. "fifo": one line. "priority" and "preemptive": a line per
 * priority (1 first; a class without one ranks after all that have one), FIFO within it.
 * "edf" and "cherry-pick": a line per class, the agent choosing among their fronts.
 */
export function compileGroup(group: Group, scenario: Scenario): EngineGroup {
  const discipline = group.discipline ?? 'fifo';
  const byPriority = discipline === 'priority' || discipline === 'preemptive';
  const perClass = discipline === 'edf' || discipline === 'cherry-pick';
  const priorities = scenario.classes.map((c) => c.priority ?? 100);
  const distinct = [...new Set(priorities)].sort((a, b) => a - b);
  return {
    id: group.id,
    agents: group.agents ?? 0,
    schedule: group.shifts === undefined ? null : shiftSchedule(group.shifts),
    levels: perClass ? scenario.classes.length : byPriority ? distinct.length : 1,
    classLevels: Int32Array.from(priorities, (priority, i) =>
      perClass ? i : byPriority ? distinct.indexOf(priority) : 0,
    ),
    preemptive: discipline === 'preemptive',
    handOverAtShiftEnd: group.atShiftEnd === 'hand-over',
    speed: group.speed ?? 1,
    shrinkage: group.shrinkage ?? 0,
    selection: perClass
      ? { rule: discipline, cherryPickProbability: group.cherryPickProbability ?? 1 }
      : null,
    costPerAgentHour: group.costPerAgentHour ?? null,
    crossTrained: (group.crossTrained ?? []).map((entry) => ({
      group: scenario.groups.findIndex((g) => g.id === entry.group),
      agents: entry.agents,
    })),
    projectWork:
      group.projectWork === undefined
        ? null
        : {
            policy: group.projectWork.policy,
            rotaAgents: group.projectWork.rotaAgents ?? 1,
            reviewEveryMinutes: toMinutes(
              group.projectWork.reviewEvery ?? 0,
              'groups[].projectWork.reviewEvery',
            ),
            refocusMinutes: toMinutes(
              group.projectWork.refocusTime ?? 0,
              'groups[].projectWork.refocusTime',
            ),
          },
  };
}

/** Each class's entry group (index), and its route at each group (null where it has none). */
export function compileRoutes(
  scenario: Scenario,
): { entryGroup: number; routes: (EngineRoute | null)[] }[] {
  const index = (id: string) => scenario.groups.findIndex((g) => g.id === id);
  return scenario.classes.map((ticketClass, i) => {
    const routes: (EngineRoute | null)[] = scenario.groups.map(() => null);
    (ticketClass.routing ?? []).forEach((route, j) => {
      routes[index(route.group)] = {
        work:
          route.workTime === undefined
            ? null
            : createDistribution(route.workTime, `classes[${i}].routing[${j}].workTime`),
        escalate: (route.escalate ?? []).map((step) => ({
          to: index(step.to),
          probability: step.probability,
        })),
      };
    });
    return {
      entryGroup: ticketClass.entryGroup === undefined ? 0 : index(ticketClass.entryGroup),
      routes,
    };
  });
}
