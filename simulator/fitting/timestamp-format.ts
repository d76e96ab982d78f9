import { DateTime, IANAZone } from 'luxon';
import { fail, SIM_ERR } from '../errors.ts';

/** How a column's timestamps are written, found from a sample of its values. */
export interface TimestampFormat {
  /** "iso" (ISO 8601 or SQL style, with or without an offset), "epoch-seconds", "epoch-ms", or a luxon pattern. */
  pattern: string;
  /** Set when the sample could be read two ways (day/month or month/day): what was chosen and why. */
  warning: string | null;
}

/**
 * Patterns tried, in order, after ISO and epoch numbers: day-first before month-first, so that a
 * date both can read is read day-first (and a warning says so).
 */
const PATTERNS = [
  'd/M/yyyy H:mm:ss',
  'd/M/yyyy H:mm',
  'd.M.yyyy H:mm:ss',
  'd.M.yyyy H:mm',
  'd-M-yyyy H:mm:ss',
  'd-M-yyyy H:mm',
  'M/d/yyyy h:mm:ss a',
  'M/d/yyyy h:mm a',
  'M/d/yyyy H:mm:ss',
  'M/d/yyyy H:mm',
  'yyyy/M/d H:mm:ss',
  'yyyy/M/d H:mm',
  'd/M/yyyy',
  'd.M.yyyy',
  'M/d/yyyy',
  'yyyy/M/d',
];

/** The same pattern with days and months swapped: "d/M/yyyy" ↔ "M/d/yyyy". */
function swapDayMonth(pattern: string): string {
  return pattern.replace(/d+|M+/g, (t) => (t[0] === 'd' ? 'M' : 'd').repeat(t.length));
}

/**
 * Checks an IANA time-zone name ("Europe/Rome", "UTC").
 *
 * @throws SimulatorError SIM_ERR_INVALID_TICKET_DATA naming `timezone`.
 */
export function checkTimeZone(zone: string): string {
  if (!IANAZone.isValidZone(zone)) {
    fail(
      SIM_ERR.INVALID_TICKET_DATA,
      'timezone',
      zone,
      'an IANA time zone such as "Europe/Rome" or "UTC"',
    );
  }
  return zone;
}

/**
 * The format that reads most values of a sample (at least half; the rest are bad rows): ISO 8601
 * (also "2010-01-13 08:40:25+00:00"), epoch seconds or milliseconds, or the first of a list of
 * common patterns. When the values read both day-first and month-first (every day ≤ 12),
 * day-first is chosen and a warning says so. Null when no format reads half the sample.
 */
export function detectTimestampFormat(
  sample: readonly string[],
  zone: string,
): TimestampFormat | null {
  const values = sample.map((v) => v.trim()).filter((v) => v !== '');
  let best: string | null = null;
  let bestCount = 0;
  for (const pattern of ['iso', 'epoch-seconds', 'epoch-ms', ...PATTERNS]) {
    const count = values.filter((v) => parseTimestamp(v, pattern, zone) !== null).length;
    if (count > bestCount) {
      best = pattern;
      bestCount = count;
    }
  }
  if (best === null || bestCount * 2 < values.length) return null;
  const pattern = best;
  const readable = values.filter((v) => parseTimestamp(v, pattern, zone) !== null);
  const monthFirst = swapDayMonth(pattern);
  const dayFirst = /d/.test(pattern) && pattern.indexOf('d') < pattern.indexOf('M');
  const ambiguous = dayFirst && readable.every((v) => parseTimestamp(v, monthFirst, zone) !== null);
  return {
    pattern,
    warning: ambiguous
      ? `dates such as "${readable[0]}" read both day/month and month/day: read as day/month (${pattern}); give --date-format "${monthFirst}" if the months come first`
      : null,
  };
}

/**
 * Milliseconds since 1970 (UTC) of a timestamp written in `pattern`; a value without an offset is
 * read in `zone`. Null when it cannot be read.
 *
 * @example
 * parseTimestamp('2010-01-13 08:40:25+00:00', 'iso', 'Europe/Rome') // => 1263372025000
 */
export function parseTimestamp(text: string, pattern: string, zone: string): number | null {
  const value = text.trim();
  if (value === '') return null;
  if (pattern === 'epoch-seconds' || pattern === 'epoch-ms') {
    if (!/^\d{9,13}(\.\d+)?$/.test(value)) return null;
    const number = Number(value);
    const ms = pattern === 'epoch-seconds' ? number * 1000 : number;
    // Between 1990 and 2100, so that the two readings cannot both pass.
    return ms >= 631_152_000_000 && ms < 4_102_444_800_000 ? ms : null;
  }
  if (pattern === 'iso') {
    const fast = fastIso(value, zone);
    if (fast !== undefined) return fast;
  }
  const time =
    pattern === 'iso'
      ? DateTime.fromISO(
          value
            .replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2')
            .replace(/ ?([+-]\d{2}:?\d{2}|Z)$/, '$1'),
          { zone },
        )
      : DateTime.fromFormat(value, pattern, { zone, locale: 'en-US' });
  return time.isValid ? time.toMillis() : null;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The common ISO forms read without luxon (a large export has millions): the instant when the
 * value carries an offset or the zone is UTC, null when a field is out of range, undefined when
 * luxon must decide (another form, or local time in another zone).
 */
function fastIso(value: string, zone: string): number | null | undefined {
  const m = ISO.exec(value);
  if (m === null) return undefined;
  const offsetText = m[8];
  if (offsetText === undefined && zone !== 'UTC') return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(m[i] ?? 0),
  ) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
  let offset = 0;
  if (offsetText !== undefined && offsetText !== 'Z') {
    const digits = offsetText.replace(':', '');
    const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
    offset = (digits[0] === '-' ? -1 : 1) * minutes;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second) + fraction - offset * 60_000;
}
