import type { ScenarioResult } from '../../simulator/index.ts';
import { formatDuration } from '../format/format.ts';

/** An ECharts option, as sl-chart takes it. */
export type Option = Record<string, unknown>;

export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The grid and axes of a week heat map: hours of the day across, days down from Monday. */
export const WEEK_AXES = {
  grid: { left: 60, right: 30, top: 10, bottom: 90 },
  xAxis: {
    type: 'category',
    name: 'Hour of day',
    nameLocation: 'middle',
    nameGap: 28,
    data: Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')),
  },
  yAxis: { type: 'category', data: DAYS, inverse: true },
};

/**
 * The share of tickets that start work, and that are resolved, within a time: both distributions
 * on a logarithmic time axis (each step ten times longer), so that minutes and days both read;
 * times of zero (work started at once) cannot sit on such an axis and are left out.
 */
export function distributionOption(result: Pick<ScenarioResult, 'distributions'>): Option {
  const { probabilities, waitMinutes, timeToResolveMinutes } = result.distributions;
  const series = (values: (number | null)[]) =>
    values.flatMap((v, i) =>
      v === null || v <= 0 ? [] : [[v, Math.round((probabilities[i] as number) * 1000) / 10]],
    );
  const wait = series(waitMinutes);
  const resolve = series(timeToResolveMinutes);
  const times = [...wait, ...resolve].map((p) => p[0] as number);
  const smallest = times.length === 0 ? 1 : Math.min(...times);
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName: string; value: [number, number] }) =>
        `${p.seriesName}: ${p.value[1]} % of tickets within ${formatDuration(p.value[0])}`,
    },
    legend: { bottom: 0 },
    grid: { left: 70, right: 30, top: 30, bottom: 80 },
    xAxis: {
      type: 'log',
      logBase: 10,
      min: 10 ** Math.floor(Math.log10(smallest)),
      name: 'Time (log scale: each step ten times longer)',
      nameLocation: 'middle',
      nameGap: 30,
      axisLabel: { formatter: (v: number) => formatDuration(v) },
    },
    yAxis: {
      type: 'value',
      name: 'Tickets within (%)',
      nameLocation: 'middle',
      nameGap: 45,
      min: 0,
      max: 100,
    },
    series: [
      { name: 'Work started', type: 'line', data: wait, showSymbol: false },
      { name: 'Resolved', type: 'line', data: resolve, showSymbol: false },
    ],
  };
}

/**
 * Open tickets over the run, stacked by age (the service-desk aging buckets), in days from the
 * start; the warm-up, left out of every metric, shaded.
 */
export function backlogOption(result: Pick<ScenarioResult, 'backlog' | 'warmUpMinutes'>): Option {
  const { everyMinutes, byAge } = result.backlog;
  const day = (i: number) => Number(((i * everyMinutes) / 1440).toFixed(3));
  const warmUpDays = result.warmUpMinutes / 1440;
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number) => (typeof v === 'number' ? v.toFixed(1) : v),
    },
    legend: { bottom: 0 },
    grid: { left: 70, right: 30, top: 30, bottom: 100 },
    xAxis: {
      type: 'value',
      name: 'Day of the run',
      nameLocation: 'middle',
      nameGap: 30,
      min: 0,
      max: 'dataMax',
    },
    yAxis: { type: 'value', name: 'Open tickets', nameLocation: 'middle', nameGap: 45 },
    series: byAge.map((bucket, b) => ({
      name: bucket.label,
      type: 'line',
      stack: 'age',
      areaStyle: {},
      showSymbol: false,
      sampling: 'lttb',
      lineStyle: { width: 1 },
      data: bucket.counts.map((count, i) => [day(i), count]),
      ...(b === 0 && warmUpDays > 0
        ? {
            markArea: {
              silent: true,
              itemStyle: { color: 'rgba(120,120,120,0.12)' },
              label: { show: true, position: 'insideTop', color: '#5b6574' },
              data: [[{ name: 'warm-up (not counted)', xAxis: 0 }, { xAxis: warmUpDays }]],
            },
          }
        : {}),
    })),
  };
}

/**
 * The heat map cells of 168 hourly values (Monday 00:00 first): [hour, day, percent], with "-"
 * where the value is null (nobody on duty), as ECharts leaves such cells empty.
 *
 * @example
 * heatmapCells([0.5, ...])[0] // => [0, 0, 50]
 */
export function heatmapCells(values: readonly (number | null)[]): [number, number, number | '-'][] {
  return values.map((v, i) => [
    i % 24,
    Math.floor(i / 24),
    v === null ? '-' : Number((v * 100).toFixed(1)),
  ]);
}

/** One group's occupancy by hour of the week as a heat map: days down, hours across, 0–100 %. */
export function occupancyOption(occupancyByHourOfWeek: readonly (number | null)[]): Option {
  return {
    tooltip: {
      formatter: (p: { value: [number, number, number | '-'] }) =>
        `${DAYS[p.value[1]]} ${String(p.value[0]).padStart(2, '0')}:00 — ${p.value[2] === '-' ? 'nobody on duty' : `${p.value[2]} % busy`}`,
    },
    ...WEEK_AXES,
    visualMap: {
      min: 0,
      max: 100,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      text: ['100 % busy', '0 %'],
      inRange: { color: ['#eef4fc', '#7aa6e0', '#1f5fbf', '#0b2a5c'] },
    },
    series: [
      { type: 'heatmap', data: heatmapCells(occupancyByHourOfWeek), label: { show: false } },
    ],
  };
}

/**
 * What a week costs: salaries by group beside users' lost working time by class, each bar
 * stacked, in the scenario's currency; in hours (technician hours on duty, user hours lost) when
 * the scenario gives no costs.
 */
export function costOption(
  result: Pick<ScenarioResult, 'groups' | 'classes' | 'currency' | 'overall'>,
): Option {
  const money = result.overall.totalCostPerWeek !== null;
  const unit = money ? (result.currency ?? 'money') : 'hours';
  const staff = result.groups.map((g) => ({
    name: g.name,
    value: (money ? g.metrics.staffCostPerWeek : g.metrics.agentHoursPerWeek)?.mean ?? 0,
  }));
  const lost = result.classes.map((c) => ({
    name: c.name,
    value:
      (money ? c.metrics.lostProductivityCostPerWeek : c.metrics.lostUserHoursPerWeek)?.mean ?? 0,
  }));
  const categories = money
    ? ['Salaries', "Users' lost time"]
    : ['Technicians on duty', "Users' lost time"];
  return {
    tooltip: {
      trigger: 'item',
      valueFormatter: (v: number) => `${Math.round(v).toLocaleString('en-GB')} ${unit}`,
    },
    legend: { bottom: 0 },
    grid: { left: 150, right: 40, top: 10, bottom: 90 },
    xAxis: { type: 'value', name: `${unit} a week`, nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'category', data: categories },
    series: [
      ...staff.map((s) => ({ name: s.name, type: 'bar', stack: 'cost', data: [s.value, 0] })),
      ...lost.map((l) => ({ name: l.name, type: 'bar', stack: 'cost', data: [0, l.value] })),
    ],
  };
}
