import { aggregateWork, groupWorkload } from '../scenario/aggregate-work.ts';
import { ALWAYS_ID, compileCalendars, shiftSchedule } from '../scenario/compile-calendars.ts';
import { hourlyArrivals } from '../scenario/hourly-arrivals.ts';
import type { Scenario } from '../scenario/schema.ts';
import { toMinutes } from '../units.ts';
import { intervalPlan } from './interval-plan.ts';
import type { StaffingTargets } from './required-agents.ts';

const HOURS_PER_WEEK = 168;

/** A group's staffing hour by hour of the week (Monday 00:00 first): what it needs and what it has. */
export interface HourlyStaffing {
  groupId: string;
  /**
   * Agents to roster each hour: Erlang C on the hour's load alone (SIPP), for every service-level
   * target of the classes that enter the group and the occupancy cap, the largest of them, then
   * ⌈agents / (1 − shrinkage)⌉. 0 in an hour where every such target's calendar is closed (the
   * work waits for business hours) or no ticket arrives.
   */
  requiredAgents: number[];
  /** Agents the scenario has on duty, the mean over each hour (shifts starting at :30 give halves). */
  scheduledAgents: number[];
}

/**
 * What a group needs against what it has, hour by hour of the week: the planning view of the
 * workforce tools (SIPP, Green, Kolesar & Soares 2001: each hour staffed as if stationary at its
 * own rate). A quick check beside the simulation, which stays the judge: SIPP ignores the backlog
 * carried from one hour to the next and the time tickets wait before a resolver group.
 *
 * @returns null when no ticket reaches the group.
 * @example
 * hourlyStaffing(scenario, 0)?.requiredAgents[9] // => agents needed Monday 09:00–10:00
 */
export function hourlyStaffing(
  scenario: Scenario,
  groupIndex: number,
  maxOccupancy = 0.85,
): HourlyStaffing | null {
  const group = scenario.groups[groupIndex];
  if (group === undefined) return null;
  const entry = scenario.groups.length === 1 ? aggregateWork(scenario) : null;
  const { visitsPerTicket, work } =
    entry === null ? groupWorkload(scenario, groupIndex) : { visitsPerTicket: 1, work: entry.work };
  if (work === null) return null;
  const arrivalsPerHour = hourlyArrivals(scenario.arrivals).map((rate) => rate * visitsPerTicket);
  const open = openHours(scenario, group.id);
  const plans = groupTargets(scenario, group.id, maxOccupancy).map((targets) =>
    intervalPlan({
      method: 'sipp',
      model: 'c',
      arrivalsPerHour,
      meanWorkMinutes: work.mean / (group.speed ?? 1),
      targets,
      shrinkage: group.shrinkage ?? 0,
    }),
  );
  const requiredAgents = Array.from({ length: HOURS_PER_WEEK }, (_, h) =>
    open[h] === false ? 0 : Math.max(0, ...plans.map((p) => p.intervals[h]?.rosteredAgents ?? 0)),
  );
  return { groupId: group.id, requiredAgents, scheduledAgents: scheduledByHour(group) };
}

/**
 * What a group's hourly requirement is staffed to: each service-level target of the classes
 * entering it (their first touch is its work), applied to its whole load, each with the occupancy
 * cap; just the cap for a group no class enters.
 */
export function groupTargets(
  scenario: Scenario,
  groupId: string,
  maxOccupancy: number,
): StaffingTargets[] {
  const targets = entering(scenario, groupId).flatMap((c) =>
    c.serviceLevel === undefined
      ? []
      : [
          {
            serviceLevel: {
              attainment: c.serviceLevel.attainment,
              targetMinutes: toMinutes(c.serviceLevel.targetTime, 'serviceLevel.targetTime'),
            },
            maxOccupancy,
          },
        ],
  );
  return targets.length === 0 ? [{ maxOccupancy }] : targets;
}

function entering(scenario: Scenario, groupId: string) {
  return scenario.classes.filter((c) => (c.entryGroup ?? scenario.groups[0]?.id) === groupId);
}

/**
 * Whether any target counts time in each hour: false only where every target of the classes
 * entering the group (for a resolver group, of the classes routed to it) is on a calendar closed
 * for the whole hour; true without targets.
 */
function openHours(scenario: Scenario, groupId: string): boolean[] {
  const first = entering(scenario, groupId);
  const classes =
    first.length > 0
      ? first
      : scenario.classes.filter((c) => (c.routing ?? []).some((r) => r.group === groupId));
  const ids = classes.flatMap((c) =>
    c.serviceLevel === undefined ? [] : [c.serviceLevel.calendar ?? ALWAYS_ID],
  );
  if (ids.length === 0 || ids.includes(ALWAYS_ID)) return new Array(HOURS_PER_WEEK).fill(true);
  const calendars = compileCalendars(scenario);
  return Array.from({ length: HOURS_PER_WEEK }, (_, h) =>
    ids.some((id) => (calendars.get(id)?.businessMinutesBetween(h * 60, h * 60 + 60) ?? 60) > 0),
  );
}

/** Agents on duty, the mean over each hour of the week. */
function scheduledByHour(group: Scenario['groups'][number]): number[] {
  if (group.shifts === undefined) return new Array(HOURS_PER_WEEK).fill(group.agents ?? 0);
  const { pieceMinutes, agents } = shiftSchedule(group.shifts);
  return Array.from({ length: HOURS_PER_WEEK }, (_, h) => {
    const start = h * 60;
    const end = start + 60;
    let sum = 0;
    for (let k = Math.floor(start / pieceMinutes); k * pieceMinutes < end; k++) {
      const overlap = Math.min(end, (k + 1) * pieceMinutes) - Math.max(start, k * pieceMinutes);
      sum += (agents[k % agents.length] ?? 0) * overlap;
    }
    return sum / 60;
  });
}
