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

const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(s|m|h|d|w)\s*$/;

/** The JSON-schema pattern a duration string must match (same as the parser's). */
export const DURATION_STRING_PATTERN = '^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*(s|m|h|d|w)\\s*$';

/** Words for what a duration should look like, used in error messages. */
export const DURATION_EXPECTED =
  'a duration such as "20s", "3m", "4h", "2d", "1w" or a number of minutes ≥ 0';

/** A duration as written in a scenario: a string with a unit, or plain minutes. */
export type Duration = string | number;

/**
 * Converts a duration to minutes. Strings carry a unit: s (seconds), m (minutes), h (hours),
 * d (days of 24 h), w (weeks of 7 d); numbers are minutes already.
 *
 * @throws SimulatorError SIM_ERR_INVALID_DURATION naming `field` when the value is not a
 *   non-negative finite duration.
 * @example
 * toMinutes('4h') // => 240
 * toMinutes('90s') // => 1.5
 * toMinutes(12) // => 12
 */
export function toMinutes(duration: Duration, field = 'duration'): number {
  if (typeof duration === 'number') {
    if (Number.isFinite(duration) && duration >= 0) return duration;
    return fail(SIM_ERR.INVALID_DURATION, field, duration, DURATION_EXPECTED);
  }
  const match = typeof duration === 'string' ? DURATION_PATTERN.exec(duration) : null;
  if (match === null) return fail(SIM_ERR.INVALID_DURATION, field, duration, DURATION_EXPECTED);
  const amount = Number(match[1]);
  const unit = match[2] as keyof typeof MINUTES_PER_UNIT;
  const minutes = amount * MINUTES_PER_UNIT[unit];
  if (!Number.isFinite(minutes)) {
    return fail(SIM_ERR.INVALID_DURATION, field, duration, DURATION_EXPECTED);
  }
  return minutes;
}

/**
 * Formats minutes in the unit a person would read: seconds under 2 minutes, minutes under
 * 2 hours, hours under 2 days, days beyond.
 *
 * @example
 * formatMinutes(0.5) // => '30 s'
 * formatMinutes(150) // => '2.5 h'
 */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return '–';
  const abs = Math.abs(minutes);
  if (abs < 2) return `${round(minutes * 60)} s`;
  if (abs < 120) return `${round(minutes)} min`;
  if (abs < 2880) return `${round(minutes / 60)} h`;
  return `${round(minutes / 1440)} d`;
}

function round(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return Number(value.toFixed(digits)).toString();
}
