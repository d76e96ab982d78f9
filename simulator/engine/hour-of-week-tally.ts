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
  private readonly cursor = new HourCursor();

  /** Adds busy and on-duty agent-minutes over [from, to) to each hour the interval overlaps. */
  spreadAgents(from: number, to: number, busy: number, onDuty: number): void {
    const { busyMinutes, onDutyMinutes } = this.values;
    const cursor = this.cursor;
    const firstHour = cursor.hourOfWeek(from);
    if (to <= cursor.hourEnd) {
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

/**
 * `hourOfWeek` that remembers the hour it last answered, [hourStart, hourEnd) in minutes: the
 * engine asks about times close together, and a time inside that hour needs no division. The
 * answers are the same: for any time in [60h, 60(h + 1)) the quotient time / 60 rounds to a
 * number below h + 1 (it falls short of h + 1 by at least 32/60 of a unit in its last place,
 * more than the half a unit rounding can add), so Math.floor gives h.
 */
export class HourCursor {
  hourStart = 0;
  hourEnd = 0;
  private hour = 0;

  hourOfWeek(time: number): number {
    if (time < this.hourStart || time >= this.hourEnd) {
      const hours = Math.floor(time / MINUTES_PER_HOUR);
      this.hourStart = hours * MINUTES_PER_HOUR;
      this.hourEnd = (hours + 1) * MINUTES_PER_HOUR;
      this.hour = hours % HOURS_PER_WEEK;
    }
    return this.hour;
  }
}

/** The hour of the week (0 = Monday 00:00–01:00) containing `time` (minutes). */
export function hourOfWeek(time: number): number {
  return Math.floor(time / MINUTES_PER_HOUR) % HOURS_PER_WEEK;
}

function zeros(): number[] {
  return new Array<number>(HOURS_PER_WEEK).fill(0);
}
