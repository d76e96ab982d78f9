import type { ArrivalAnalysis, TicketLogFit, TimeFit } from '../../simulator/index.ts';
import { formatCount } from '../format/format.ts';

/**
 * A p-value as a reader sees it: "p < 0.001" below a thousandth, else three decimals.
 *
 * @example
 * formatP(0.64862) // => 'p = 0.649'
 */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/**
 * A day in the browser's date format (its locale, as the app's lists show dates; `locale` only
 * for tests), counted in `timeZone` (an IANA name; UTC when not known).
 *
 * @example
 * formatDay(Date.UTC(2013, 7, 26), 'UTC', 'en-GB') // => '26/08/2013'
 * formatDay(Date.UTC(2013, 7, 26), 'UTC', 'en-US') // => '8/26/2013'
 */
export function formatDay(ms: number, timeZone = 'UTC', locale?: string): string {
  const date = new Date(ms);
  try {
    return date.toLocaleDateString(locale, { timeZone });
  } catch {
    return date.toLocaleDateString(locale, { timeZone: 'UTC' });
  }
}

/**
 * A calendar date written YYYY-MM-DD (the simulator's weeks and splits) in the browser's format.
 *
 * @example
 * formatIsoDay('2013-08-26', 'en-GB') // => '26/08/2013'
 */
export function formatIsoDay(isoDate: string, locale?: string): string {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(ms) ? isoDate : formatDay(ms, 'UTC', locale);
}

/**
 * What was read, in one sentence: rows, shape, tickets, span (days in the data's time zone, in
 * the browser's date format) and time zone.
 *
 * @example
 * readSentence({ rows: 3, shape: 'tickets', tickets: 3, start: 0, end: 86_400_000, timeZone: 'UTC' }, 'en-GB')
 * // => 'Read 3 rows (one row per ticket): 3 tickets, dated 01/01/1970 to 02/01/1970, times in UTC.'
 */
export function readSentence(
  source: Pick<TicketLogFit['source'], 'rows' | 'shape' | 'tickets' | 'start' | 'end' | 'timeZone'>,
  locale?: string,
): string {
  const day = (ms: number) => formatDay(ms, source.timeZone, locale);
  const shape =
    source.shape === 'events' ? 'an event log, one row per event' : 'one row per ticket';
  return `Read ${formatCount(source.rows)} rows (${shape}): ${formatCount(source.tickets)} tickets, dated ${day(source.start)} to ${day(source.end)}, times in ${source.timeZone}.`;
}

/**
 * Tickets a week with one decimal, as the fit's own sentences give them.
 *
 * @example
 * formatPerWeek(10.5) // => '10.5 tickets a week'
 */
export function formatPerWeek(ticketsPerWeek: number): string {
  if (!Number.isFinite(ticketsPerWeek)) return '–';
  const text = new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ticketsPerWeek);
  return `${text} tickets a week`;
}

/**
 * The two Poisson tests of the arrivals in words: within each hour (Kim & Whitt's
 * conditional-uniformity test) and from day to day (the dispersion index), each with its figures
 * and what it means for the model.
 *
 * @example
 * poissonTestSentences({ poissonTest: { arrivals: 4580, ks: 0.011, pValue: 0.649, resolutionSeconds: 1 },
 *   dispersion: { index: 1.02, pValue: 0.31, dailyVolumeCv: 0, days: 400 } })[1]
 * // => 'From day to day, volumes vary as much as a Poisson process would make them (dispersion index 1.02, where Poisson gives 1; p = 0.310): no extra day-to-day variation is needed.'
 */
export function poissonTestSentences(
  arrivals: Pick<ArrivalAnalysis, 'poissonTest' | 'dispersion'>,
): string[] {
  const t = arrivals.poissonTest;
  const d = arrivals.dispersion;
  const within =
    t.ks === null || t.pValue === null
      ? `Within each hour: the test cannot be made, as the timestamps are rounded to ${t.resolutionSeconds >= 86_400 ? 'the day' : 'the hour'}.`
      : t.pValue >= 0.05
        ? `Within each hour, arrivals are spread as randomly as a Poisson process spreads them (Kim & Whitt test on ${formatCount(t.arrivals)} arrivals: KS distance ${t.ks.toFixed(3)}, ${formatP(t.pValue)}): modelling arrivals as random at an hour-of-week rate is defensible.`
        : `Within each hour, arrivals are not spread as a Poisson process spreads them (Kim & Whitt test on ${formatCount(t.arrivals)} arrivals: KS distance ${t.ks.toFixed(3)}, ${formatP(t.pValue)}): they come in bursts or on a schedule, so the simulation may understate short peaks.`;
  const daily =
    d.pValue < 0.05 && d.index > 1
      ? `From day to day, volumes vary more than a Poisson process would make them (dispersion index ${d.index.toFixed(2)}, where Poisson gives 1; ${formatP(d.pValue)}): the scenario draws a daily volume factor with a coefficient of variation of ${d.dailyVolumeCv.toFixed(2)}.`
      : `From day to day, volumes vary as much as a Poisson process would make them (dispersion index ${d.index.toFixed(2)}, where Poisson gives 1; ${formatP(d.pValue)}): no extra day-to-day variation is needed.`;
  return [within, daily];
}

const MEASURES: Record<TimeFit['measure'], string> = {
  resolve: 'Time to resolve',
  firstTouch: 'Time to first touch',
  work: 'Work (effort) time',
};

/**
 * The name of a time fit for a menu.
 *
 * @example
 * timeFitLabel({ measure: 'resolve', segment: { by: 'priority', value: 'P1' } }) // => 'Time to resolve, priority P1'
 */
export function timeFitLabel(time: Pick<TimeFit, 'measure' | 'segment'>): string {
  const base = MEASURES[time.measure];
  return time.segment.by === 'all' || time.segment.value === null
    ? `${base}, all tickets`
    : `${base}, ${time.segment.by} ${time.segment.value}`;
}

/**
 * The time fit shown first: time to resolve over all tickets, else the first fitted.
 *
 * @example
 * defaultTimeFit([{ measure: 'firstTouch', segment: { by: 'all', value: null } }, { measure: 'resolve', segment: { by: 'all', value: null } }]) // => 1
 */
export function defaultTimeFit(times: readonly Pick<TimeFit, 'measure' | 'segment'>[]): number {
  const index = times.findIndex((t) => t.measure === 'resolve' && t.segment.by === 'all');
  return index >= 0 ? index : 0;
}
