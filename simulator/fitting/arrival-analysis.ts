import betainc from '@stdlib/math-base-special-betainc';
import gammainc from '@stdlib/math-base-special-gammainc';
import gammaincinv from '@stdlib/math-base-special-gammaincinv';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { DateTime } from 'luxon';
import { fail, SIM_ERR } from '../errors.ts';
import { createStreamSource } from '../random/random-stream.ts';
import { kolmogorovPValue, uniformKsDistance } from './kolmogorov.ts';

const HOUR_MS = 3_600_000;
const HOURS_PER_WEEK = 168;

/** What the arrivals of a ticket log say: profile, level, trend, holidays, dispersion, Poisson test. */
export interface ArrivalAnalysis {
  timeZone: string;
  /** The window analysed: whole local hours from the first to the last ticket. */
  start: number;
  end: number;
  weeks: number;
  tickets: number;
  ticketsPerWeek: number;
  /** Mean of the last (up to) 13 whole weeks: the current level. */
  recentTicketsPerWeek: number;
  /**
   * Tickets per hour in each hour of the week (local time, Monday 00:00 first) with the exact
   * 95 % Poisson interval (Garwood 1936) of the count over that hour's exposure.
   */
  hourOfWeek: { rate: number; low: number; high: number; count: number; hours: number }[];
  /** Tickets per local calendar day (whole days only), and per whole Monday-to-Sunday week. */
  daily: { date: string; weekday: number; count: number }[];
  weekly: { weekStart: string; count: number }[];
  /** Least-squares slope of the weekly counts, tickets a week per week, with its 95 % interval. */
  trend: {
    slopePerWeek: number;
    low: number;
    high: number;
    significant: boolean;
    changePerYear: number;
  } | null;
  /**
   * Day-to-day variation beyond Poisson (holidays left out): Pearson's index X²/(n − 7) with
   * X² = Σ(x − m)²/m over days (1 for Poisson, m the mean of the same weekday), its χ² p-value, and
   * the coefficient of variation of a Gamma daily volume multiplier that explains it
   * (var = m + cv²m²), 0 when there is no excess.
   */
  dispersion: { index: number; pValue: number; dailyVolumeCv: number; days: number };
  /**
   * Days with far fewer tickets than their weekday's mean (P(X ≤ x) < 0.05 ÷ days under the
   * day-to-day variation measured, Poisson or negative binomial): holidays, outages.
   */
  holidays: { date: string; count: number; expected: number }[];
  /**
   * Kim & Whitt (2014) conditional-uniformity test: within each hour, the arrival times of a
   * Poisson process with a constant rate are uniform; the KS distance of the pooled positions
   * from uniform, and its p-value. Timestamps rounded to whole minutes or seconds are spread
   * uniformly within their rounding first (a fixed seed), as Kim & Whitt do.
   */
  poissonTest: {
    arrivals: number;
    /** Null when timestamps are rounded to the hour or the day: the test cannot be made. */
    ks: number | null;
    pValue: number | null;
    resolutionSeconds: number;
  };
  /** Sentences for the reader: the verdicts. */
  verdicts: string[];
}

/**
 * Analyses ticket arrival times (ms since 1970) in a time zone.
 *
 * @throws SimulatorError SIM_ERR_INVALID_TICKET_DATA with fewer than two tickets or a span under one day.
 */
export function analyseArrivals(
  openedTimes: readonly number[],
  timeZone: string,
  /** Where the data ends when known (a backtest's split): the window runs up to it. */
  until?: number,
): ArrivalAnalysis {
  const times = [...openedTimes].sort((a, b) => a - b);
  const first = times[0];
  const last = times.at(-1);
  if (first === undefined || last === undefined || last - first < 24 * HOUR_MS) {
    fail(
      SIM_ERR.INVALID_TICKET_DATA,
      'tickets',
      times.length,
      'tickets opened over at least one day',
    );
  }
  const local = (ms: number) => DateTime.fromMillis(ms, { zone: timeZone });
  const start = local(first).startOf('hour').toMillis();
  const end =
    until !== undefined && until > last
      ? local(until).startOf('hour').toMillis()
      : local(last).startOf('hour').plus({ hours: 1 }).toMillis();
  const hourOfWeek = (ms: number) => {
    const t = local(ms);
    return (t.weekday - 1) * 24 + t.hour;
  };
  const counts = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (const t of times) counts[hourOfWeek(t)] = (counts[hourOfWeek(t)] as number) + 1;
  const exposure = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (let t = start; t < end; t += HOUR_MS)
    exposure[hourOfWeek(t)] = (exposure[hourOfWeek(t)] as number) + 1;
  const profile = counts.map((count, h) => {
    const hours = exposure[h] as number;
    if (hours === 0) return { rate: 0, low: 0, high: 0, count, hours };
    return {
      rate: count / hours,
      low: count === 0 ? 0 : gammaincinv(0.025, count) / hours,
      high: gammaincinv(0.975, count + 1) / hours,
      count,
      hours,
    };
  });
  const weeks = (end - start) / (HOURS_PER_WEEK * HOUR_MS);
  const daily = dailyCounts(times, start, end, timeZone);
  const weekly = weeklyCounts(daily);
  const recent = weekly.slice(-13);
  const dispersionAndHolidays = dispersion(daily);
  const poissonTest = conditionalUniformity(times, timeZone);
  const trend = weeklyTrend(weekly);
  const analysis: Omit<ArrivalAnalysis, 'verdicts'> = {
    timeZone,
    start,
    end,
    weeks,
    tickets: times.length,
    ticketsPerWeek: times.length / weeks,
    recentTicketsPerWeek:
      recent.length === 0
        ? times.length / weeks
        : recent.reduce((s, w) => s + w.count, 0) / recent.length,
    hourOfWeek: profile,
    daily,
    weekly,
    trend,
    dispersion: dispersionAndHolidays.dispersion,
    holidays: dispersionAndHolidays.holidays,
    poissonTest,
  };
  return { ...analysis, verdicts: arrivalVerdicts(analysis) };
}

function dailyCounts(
  times: readonly number[],
  start: number,
  end: number,
  zone: string,
): ArrivalAnalysis['daily'] {
  const firstDay = DateTime.fromMillis(start, { zone }).startOf('day');
  const lastDay = DateTime.fromMillis(end, { zone }).startOf('day');
  const days = new Map<string, { date: string; weekday: number; count: number }>();
  // Whole days only: from the day after the first ticket's to the day before the last one's.
  for (let d = firstDay.plus({ days: 1 }); d < lastDay; d = d.plus({ days: 1 })) {
    days.set(d.toISODate() as string, {
      date: d.toISODate() as string,
      weekday: d.weekday,
      count: 0,
    });
  }
  for (const t of times) {
    const day = days.get(DateTime.fromMillis(t, { zone }).toISODate() as string);
    if (day !== undefined) day.count++;
  }
  return [...days.values()];
}

function weeklyCounts(daily: ArrivalAnalysis['daily']): ArrivalAnalysis['weekly'] {
  const weeks: ArrivalAnalysis['weekly'] = [];
  const firstMonday = daily.findIndex((d) => d.weekday === 1);
  if (firstMonday < 0) return weeks;
  for (let i = firstMonday; i + 7 <= daily.length; i += 7) {
    weeks.push({
      weekStart: (daily[i] as { date: string }).date,
      count: daily.slice(i, i + 7).reduce((s, d) => s + d.count, 0),
    });
  }
  return weeks;
}

function weeklyTrend(weekly: ArrivalAnalysis['weekly']): ArrivalAnalysis['trend'] {
  const n = weekly.length;
  if (n < 4) return null;
  const xs = weekly.map((_, i) => i);
  const ys = weekly.map((w) => w.count);
  const mx = (n - 1) / 2;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const slope = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] as number) - my), 0) / sxx;
  const residual = ys.reduce((s, y, i) => s + (y - my - slope * ((xs[i] as number) - mx)) ** 2, 0);
  const se = Math.sqrt(residual / (n - 2) / sxx);
  const half = tQuantile(0.975, n - 2) * se;
  return {
    slopePerWeek: slope,
    low: slope - half,
    high: slope + half,
    significant: slope - half > 0 || slope + half < 0,
    changePerYear: my > 0 ? (52 * slope) / my : 0,
  };
}

function dispersion(
  daily: ArrivalAnalysis['daily'],
): Pick<ArrivalAnalysis, 'dispersion' | 'holidays'> {
  // First pass over every day, then again without the days found to be holidays.
  const first = dayToDay(daily);
  const holidays = daily.flatMap((d) => {
    const m = first.means[d.weekday] as number;
    const pLow = m > 0 ? lowerTail(d.count, m, first.cv) : 1;
    return pLow < 0.05 / Math.max(daily.length, 1)
      ? [{ date: d.date, count: d.count, expected: m }]
      : [];
  });
  const holidayDates = new Set(holidays.map((h) => h.date));
  const kept = dayToDay(daily.filter((d) => !holidayDates.has(d.date)));
  return {
    dispersion: { index: kept.index, pValue: kept.pValue, dailyVolumeCv: kept.cv, days: kept.days },
    holidays,
  };
}

/**
 * Day-to-day variation around each weekday's mean m: Pearson's X² = Σ(x − m)²/m over days with
 * m > 0, with n − 7 degrees of freedom (one mean per weekday estimated); the index X²/(n − 7) is 1
 * for Poisson days. The cv of a Gamma daily factor (var = m + cv²m²) by moments:
 * cv² = (Σ(x − m)² − Σm)/Σm², 0 when there is no excess.
 */
function dayToDay(days: readonly { weekday: number; count: number }[]) {
  const means = new Array<number>(8).fill(0);
  const counts = new Array<number>(8).fill(0);
  for (const d of days) {
    means[d.weekday] = (means[d.weekday] as number) + d.count;
    counts[d.weekday] = (counts[d.weekday] as number) + 1;
  }
  for (let w = 1; w <= 7; w++)
    means[w] = (counts[w] as number) > 0 ? (means[w] as number) / (counts[w] as number) : 0;
  let pearson = 0;
  let squares = 0;
  let total = 0;
  let meanSquares = 0;
  let used = 0;
  for (const d of days) {
    const m = means[d.weekday] as number;
    if (m <= 0) continue;
    used++;
    pearson += (d.count - m) ** 2 / m;
    squares += (d.count - m) ** 2;
    total += m;
    meanSquares += m * m;
  }
  const weekdays = means.filter((m, w) => w > 0 && m > 0).length;
  const df = Math.max(used - weekdays, 1);
  const excess = meanSquares > 0 ? (squares - total) / meanSquares : 0;
  return {
    means,
    index: used > weekdays ? pearson / df : 1,
    // Upper tail of χ²(df) at X²: Q(df/2, X²/2).
    pValue: used > weekdays ? gammainc(pearson / 2, df / 2, true, true) : 1,
    cv: excess > 0 ? Math.sqrt(excess) : 0,
    days: days.length,
  };
}

/**
 * P(X ≤ x) for a day's count: Poisson(m), or, with a daily factor of cv > 0, the negative binomial
 * it makes (Gamma–Poisson: r = 1/cv², p = r/(r + m)), P(X ≤ x) = I_p(r, x + 1).
 */
function lowerTail(x: number, m: number, cv: number): number {
  if (cv <= 0) return gammainc(m, x + 1, true, true);
  const r = 1 / (cv * cv);
  return betainc(r / (r + m), r, x + 1);
}

/** Roundings of timestamps recognised, seconds, coarsest first. */
const ROUNDINGS = [3600, 900, 300, 60, 1];

function conditionalUniformity(
  times: readonly number[],
  zone: string,
): ArrivalAnalysis['poissonTest'] {
  const dateOnly = times.every((t) => {
    const local = DateTime.fromMillis(t, { zone });
    return local.hour === 0 && local.minute === 0 && local.second === 0;
  });
  const resolution = dateOnly
    ? 86_400
    : (ROUNDINGS.find((r) => times.every((t) => t % (r * 1000) === 0)) ?? 0);
  if (resolution >= 3600) {
    // Rounded to the hour or the day: where in its hour a ticket came is not in the data.
    return { arrivals: times.length, ks: null, pValue: null, resolutionSeconds: resolution };
  }
  const jitter = createStreamSource(20140101, 0).stream('unrounding');
  const positions: number[] = [];
  for (const t of times) {
    const spread = t + (resolution > 0 ? jitter() * resolution * 1000 : 0);
    positions.push((spread % HOUR_MS) / HOUR_MS);
  }
  const ks = uniformKsDistance(positions);
  return {
    arrivals: positions.length,
    ks,
    pValue: kolmogorovPValue(ks, positions.length),
    resolutionSeconds: resolution,
  };
}

function arrivalVerdicts(a: Omit<ArrivalAnalysis, 'verdicts'>): string[] {
  const round = (v: number, d = 1) => v.toFixed(d);
  const lines = [
    `${a.tickets} tickets over ${round(a.weeks)} weeks: ${round(a.ticketsPerWeek)} a week on average, ${a.weekly.length === 0 ? 'no whole week yet' : `${round(a.recentTicketsPerWeek)} over the last ${Math.min(13, a.weekly.length)} whole weeks`}.`,
  ];
  if (a.trend !== null) {
    lines.push(
      a.trend.significant
        ? `Volume ${a.trend.slopePerWeek > 0 ? 'grows' : 'falls'} by ${round(Math.abs(a.trend.slopePerWeek), 2)} tickets a week each week (95 % interval ${round(a.trend.low, 2)} to ${round(a.trend.high, 2)}), ${round(Math.abs(a.trend.changePerYear) * 100, 0)} % a year.`
        : `No trend in the weekly volume beyond chance (slope ${round(a.trend.slopePerWeek, 2)} tickets a week per week, 95 % interval ${round(a.trend.low, 2)} to ${round(a.trend.high, 2)}).`,
    );
  }
  lines.push(
    a.holidays.length === 0
      ? 'No day stands out as a holiday or outage (days are too sparse or too regular to tell).'
      : `${a.holidays.length} days had far fewer tickets than their weekday usually has (holidays or outages), e.g. ${a.holidays
          .slice(0, 3)
          .map((h) => h.date)
          .join(', ')}.`,
  );
  const d = a.dispersion;
  lines.push(
    d.pValue < 0.05 && d.index > 1
      ? `Daily volume varies more than a Poisson process would (dispersion index ${round(d.index, 2)}, p ${d.pValue < 0.001 ? '< 0.001' : `= ${round(d.pValue, 3)}`}): the scenario draws a daily volume factor with cv ${round(d.dailyVolumeCv, 2)}.`
      : `Daily volume varies as a Poisson process would (dispersion index ${round(d.index, 2)}, p = ${round(d.pValue, 3)}).`,
  );
  const p = a.poissonTest;
  if (p.pValue === null || p.ks === null) {
    lines.push(
      p.resolutionSeconds >= 86_400
        ? 'The timestamps carry dates only: the hour-of-week profile puts every ticket at midnight and arrivals within hours cannot be tested; take the daily profile from elsewhere.'
        : 'The timestamps are rounded to the hour: arrivals within hours cannot be tested.',
    );
    return lines;
  }
  lines.push(
    p.pValue >= 0.05
      ? `Within each hour, arrivals look like a Poisson process (Kim & Whitt conditional-uniformity test: KS ${round(p.ks, 3)}, p = ${round(p.pValue, 3)}, ${p.arrivals} arrivals): a non-homogeneous Poisson model with an hour-of-week rate is adequate.`
      : `Within hours, arrivals do not look like a Poisson process (Kim & Whitt conditional-uniformity test: KS ${round(p.ks, 3)}, p ${p.pValue < 0.001 ? '< 0.001' : `= ${round(p.pValue, 3)}`}, ${p.arrivals} arrivals): tickets come in bursts or batches (e.g. created by a script), so a Poisson model understates the peaks.`,
  );
  return lines;
}
