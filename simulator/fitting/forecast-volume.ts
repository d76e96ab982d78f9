import { DateTime } from 'luxon';
import { fail, SIM_ERR } from '../errors.ts';

/** A forecasting method of weekly volume from daily counts. */
export type ForecastMethod = 'seasonal-naive' | 'moving-average' | 'trend-weekday';

/** What each method scored in the rolling-origin backtest, weekly totals. */
export interface MethodScore {
  method: ForecastMethod;
  /** Mean absolute error, tickets a week; mean absolute percentage error (weeks with tickets only). */
  mae: number;
  mape: number | null;
  rmse: number;
  forecasts: number;
}

export interface VolumeForecast {
  /** The method with the lowest MAE, and every method's scores. */
  method: ForecastMethod;
  scores: MethodScore[];
  /** Origins of the backtest (each a whole week in the data). */
  origins: number;
  /** Per week ahead: its Monday, the forecast volume and a 95 % prediction interval. */
  weeks: { weekStart: string; volume: number; low: number; high: number }[];
}

/** Weeks of history each method needs before its first forecast. */
const MIN_HISTORY_WEEKS = 8;
/** Weeks the trend-and-weekday regression is fitted on. */
const REGRESSION_WEEKS = 26;
/** The last origins of the backtest. */
const MAX_ORIGINS = 26;

/**
 * Forecasts the weekly volume for the next `weeks` weeks from whole days of counts (Monday-first
 * weeks, as from analyseArrivals), by the method that forecast best in a rolling-origin backtest:
 * from each of the last origins, every method forecasts the next weeks from the data before the
 * origin only, and its errors against what happened are scored (MAE, MAPE, RMSE). Methods:
 * - seasonal naive: each weekday as it was the week before;
 * - moving average: the mean of the last four weeks;
 * - trend and weekday: least squares on the last 26 weeks of days, a linear trend plus one level
 *   per weekday (Hyndman & Athanasopoulos, "Forecasting: principles and practice", §7.4).
 * The 95 % prediction interval is ± 1.96 × the method's backtest RMSE at that horizon (the last
 * scored horizon's, widened by √(h/H), beyond it), never below 0.
 *
 * @throws SimulatorError SIM_ERR_INVALID_TICKET_DATA with fewer than 10 whole weeks of data.
 */
export function forecastVolume(
  daily: readonly { date: string; weekday: number; count: number }[],
  weeks: number,
): VolumeForecast {
  const firstMonday = daily.findIndex((d) => d.weekday === 1);
  const days =
    firstMonday < 0
      ? []
      : daily.slice(firstMonday, firstMonday + Math.floor((daily.length - firstMonday) / 7) * 7);
  const totalWeeks = days.length / 7;
  if (totalWeeks < MIN_HISTORY_WEEKS + 2) {
    fail(
      SIM_ERR.INVALID_TICKET_DATA,
      'weeks of data',
      totalWeeks,
      `at least ${MIN_HISTORY_WEEKS + 2} whole weeks to forecast`,
    );
  }
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) {
    fail(SIM_ERR.INVALID_TICKET_DATA, 'weeks', weeks, 'a whole number of weeks from 1 to 104');
  }
  const counts = days.map((d) => d.count);
  const horizon = Math.min(weeks, 4);
  const first = Math.max(MIN_HISTORY_WEEKS, totalWeeks - horizon - MAX_ORIGINS + 1);
  const methods: ForecastMethod[] = ['seasonal-naive', 'moving-average', 'trend-weekday'];
  const errors = new Map(
    methods.map((m) => [m, [] as { h: number; error: number; actual: number }[]]),
  );
  let origins = 0;
  for (let origin = first; origin + 1 <= totalWeeks; origin++) {
    origins++;
    const history = counts.slice(0, origin * 7);
    for (const method of methods) {
      const forecast = weeklyForecast(method, history, horizon);
      forecast.forEach((volume, h) => {
        const week = origin + h;
        if (week >= totalWeeks) return;
        const actual = counts.slice(week * 7, week * 7 + 7).reduce((s, c) => s + c, 0);
        errors.get(method)?.push({ h: h + 1, error: actual - volume, actual });
      });
    }
  }
  const scores = methods.map((method): MethodScore => {
    const list = errors.get(method) ?? [];
    const withTickets = list.filter((e) => e.actual > 0);
    return {
      method,
      mae: list.reduce((s, e) => s + Math.abs(e.error), 0) / list.length,
      mape:
        withTickets.length === 0
          ? null
          : withTickets.reduce((s, e) => s + Math.abs(e.error) / e.actual, 0) / withTickets.length,
      rmse: Math.sqrt(list.reduce((s, e) => s + e.error ** 2, 0) / list.length),
      forecasts: list.length,
    };
  });
  const best = scores.reduce((a, b) => (b.mae < a.mae ? b : a));
  const rmseAt = (h: number) => {
    const list = (errors.get(best.method) ?? []).filter((e) => e.h === Math.min(h, horizon));
    const rmse = Math.sqrt(list.reduce((s, e) => s + e.error ** 2, 0) / Math.max(list.length, 1));
    return h <= horizon ? rmse : rmse * Math.sqrt(h / horizon);
  };
  const lastMonday = DateTime.fromISO((days[days.length - 7] as { date: string }).date);
  const ahead = weeklyForecast(best.method, counts, weeks);
  return {
    method: best.method,
    scores,
    origins,
    weeks: ahead.map((volume, h) => ({
      weekStart: lastMonday.plus({ weeks: h + 1 }).toISODate() as string,
      volume,
      low: Math.max(0, volume - 1.96 * rmseAt(h + 1)),
      high: volume + 1.96 * rmseAt(h + 1),
    })),
  };
}

/** The weekly totals a method forecasts for the `weeks` weeks after the history (whole weeks of days). */
function weeklyForecast(
  method: ForecastMethod,
  history: readonly number[],
  weeks: number,
): number[] {
  const total = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
  if (method === 'seasonal-naive') {
    const last = total(history.slice(-7));
    return Array.from({ length: weeks }, () => last);
  }
  if (method === 'moving-average') {
    const last = total(history.slice(-28)) / 4;
    return Array.from({ length: weeks }, () => last);
  }
  const window = history.slice(-REGRESSION_WEEKS * 7);
  const fit = trendWeekdayFit(window);
  return Array.from({ length: weeks }, (_, w) => {
    let sum = 0;
    for (let d = 0; d < 7; d++) sum += Math.max(0, fit.day(fit.weeks + w, d));
    return sum;
  });
}

/**
 * Least squares of daily counts on a linear trend in the week index and one effect per weekday
 * (centred): with whole weeks the two are orthogonal, so each has a closed form.
 */
function trendWeekdayFit(values: readonly number[]): {
  weeks: number;
  day: (week: number, weekday: number) => number;
} {
  const n = values.length;
  const weeks = n / 7;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const meanWeek = (weeks - 1) / 2;
  let sxy = 0;
  let sxx = 0;
  values.forEach((v, i) => {
    const x = Math.floor(i / 7) - meanWeek;
    sxy += x * (v - mean);
    sxx += x * x;
  });
  const perWeek = sxx > 0 ? sxy / sxx : 0;
  const effect = Array.from({ length: 7 }, (_, d) => {
    let sum = 0;
    for (let i = d; i < n; i += 7) sum += (values[i] as number) - mean;
    return sum / weeks;
  });
  return {
    weeks,
    day: (week, weekday) => mean + perWeek * (week - meanWeek) + (effect[weekday] as number),
  };
}
