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
   * Day-to-day variation beyond Poisson: the index Σ(x − m)²/Σm over days (1 for Poisson, m the
   * mean of the same weekday), its χ² p-value, and the coefficient of variation of a Gamma daily
   * volume multiplier that explains it (var = m + cv²m²), 0 when there is no excess.
   */
  dispersion: { index: number; pValue: number; dailyVolumeCv: number; days: number };
  /** Days with far fewer tickets than their weekday's mean (P(X ≤ x) < 0.05 ÷ days): holidays, outages. */
  holidays: { date: string; count: number; expected: number }[];
  /**
   * Kim & Whitt (2014) conditional-uniformity test: within each hour, the arrival times of a
   * Poisson process with a constant rate are uniform; the KS distance of the pooled positions
   * from uniform, and its p-value. Timestamps rounded to whole minutes or seconds are spread
   * uniformly within their rounding first (a fixed seed), as Kim & Whitt do.
   */
  poissonTest: { arrivals: number; ks: number; pValue: number; resolutionSeconds: number };
  /** Sentences for the reader: the verdicts. */
  verdicts: string[];
}

/**
 * Analyses ticket arrival times (ms since 1970) in a time zone.
 *
 * @throws SimulatorError SIM_ERR_INVALID_TICKET_DATA with fewer than two tickets or a span under one day.
 */
export function analyseArrivals(openedTimes: readonly number[], timeZone: string): ArrivalAnalysis {
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
  const end = local(last).startOf('hour').plus({ hours: 1 }).toMillis();
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
  const poissonTest = conditionalUniformity(times);
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
  const meanOf = (days: readonly { weekday: number; count: number }[]) => {
    const means = new Array<number>(8).fill(0);
    for (let w = 1; w <= 7; w++) {
      const same = days.filter((d) => d.weekday === w);
      means[w] = same.length === 0 ? 0 : same.reduce((s, d) => s + d.count, 0) / same.length;
    }
    return means;
  };
  const means = meanOf(daily);
  const holidays = daily.flatMap((d) => {
    const m = means[d.weekday] as number;
    const pLow = m > 0 ? gammainc(m, d.count + 1, true, true) : 1;
    return pLow < 0.05 / Math.max(daily.length, 1)
      ? [{ date: d.date, count: d.count, expected: m }]
      : [];
  });
  const holidayDates = new Set(holidays.map((h) => h.date));
  const working = daily.filter((d) => !holidayDates.has(d.date));
  const kept = meanOf(working);
  let squares = 0;
  let total = 0;
  let meanSquares = 0;
  for (const d of working) {
    const m = kept[d.weekday] as number;
    squares += (d.count - m) ** 2;
    total += m;
    meanSquares += m * m;
  }
  const index = total > 0 ? squares / total : 1;
  const chi2 = total > 0 ? index * working.length : 0;
  const df = Math.max(working.length - 7, 1);
  // Upper tail of χ²(df) at chi2: Q(df/2, chi2/2).
  const pValue = total > 0 ? gammainc(chi2 / 2, df / 2, true, true) : 1;
  const excess = meanSquares > 0 ? (squares - total) / meanSquares : 0;
  return {
    dispersion: {
      index,
      pValue,
      dailyVolumeCv: excess > 0 ? Math.sqrt(excess) : 0,
      days: working.length,
    },
    holidays,
  };
}

function conditionalUniformity(times: readonly number[]): ArrivalAnalysis['poissonTest'] {
  const resolution = times.every((t) => t % 60_000 === 0)
    ? 60
    : times.every((t) => t % 1000 === 0)
      ? 1
      : 0;
  const jitter = createStreamSource(20140101, 0).stream('unrounding');
  const positions: number[] = [];
  const byHour = new Map<number, number[]>();
  for (const t of times) {
    const spread = t + (resolution > 0 ? jitter() * resolution * 1000 : 0);
    const hour = Math.floor(spread / HOUR_MS);
    const list = byHour.get(hour);
    if (list === undefined) byHour.set(hour, [spread]);
    else list.push(spread);
  }
  for (const [hour, list] of byHour)
    for (const t of list) positions.push((t - hour * HOUR_MS) / HOUR_MS);
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
    `${a.tickets} tickets over ${round(a.weeks)} weeks: ${round(a.ticketsPerWeek)} a week on average, ${round(a.recentTicketsPerWeek)} over the last ${Math.min(13, a.weekly.length)} whole weeks.`,
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
  lines.push(
    p.pValue >= 0.05
      ? `Within each hour, arrivals look like a Poisson process (Kim & Whitt conditional-uniformity test: KS ${round(p.ks, 3)}, p = ${round(p.pValue, 3)}, ${p.arrivals} arrivals): a non-homogeneous Poisson model with an hour-of-week rate is adequate.`
      : `Within hours, arrivals do not look like a Poisson process (Kim & Whitt conditional-uniformity test: KS ${round(p.ks, 3)}, p ${p.pValue < 0.001 ? '< 0.001' : `= ${round(p.pValue, 3)}`}, ${p.arrivals} arrivals): tickets come in bursts or batches (e.g. created by a script), so a Poisson model understates the peaks.`,
  );
  return lines;
}
