import type { InputIssue } from '../errors.ts';
import { ALWAYS_ID } from './compile-calendars.ts';
import type { Scenario } from './schema.ts';

/**
 * Problems of meaning in a scenario's calendars, shifts and SLA clocks: a group with both or
 * neither of a headcount and shifts, duplicate or unknown calendar ids, holidays without a start
 * date, a start date that is not a Monday, dates that do not exist.
 */
export function timeIssues(scenario: Scenario): InputIssue[] {
  const issues: InputIssue[] = [];
  scenario.groups.forEach((group, i) => {
    if ((group.agents === undefined) === (group.shifts === undefined)) {
      issues.push({
        field: `groups[${i}]`,
        value: { agents: group.agents, shifts: group.shifts === undefined ? undefined : '[…]' },
        expected: 'either "agents" (a fixed headcount) or "shifts", not both and not neither',
      });
    }
  });
  const endOfDayStart = (field: string, start: string) => {
    if (start === '24:00')
      issues.push({ field, value: start, expected: 'a start time before "24:00" (use "00:00")' });
  };
  (scenario.calendars ?? []).forEach((c, i) => {
    endOfDayStart(`calendars[${i}].start`, c.start);
  });
  scenario.groups.forEach((group, i) => {
    (group.shifts ?? []).forEach((shift, j) => {
      endOfDayStart(`groups[${i}].shifts[${j}].start`, shift.start);
    });
  });
  const ids = (scenario.calendars ?? []).map((c) => c.id);
  ids.forEach((id, i) => {
    if (id === ALWAYS_ID || ids.indexOf(id) !== i) {
      issues.push({
        field: `calendars[${i}].id`,
        value: id,
        expected: 'an id used once and not "always" (built in)',
      });
    }
  });
  scenario.classes.forEach((c, i) => {
    const calendar = c.serviceLevel?.calendar;
    if (calendar !== undefined && calendar !== ALWAYS_ID && !ids.includes(calendar)) {
      issues.push({
        field: `classes[${i}].serviceLevel.calendar`,
        value: calendar,
        expected: `"always" or the id of a calendar (${ids.length === 0 ? 'none defined' : ids.join(', ')})`,
      });
    }
  });
  const classIds = scenario.classes.map((c) => c.id);
  (scenario.surges ?? []).forEach((surge, i) => {
    if (!classIds.includes(surge.class)) {
      issues.push({
        field: `surges[${i}].class`,
        value: surge.class,
        expected: `the id of a class (${classIds.join(', ')})`,
      });
    }
  });
  (scenario.contract?.penalties ?? []).forEach((penalty, i) => {
    if (!classIds.includes(penalty.class)) {
      issues.push({
        field: `contract.penalties[${i}].class`,
        value: penalty.class,
        expected: `the id of a class (${classIds.join(', ')})`,
      });
    }
  });
  if (scenario.contract?.pricePerUserMonth !== undefined && scenario.contract.users === undefined) {
    issues.push({
      field: 'contract.users',
      value: undefined,
      expected: 'the number of users supported, with pricePerUserMonth',
    });
  }
  const userCalendar = scenario.economics?.userCalendar;
  if (userCalendar !== undefined && userCalendar !== ALWAYS_ID && !ids.includes(userCalendar)) {
    issues.push({
      field: 'economics.userCalendar',
      value: userCalendar,
      expected: `"always" or the id of a calendar (${ids.length === 0 ? 'none defined' : ids.join(', ')})`,
    });
  }
  const startDate = scenario.run.startDate;
  if (startDate !== undefined) {
    const parsed = parseDate(startDate);
    if (parsed === null || parsed.getUTCDay() !== 1) {
      issues.push({
        field: 'run.startDate',
        value: startDate,
        expected: 'an existing date that is a Monday, "YYYY-MM-DD"',
      });
    }
  }
  (scenario.calendars ?? []).forEach((calendar, i) => {
    (calendar.holidays ?? []).forEach((date, j) => {
      if (startDate === undefined) {
        issues.push({
          field: `calendars[${i}].holidays[${j}]`,
          value: date,
          expected: 'no holiday unless run.startDate says which date the simulation starts on',
        });
      } else if (parseDate(date) === null) {
        issues.push({
          field: `calendars[${i}].holidays[${j}]`,
          value: date,
          expected: 'an existing date "YYYY-MM-DD"',
        });
      }
    });
  });
  return issues;
}

function parseDate(text: string): Date | null {
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
}
