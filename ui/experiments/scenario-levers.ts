import type { Scenario } from '../../simulator/index.ts';

/** What a lever changes: a headcount, a target time, a target attainment or the ticket volume. */
export type LeverKind = 'agents' | 'target-time' | 'attainment' | 'volume';

/** The headings levers are listed under, in order. */
export const LEVER_SECTIONS = ['Headcount', 'Service-level targets', 'Ticket volume'] as const;
export type LeverSection = (typeof LEVER_SECTIONS)[number];

/**
 * One thing a manager can change in a scenario, named in plain words, with the path a variant
 * sets (the syntax of the simulator's applyVariant) and the value the scenario has now.
 */
export interface Lever {
  path: string;
  kind: LeverKind;
  section: LeverSection;
  /** What it is, in plain words: "Service desk", "Service desk, Mon–Fri 07:30–16:00", "P2 high target". */
  subject: string;
  /** The value in the scenario now, as written there (a number, or a duration such as "4h"). */
  current: unknown;
  /** The least value allowed: 1 agent for a fixed headcount, 0 on a shift; 0 otherwise. */
  min: number;
}

/** Day abbreviations in the week's order, Monday first (the simulator's DAY_NAMES). */
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** The days a shift works when it names none (the simulator's default). */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * The path of a field of a list item found by its id, quoting the id when it could read as an
 * index or a path (as the simulator's groupPath does).
 *
 * @example
 * itemPath('classes', 'P2', 'serviceLevel.targetTime') // => 'classes[P2].serviceLevel.targetTime'
 * itemPath('groups', 'l1.desk', 'agents') // => 'groups["l1.desk"].agents'
 */
export function itemPath(list: string, id: string, rest: string): string {
  const quoted = /^\d+$/.test(id) || id.includes('.');
  return quoted ? `${list}["${id}"].${rest}` : `${list}[${id}].${rest}`;
}

/**
 * Days as a person writes them: a run of consecutive days as "Mon–Fri", all seven as
 * "every day", others listed.
 *
 * @example
 * dayRange(['mon', 'tue', 'wed', 'thu', 'fri']) // => 'Mon–Fri'
 * dayRange(['sat', 'sun', 'mon']) // => 'Mon, Sat, Sun'
 */
export function dayRange(days: readonly string[]): string {
  const indexes = DAYS.map((day, i) => (days.includes(day) ? i : -1)).filter((i) => i >= 0);
  const name = (i: number) => {
    const day = DAYS[i] as string;
    return day.charAt(0).toUpperCase() + day.slice(1);
  };
  if (indexes.length === 7) return 'every day';
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  if (first === undefined || last === undefined) return '';
  const consecutive = last - first === indexes.length - 1;
  if (consecutive && indexes.length >= 3) return `${name(first)}–${name(last)}`;
  return indexes.map(name).join(', ');
}

/**
 * The levers of a scenario, in the order a manager reads them: each group's headcount (each
 * shift's, where the group works shifts), each class's target time and attainment, and the
 * ticket volume.
 *
 * @example
 * scenarioLevers(smallServiceDesk)[0]
 * // => { path: 'groups[desk].agents', kind: 'agents', section: 'Headcount', subject: 'Service desk', current: 4, min: 1 }
 */
export function scenarioLevers(scenario: Scenario): Lever[] {
  return [...headcountLevers(scenario), ...targetLevers(scenario), volumeLever(scenario)];
}

function headcountLevers(scenario: Scenario): Lever[] {
  return scenario.groups.flatMap((group): Lever[] => {
    const name = group.name ?? group.id;
    const section = 'Headcount';
    if (group.shifts === undefined) {
      const path = itemPath('groups', group.id, 'agents');
      return [{ path, kind: 'agents', section, subject: name, current: group.agents, min: 1 }];
    }
    return group.shifts.map((shift, j) => {
      const hours = `${dayRange(shift.days ?? WEEKDAYS)} ${shift.start}–${shift.end}`;
      const when = shift.name === undefined ? hours : `${shift.name} (${hours})`;
      return {
        path: itemPath('groups', group.id, `shifts[${j}].agents`),
        kind: 'agents',
        section,
        subject: `${name}, ${when}`,
        current: shift.agents,
        min: 0,
      };
    });
  });
}

function targetLevers(scenario: Scenario): Lever[] {
  return scenario.classes.flatMap((ticketClass): Lever[] => {
    const target = ticketClass.serviceLevel;
    if (target === undefined) return [];
    const name = ticketClass.name ?? ticketClass.id;
    const section = 'Service-level targets';
    return [
      {
        path: itemPath('classes', ticketClass.id, 'serviceLevel.targetTime'),
        kind: 'target-time',
        section,
        subject: `${name} target`,
        current: target.targetTime,
        min: 0,
      },
      {
        path: itemPath('classes', ticketClass.id, 'serviceLevel.attainment'),
        kind: 'attainment',
        section,
        subject: `${name} share on time`,
        current: target.attainment,
        min: 0,
      },
    ];
  });
}

function volumeLever(scenario: Scenario): Lever {
  const arrivals = scenario.arrivals;
  const perWeek = arrivals.kind === 'hour-of-week';
  return {
    path: perWeek ? 'arrivals.ticketsPerWeek' : 'arrivals.ticketsPerHour',
    kind: 'volume',
    section: 'Ticket volume',
    subject: 'Ticket volume',
    current: perWeek ? arrivals.ticketsPerWeek : arrivals.ticketsPerHour,
    min: 0,
  };
}

/** The unit words of a lever's volume: tickets a week or an hour, as the scenario gives them. */
export function volumeUnit(path: string): string {
  return path.endsWith('ticketsPerWeek') ? 'tickets a week' : 'tickets an hour';
}
