import { ALWAYS, type CalendarSpec, WorkingCalendar } from '../calendar/working-calendar.ts';
import type { AgentSchedule } from '../engine/engine-model.ts';
import type { Scenario } from './schema.ts';
import {
  type CalendarDefinition,
  clockMinutes,
  DAY_NAMES,
  type DayName,
  type Shift,
} from './time-schema.ts';

const DAY = 1440;
const WEEK = 10080;
const WEEKDAYS: readonly DayName[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** The id of the built-in calendar that is always open. */
export const ALWAYS_ID = 'always';

/** Days since run.startDate of a "YYYY-MM-DD" date (UTC calendar arithmetic, no time zones). */
export function daysSince(startDate: string, date: string): number {
  return Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000,
  );
}

/** Minutes between `start` and `end` times of day; an end at or before the start runs past midnight. */
function span(start: string, end: string): { from: number; to: number } {
  const from = clockMinutes(start);
  const to = clockMinutes(end);
  return { from, to: to > from ? to : to + DAY };
}

/** A calendar definition of a scenario as the simulator's working calendar. */
export function toCalendarSpec(
  definition: CalendarDefinition,
  startDate: string | undefined,
): CalendarSpec {
  const { from, to } = span(definition.start, definition.end);
  const offset = definition.timeOffset === undefined ? 0 : offsetMinutes(definition.timeOffset);
  return {
    periods: (definition.days ?? WEEKDAYS).map((day) => ({
      day: DAY_NAMES.indexOf(day),
      startMinute: from,
      endMinute: to,
    })),
    holidays:
      startDate === undefined
        ? []
        : (definition.holidays ?? []).map((date) => daysSince(startDate, date)),
    offsetMinutes: offset,
  };
}

function offsetMinutes(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * clockMinutes(text.slice(1));
}

/** Every calendar of a scenario by id, "always" included. */
export function compileCalendars(scenario: Scenario): Map<string, WorkingCalendar> {
  const calendars = new Map<string, WorkingCalendar>([[ALWAYS_ID, new WorkingCalendar(ALWAYS)]]);
  (scenario.calendars ?? []).forEach((definition, i) => {
    calendars.set(
      definition.id,
      new WorkingCalendar(toCalendarSpec(definition, scenario.run.startDate), `calendars[${i}]`),
    );
  });
  return calendars;
}

/**
 * Agents on duty through the week from a group's shifts: pieces as long as the greatest common
 * divisor of all shift times (so a shift at 08:30 gives half-hour pieces), each counting the
 * agents of every shift covering it; a shift past midnight runs into the next day, and Sunday's
 * into Monday.
 */
export function shiftSchedule(shifts: readonly Shift[]): AgentSchedule {
  let piece = DAY;
  for (const shift of shifts) {
    for (const time of [clockMinutes(shift.start), clockMinutes(shift.end)])
      piece = gcd(piece, time % DAY || DAY);
  }
  const agents = new Int32Array(WEEK / piece);
  for (const shift of shifts) {
    const { from, to } = span(shift.start, shift.end);
    for (const day of shift.days ?? WEEKDAYS) {
      const start = DAY_NAMES.indexOf(day) * DAY + from;
      for (let minute = start; minute < start - from + to; minute += piece) {
        const index = Math.floor((minute % WEEK) / piece);
        agents[index] = (agents[index] as number) + shift.agents;
      }
    }
  }
  return { pieceMinutes: piece, agents };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
