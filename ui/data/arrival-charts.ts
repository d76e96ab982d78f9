import type { ArrivalAnalysis } from '../../simulator/index.ts';
import type { ChartOption } from '../components/sl-chart.ts';
import { bandSeries, lineSeries } from './chart-series.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_MS = 86_400_000;

/**
 * The label of an hour of the week (0 = Monday 00:00, local time of the data).
 *
 * @example
 * hourOfWeekLabel(33) // => 'Tue 09:00'
 */
export function hourOfWeekLabel(hour: number): string {
  const day = DAYS[Math.floor(hour / 24) % 7] ?? '';
  return `${day} ${String(hour % 24).padStart(2, '0')}:00`;
}

/**
 * The model's tickets per hour in each hour of the week: the data's profile scaled to the volume
 * the scenario plans for (the scenario's hour-of-week arrivals, scenario-from-fit.ts).
 *
 * @example
 * modelRates([1, 3], 20, 10) // => [0.5, 1.5]
 */
export function modelRates(
  ratesPerHour: readonly number[],
  dataTicketsPerWeek: number,
  modelTicketsPerWeek: number,
): number[] {
  const scale = dataTicketsPerWeek > 0 ? modelTicketsPerWeek / dataTicketsPerWeek : 0;
  return ratesPerHour.map((r) => r * scale);
}

/**
 * Arrivals by hour of the week: the data's tickets per hour with its exact 95 % Poisson interval
 * as a band, and the model's rate (the same profile at the volume the scenario plans for).
 */
export function hourOfWeekOption(arrivals: ArrivalAnalysis): ChartOption {
  const hours = arrivals.hourOfWeek;
  const model = modelRates(
    hours.map((h) => h.rate),
    arrivals.ticketsPerWeek,
    arrivals.recentTicketsPerWeek,
  );
  const fixed = (v: number) => Number(v.toFixed(4));
  const band = '95 % interval of the data';
  return {
    grid: { left: 70, right: 30, top: 60, bottom: 50 },
    legend: { top: 0, data: ['Data', band, 'Model (the scenario)'] },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(2)} tickets/h` },
    xAxis: {
      type: 'category',
      data: hours.map((_, i) => hourOfWeekLabel(i)),
      name: `Hour of the week (${arrivals.timeZone} time)`,
      nameLocation: 'middle',
      nameGap: 32,
      boundaryGap: false,
      axisTick: { interval: 23 },
      axisLabel: { interval: 23, formatter: (v: string) => v.slice(0, 3) },
    },
    yAxis: { type: 'value', name: 'Tickets per hour', min: 0 },
    series: [
      ...bandSeries(
        band,
        hours.map((h) => h.low),
        hours.map((h) => h.high),
        'rgba(31, 95, 191, 0.2)',
      ),
      lineSeries(
        'Data',
        hours.map((h) => fixed(h.rate)),
        '#1f5fbf',
      ),
      lineSeries('Model (the scenario)', model.map(fixed), '#e07b00', { dashed: true }),
    ],
  };
}

/**
 * The date `days` after an ISO date (YYYY-MM-DD), in the calendar (no time zone involved).
 *
 * @example
 * addDays('2024-02-27', 3) // => '2024-03-01'
 */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The least-squares trend of the weekly counts as two points (mid-week of the first and of the
 * last week, tickets per day): the line through the mean with the fit's slope, as the fit draws it
 * (x = week number, slope in tickets a week per week).
 *
 * @example
 * trendPoints([{ weekStart: '2024-01-01', count: 14 }, { weekStart: '2024-01-08', count: 28 }], 14)
 * // => [['2024-01-04', 2], ['2024-01-11', 4]]
 */
export function trendPoints(
  weekly: readonly { weekStart: string; count: number }[],
  slopePerWeek: number,
): [string, number][] {
  const n = weekly.length;
  const first = weekly[0];
  const last = weekly[n - 1];
  if (first === undefined || last === undefined) return [];
  const meanCount = weekly.reduce((s, w) => s + w.count, 0) / n;
  const middle = (n - 1) / 2;
  const at = (i: number) => (meanCount + slopePerWeek * (i - middle)) / 7;
  return [
    [addDays(first.weekStart, 3), at(0)],
    [addDays(last.weekStart, 3), at(n - 1)],
  ];
}

/**
 * Daily counts over time: each day's tickets, the weekly mean per day, the trend, and the days
 * flagged as holidays or outages (far fewer tickets than their weekday's mean).
 */
export function dailyOption(arrivals: ArrivalAnalysis): ChartOption {
  const weeklyMean = arrivals.weekly.map((w) => [addDays(w.weekStart, 3), w.count / 7]);
  return {
    grid: { left: 70, right: 30, top: 60, bottom: 50 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(1)} tickets/day` },
    xAxis: {
      type: 'time',
      name: 'Date',
      nameLocation: 'middle',
      nameGap: 32,
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', name: 'Tickets per day', min: 0 },
    series: [
      {
        name: 'Each day',
        type: 'bar',
        barMaxWidth: 6,
        itemStyle: { color: '#c5d3e8' },
        data: arrivals.daily.map((d) => [d.date, d.count]),
      },
      lineSeries('Weekly mean', weeklyMean, '#1f5fbf'),
      ...trendSeries(arrivals),
      {
        name: 'Holiday or outage',
        type: 'scatter',
        symbolSize: 12,
        symbol: 'triangle',
        itemStyle: { color: '#6a3d9a' },
        data: arrivals.holidays.map((h) => [h.date, h.count]),
      },
    ],
  };
}

/** The trend line, named by whether it is beyond chance; none when the data is too short. */
function trendSeries(arrivals: ArrivalAnalysis): ChartOption[] {
  const trend = arrivals.trend;
  if (trend === null) return [];
  return [
    lineSeries(
      trend.significant ? 'Trend' : 'Trend (not beyond chance)',
      trendPoints(arrivals.weekly, trend.slopePerWeek),
      '#e07b00',
      { dashed: true, width: 3 },
    ),
  ];
}
