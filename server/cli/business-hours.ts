import { UsageError } from './output.ts';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * Reads business hours such as "Mon-Fri 08:00-18:00" or "Mon,Wed,Fri 9-17" into one flag per hour
 * of the week (Monday 00:00 first). Whole hours only: the profiles are hourly.
 *
 * @throws UsageError naming --business-hours and saying what was expected.
 */
export function parseBusinessHours(text: string): boolean[] {
  const expected = 'days and whole hours such as "Mon-Fri 08:00-18:00" or "Mon,Wed 9-17"';
  const match = /^\s*([A-Za-z,-]+)\s+(\d{1,2})(?::00)?\s*-\s*(\d{1,2})(?::00)?\s*$/.exec(text);
  if (match === null)
    throw new UsageError(`--business-hours: got ${JSON.stringify(text)}, expected ${expected}`);
  const [, dayText, startText, endText] = match as unknown as [string, string, string, string];
  const start = Number(startText);
  const end = Number(endText);
  if (!(start < end && end <= 24)) {
    throw new UsageError(
      `--business-hours: got ${JSON.stringify(text)}, expected an opening hour before the closing hour, within 0–24`,
    );
  }
  const days = new Set<number>();
  for (const part of dayText.toLowerCase().split(',')) {
    const [from, to] = part.split('-');
    const first = DAY_NAMES.indexOf(from ?? '');
    const last = to === undefined ? first : DAY_NAMES.indexOf(to);
    if (first < 0 || last < 0 || last < first) {
      throw new UsageError(`--business-hours: got ${JSON.stringify(text)}, expected ${expected}`);
    }
    for (let day = first; day <= last; day++) days.add(day);
  }
  return Array.from(
    { length: 168 },
    (_, hour) => days.has(Math.floor(hour / 24)) && hour % 24 >= start && hour % 24 < end,
  );
}
