import { fail, SIM_ERR } from '../errors.ts';

const DAY = 1440;
const WEEK = 10080;

/** A working-time calendar as the simulator uses it: all times in minutes of the simulation clock. */
export interface CalendarSpec {
  /** Open periods of the week in local time: day 0 = Monday, minutes from local midnight. */
  periods: readonly { day: number; startMinute: number; endMinute: number }[];
  /** Days (counted from day 0 of the simulation, local time) when the calendar is closed all day. */
  holidays?: readonly number[];
  /** Local time minus simulation time, minutes (e.g. +330 for a team 5½ hours ahead). */
  offsetMinutes?: number;
}

/**
 * A working-time calendar: which minutes are business minutes, how many fall between two times,
 * and when a business-time deadline falls. Built from weekly open periods in local time, shifted
 * by the team's offset, less whole-day holidays. Everything rests on F(t), the business minutes
 * in [0, t): monotone, piecewise linear, so a deadline is its inverse.
 *
 * @example
 * const office = new WorkingCalendar({ periods: [0, 1, 2, 3, 4].map((day) => ({ day, startMinute: 480, endMinute: 1080 })) });
 * office.businessMinutesBetween(1020, 1440 + 540) // => 120 (Monday 17:00 → Tuesday 09:00: 1 h + 1 h)
 */
export class WorkingCalendar {
  /** Open intervals within one week of simulation time, sorted, non-overlapping, in [0, WEEK). */
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  /** Business minutes before each interval within the week. */
  private readonly before: Float64Array;
  private readonly perWeek: number;
  /** Holiday closures in simulation time, sorted: [start, end) and the business minutes they remove. */
  private readonly holidays: {
    start: number;
    end: number;
    removed: number;
    removedBefore: number;
  }[];

  constructor(spec: CalendarSpec, field = 'calendar') {
    const offset = spec.offsetMinutes ?? 0;
    const intervals: [number, number][] = [];
    spec.periods.forEach((period, i) => {
      const { day, startMinute, endMinute } = period;
      if (
        !(
          Number.isInteger(day) &&
          day >= 0 &&
          day < 7 &&
          startMinute >= 0 &&
          endMinute > startMinute &&
          endMinute <= 2 * DAY
        )
      ) {
        fail(
          SIM_ERR.INVALID_SCENARIO,
          `${field}.periods[${i}]`,
          period,
          'a day 0–6 and a start before the end (an end past midnight runs into the next day)',
        );
      }
      splitIntoWeek(day * DAY + startMinute - offset, day * DAY + endMinute - offset, intervals);
    });
    const merged = mergeIntervals(intervals);
    this.starts = Float64Array.from(merged, (interval) => interval[0]);
    this.ends = Float64Array.from(merged, (interval) => interval[1]);
    let running = 0;
    this.before = Float64Array.from(merged, ([start, end]) => {
      const value = running;
      running += end - start;
      return value;
    });
    this.perWeek = running;
    this.holidays = [];
    let removedBefore = 0;
    for (const day of [...new Set(spec.holidays ?? [])].sort((a, b) => a - b)) {
      const start = day * DAY - offset;
      const end = start + DAY;
      const removed = this.rawBetween(start, end);
      this.holidays.push({ start, end, removed, removedBefore });
      removedBefore += removed;
    }
  }

  /** True when `time` is a business minute. */
  isOpen(time: number): boolean {
    return this.businessMinutesBefore(time + 1e-9) > this.businessMinutesBefore(time);
  }

  /** Business minutes in [0, time). */
  businessMinutesBefore(time: number): number {
    let value = this.rawBefore(time);
    for (const holiday of this.holidays) {
      if (holiday.start >= time) break;
      value -= time >= holiday.end ? holiday.removed : this.rawBetween(holiday.start, time);
    }
    return value;
  }

  /** Business minutes in [from, to). */
  businessMinutesBetween(from: number, to: number): number {
    return to <= from ? 0 : this.businessMinutesBefore(to) - this.businessMinutesBefore(from);
  }

  /**
   * The earliest time by which `minutes` business minutes have passed since `from`: a deadline on
   * this calendar (exact: F is piecewise linear with slope 0 or 1). Infinity when the calendar has
   * no business time.
   */
  addBusinessMinutes(from: number, minutes: number): number {
    if (minutes <= 0) return from;
    if (this.perWeek === 0) return Number.POSITIVE_INFINITY;
    const target = this.businessMinutesBefore(from) + minutes;
    let time = Math.max(from, this.rawInverse(target));
    for (let deficit = target - this.businessMinutesBefore(time); deficit > 1e-9; ) {
      // Inside a holiday no business time passes: jump to its end before going on.
      const holiday = this.holidays.find((h) => h.start <= time && time < h.end);
      if (holiday !== undefined) time = holiday.end;
      time = this.rawInverse(this.rawBefore(time) + (target - this.businessMinutesBefore(time)));
      deficit = target - this.businessMinutesBefore(time);
    }
    return time;
  }

  /** Business minutes a week (holidays aside). */
  get minutesPerWeek(): number {
    return this.perWeek;
  }

  /** Business minutes in [0, time) ignoring holidays. */
  private rawBefore(time: number): number {
    const weeks = Math.floor(time / WEEK);
    const within = time - weeks * WEEK;
    let value = weeks * this.perWeek;
    const { starts, ends, before } = this;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) < within) low = mid + 1;
      else high = mid;
    }
    const i = low - 1;
    if (i >= 0)
      value += (before[i] as number) + Math.min(within, ends[i] as number) - (starts[i] as number);
    return value;
  }

  /** The smallest time t with rawBefore(t) ≥ minutes (holidays ignored). */
  private rawInverse(minutes: number): number {
    if (minutes <= 0) return 0;
    const weeks = Math.ceil(minutes / this.perWeek) - 1;
    const rest = minutes - weeks * this.perWeek;
    const { starts, ends, before } = this;
    let i = 0;
    while (
      i + 1 < starts.length &&
      (before[i] as number) + (ends[i] as number) - (starts[i] as number) < rest
    )
      i++;
    return weeks * WEEK + (starts[i] as number) + rest - (before[i] as number);
  }

  private rawBetween(from: number, to: number): number {
    return this.rawBefore(to) - this.rawBefore(from);
  }
}

/** The always-open calendar: every minute is a business minute. */
export const ALWAYS: CalendarSpec = {
  periods: Array.from({ length: 7 }, (_, day) => ({ day, startMinute: 0, endMinute: DAY })),
};

/** Adds [start, end) — at most two days long — to `out`, folded into one week. */
function splitIntoWeek(start: number, end: number, out: [number, number][]): void {
  const shift = Math.floor(start / WEEK) * WEEK;
  const from = start - shift;
  const to = end - shift;
  out.push([from, Math.min(to, WEEK)]);
  if (to > WEEK) out.push([0, to - WEEK]);
}

function mergeIntervals(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
