import { PieceCursor } from './piece-cursor.ts';

const MINUTES_PER_HOUR = 60;
export const HOURS_PER_WEEK = 168;

/** Tallies by hour of the week: what workforce tools show as a heat map. */
export interface HourOfWeekValues {
  /** Tickets that arrived in each hour (after the warm-up). */
  arrived: number[];
  /** Of those, tickets whose wait is known (work started or abandoned). */
  waitKnown: number[];
  /** Of those, tickets that waited at all. */
  waited: number[];
  /** Tickets whose service-level outcome is known, and those that met their class's target. */
  slDecided: number[];
  slMet: number[];
  /** Agent-minutes spent working tickets in each hour. */
  busyMinutes: number[];
  /** Agent-minutes on duty in each hour (overtime to finish a ticket included). */
  onDutyMinutes: number[];
}

/**
 * Counts per hour of the week (hour 0 = Monday 00:00–01:00), over every week of the run: tickets
 * by the hour they arrived, agent time by the hour it was spent.
 */
export class HourOfWeekTally {
  readonly values: HourOfWeekValues = {
    arrived: zeros(),
    waitKnown: zeros(),
    waited: zeros(),
    slDecided: zeros(),
    slMet: zeros(),
    busyMinutes: zeros(),
    onDutyMinutes: zeros(),
  };

  /** The hour of the week of each interval's start. */
  private readonly cursor = hourCursor();

  /** Adds busy and on-duty agent-minutes over [from, to) to each hour the interval overlaps. */
  spreadAgents(from: number, to: number, busy: number, onDuty: number): void {
    const { busyMinutes, onDutyMinutes } = this.values;
    const cursor = this.cursor;
    const firstHour = cursor.at(from);
    if (to <= cursor.end) {
      busyMinutes[firstHour] = (busyMinutes[firstHour] as number) + busy * (to - from);
      onDutyMinutes[firstHour] = (onDutyMinutes[firstHour] as number) + onDuty * (to - from);
      return;
    }
    let start = from;
    while (start < to) {
      const hourIndex = Math.floor(start / MINUTES_PER_HOUR);
      const end = Math.min((hourIndex + 1) * MINUTES_PER_HOUR, to);
      const hour = hourIndex % HOURS_PER_WEEK;
      busyMinutes[hour] = (busyMinutes[hour] as number) + busy * (end - start);
      onDutyMinutes[hour] = (onDutyMinutes[hour] as number) + onDuty * (end - start);
      start = end;
    }
  }
}

/** A cursor over the hours of the week: `at(time)` is `hourOfWeek(time)`. */
export function hourCursor(): PieceCursor {
  return new PieceCursor(MINUTES_PER_HOUR, HOURS_PER_WEEK);
}

/** The hour of the week (0 = Monday 00:00–01:00) containing `time` (minutes). */
export function hourOfWeek(time: number): number {
  return Math.floor(time / MINUTES_PER_HOUR) % HOURS_PER_WEEK;
}

function zeros(): number[] {
  return new Array<number>(HOURS_PER_WEEK).fill(0);
}
