import gammaln from '@stdlib/math-base-special-gammaln';
import type { Backtest } from '../../simulator/index.ts';
import type { ChartOption } from '../components/sl-chart.ts';
import { lineSeries } from './chart-series.ts';
import { formatIsoDay } from './fit-text.ts';

/**
 * The central range of a Poisson count with mean `mean`: the smallest k with P(X ≤ k) ≥ (1 − level)/2
 * and the smallest k with P(X ≤ k) ≥ (1 + level)/2 (for 95 %: the 2.5th and 97.5th percentiles).
 * Where a week's count falls by chance alone when arrivals are Poisson.
 *
 * @example
 * poissonRange(10) // => { low: 4, high: 17 }  (P(X ≤ 3) = 0.0103, P(X ≤ 4) = 0.0293; P(X ≤ 16) = 0.9730)
 */
export function poissonRange(mean: number, level = 0.95): { low: number; high: number } {
  if (!(mean > 0) || !Number.isFinite(mean)) return { low: 0, high: 0 };
  const lowTail = (1 - level) / 2;
  const highTail = (1 + level) / 2;
  let cumulative = 0;
  let low: number | null = null;
  const limit = Math.ceil(mean + 20 * Math.sqrt(mean) + 20);
  for (let k = 0; k <= limit; k++) {
    cumulative += Math.exp(-mean + k * Math.log(mean) - gammaln(k + 1));
    if (low === null && cumulative >= lowTail) low = k;
    if (cumulative >= highTail) return { low: low ?? k, high: k };
  }
  return { low: low ?? limit, high: limit };
}

/**
 * The simulated tickets a week of a backtest: the simulated total of the held-out weeks (the
 * volume figure, in tickets) over the number of weeks; the plan when there is no such figure.
 *
 * @example
 * simulatedPerWeek({ testWeeks: 13, plannedTicketsPerWeek: 10.5, figures: [{ name: 'Tickets in the held-out weeks', unit: 'tickets', actual: 142, simulated: { mean: 130 } }] }) // => 10
 */
export function simulatedPerWeek(
  backtest: Pick<Backtest, 'testWeeks' | 'plannedTicketsPerWeek'> & {
    figures: readonly { name: string; unit: string; simulated: { mean: number } }[];
  },
): number {
  const volume = backtest.figures.find((f) => f.unit === 'tickets' && /held-out/i.test(f.name));
  return volume === undefined || backtest.testWeeks <= 0
    ? backtest.plannedTicketsPerWeek
    : volume.simulated.mean / backtest.testWeeks;
}

/**
 * Simulated against actual weekly volume in the held-out weeks: the actual count per week as bars,
 * the simulated mean a week as a line, and the band where 95 % of weeks would fall by chance alone
 * (Poisson at the simulated mean).
 */
export function backtestOption(backtest: Backtest): ChartOption {
  const perWeek = simulatedPerWeek(backtest);
  const range = poissonRange(perWeek);
  // Week starts in the browser's date format, as the text around the chart gives dates.
  const weeks = backtest.weekly.map((w) => formatIsoDay(w.weekStart));
  const flat = (v: number) => weeks.map(() => Number(v.toFixed(2)));
  // The band behind the bars, the simulated line in front.
  return {
    grid: { left: 70, right: 30, top: 60, bottom: 50 },
    legend: {
      top: 0,
      data: ['Actual', 'Simulated (mean a week)', '95 % of weeks by chance (Poisson)'],
    },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(1)} tickets` },
    xAxis: {
      type: 'category',
      data: weeks,
      name: 'Week starting',
      nameLocation: 'middle',
      nameGap: 32,
    },
    yAxis: { type: 'value', name: 'Tickets per week', min: 0 },
    series: [
      chanceBand(range),
      {
        name: 'Actual',
        type: 'bar',
        barMaxWidth: 40,
        z: 3,
        itemStyle: { color: '#1f5fbf' },
        data: backtest.weekly.map((w) => w.actual),
      },
      { ...lineSeries('Simulated (mean a week)', flat(perWeek), '#e07b00', { width: 3 }), z: 4 },
    ],
  };
}

/** A band across the chart from `range.low` to `range.high`, with its legend entry. */
function chanceBand(range: { low: number; high: number }): ChartOption {
  return {
    // No points of its own: it carries the band (across the whole width) and its legend entry.
    name: '95 % of weeks by chance (Poisson)',
    type: 'line',
    data: [],
    itemStyle: { color: '#f3c98b' },
    markArea: {
      silent: true,
      itemStyle: { color: 'rgba(224, 123, 0, 0.16)' },
      data: [[{ yAxis: range.low }, { yAxis: range.high }]],
    },
  };
}
