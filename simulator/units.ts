import { fail, SIM_ERR } from './errors.ts';

/** Minutes in one unit of each duration suffix. */
export const MINUTES_PER_UNIT = {
  s: 1 / 60,
  m: 1,
  h: 60,
  d: 1440,
  w: 10080,
} as const;

/** Minutes in one week (the period of an hour-of-week profile). */
export const MINUTES_PER_WEEK = 10080;

const DURATION_PATTERN = /^\s*(?:(?:\d+(?:\.\d+)?|\.\d+)\s*[smhdw]\s*)+$/;
const DURATION_PART = /(\d+(?:\.\d+)?|\.\d+)\s*([smhdw])/g;

/** The JSON-schema pattern a duration string must match (same as the parser's). */
export const DURATION_STRING_PATTERN = '^\\s*((\\d+(\\.\\d+)?|\\.\\d+)\\s*[smhdw]\\s*)+$';

/** Words for what a duration should look like, used in error messages. */
export const DURATION_EXPECTED =
  'a duration such as "20s", "3m", "4h", "2d", "1w", "2w1d9h" or a number of minutes from 0 to 100 years';

/** The longest duration accepted anywhere: 100 years of 365 days, in minutes. */
export const MAX_DURATION_MINUTES = 100 * 365 * 1440;

/** A duration as written in a scenario: a string with a unit, or plain minutes. */
export type Duration = string | number;

/**
 * Converts a duration to minutes. Strings carry units: s (seconds), m (minutes), h (hours),
 * d (days of 24 h), w (weeks of 7 d), alone or added up ("2w1d9h" is Tuesday 09:00 of week 3);
 * numbers are minutes already.
 *
 * @throws SimulatorError SIM_ERR_INVALID_DURATION naming `field` when the value is not a
 *   duration from 0 to 100 years (longer ones are always typing mistakes).
 * @example
 * toMinutes('4h') // => 240
 * toMinutes('90s') // => 1.5
 * toMinutes(12) // => 12
 */
export function toMinutes(duration: Duration, field = 'duration'): number {
  if (typeof duration === 'number') {
    if (duration >= 0 && duration <= MAX_DURATION_MINUTES) return duration;
    return fail(SIM_ERR.INVALID_DURATION, field, duration, DURATION_EXPECTED);
  }
  if (typeof duration !== 'string' || duration.length > 100 || !DURATION_PATTERN.test(duration)) {
    return fail(SIM_ERR.INVALID_DURATION, field, duration, DURATION_EXPECTED);
  }
  let minutes = 0;
  for (const [, amount, unit] of duration.matchAll(DURATION_PART)) {
    minutes += Number(amount) * MINUTES_PER_UNIT[unit as keyof typeof MINUTES_PER_UNIT];
  }
  if (!(minutes <= MAX_DURATION_MINUTES)) {
    return fail(SIM_ERR.INVALID_DURATION, field, duration, DURATION_EXPECTED);
  }
  return minutes;
}

/**
 * Formats minutes in the unit a person would read (see {@link readableUnit}).
 *
 * @example
 * formatMinutes(0.5) // => '30 s'
 * formatMinutes(150) // => '2.5 h'
 */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return '–';
  const unit = readableUnit(minutes);
  return `${round(minutes / unit.minutes)} ${unit.symbol}`;
}

/** A unit to show durations in, with its length in minutes. */
export interface DisplayUnit {
  symbol: 's' | 'min' | 'h' | 'd';
  minutes: number;
}

/**
 * The unit a person would read `minutes` in: seconds under 2 minutes, minutes under 2 hours,
 * hours under 2 days, days beyond. Show a value and its interval in one unit.
 *
 * @example
 * readableUnit(150) // => { symbol: 'h', minutes: 60 }
 */
export function readableUnit(minutes: number): DisplayUnit {
  const abs = Math.abs(minutes);
  if (abs < 2) return { symbol: 's', minutes: 1 / 60 };
  if (abs < 120) return { symbol: 'min', minutes: 1 };
  if (abs < 2880) return { symbol: 'h', minutes: 60 };
  return { symbol: 'd', minutes: 1440 };
}

/**
 * A number for display: no decimals from 100, one from 10, two below, two significant digits
 * below 0.1.
 *
 * @example
 * round(6.7347) // => '6.73'
 * round(0.0043) // => '0.0043'
 */
export function round(value: number): string {
  const abs = Math.abs(value);
  if (abs > 0 && abs < 0.1) return Number(value.toPrecision(2)).toString();
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return Number(value.toFixed(digits)).toString();
}
