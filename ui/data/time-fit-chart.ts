import type { DurationFit } from '../../simulator/index.ts';
import type { ChartOption } from '../components/sl-chart.ts';
import { formatDuration } from '../format/format.ts';
import { densityPerDecade } from './duration-density.ts';

/** One bar of a histogram on a logarithmic time axis; `share` is a fraction of all tickets. */
export interface LogBin {
  fromMinutes: number;
  toMinutes: number;
  share: number;
}

/** Quantiles a fit keeps of the data's own distribution (fit-durations.ts QUANTILES). */
export const FIT_QUANTILES = 200;

/**
 * A histogram of durations on a log10 axis, from the Kaplan–Meier quantiles a fit keeps: each of
 * the `total` quantiles (at (i + ½)/total) stands for 1/total of the tickets, so tickets still
 * open (censored) are accounted for as the fit accounts for them. Bins are 1/binsPerDecade of a
 * decade wide, aligned on powers of ten; quantiles missing beyond the estimate's reach are left out
 * (the shares then add up to less than 1).
 *
 * @example
 * logHistogram([1, 2, 20, 30], 4, 1)
 * // => [{ fromMinutes: 1, toMinutes: 10, share: 0.5 }, { fromMinutes: 10, toMinutes: 100, share: 0.5 }]
 */
export function logHistogram(
  quantiles: readonly number[],
  total = FIT_QUANTILES,
  binsPerDecade = 4,
): LogBin[] {
  const logs = quantiles.filter((q) => q > 0 && Number.isFinite(q)).map((q) => Math.log10(q));
  if (logs.length === 0) return [];
  // Rounded first so that a quantile on a bin edge (10 min) falls in the bin that starts there.
  const index = (x: number) => Math.floor(Number((x * binsPerDecade).toFixed(9)));
  const first = index(Math.min(...logs));
  const last = index(Math.max(...logs));
  const counts = Array.from({ length: last - first + 1 }, () => 0);
  for (const x of logs) counts[index(x) - first] = (counts[index(x) - first] ?? 0) + 1;
  return counts.map((count, i) => ({
    fromMinutes: 10 ** ((first + i) / binsPerDecade),
    toMinutes: 10 ** ((first + i + 1) / binsPerDecade),
    share: count / total,
  }));
}

/** Durations marked on the time axis, minutes, with their labels. */
const TICKS: readonly [number, string][] = [
  [1 / 60, '1 s'],
  [1, '1 min'],
  [10, '10 min'],
  [60, '1 h'],
  [480, '8 h'],
  [1440, '1 day'],
  [10_080, '1 week'],
  [43_200, '30 days'],
  [525_600, '1 year'],
];

/**
 * The time-axis ticks within [fromMinutes, toMinutes]: their log10 positions and labels.
 *
 * @example
 * timeTicks(5, 2000) // => [{ at: 1, label: '10 min' }, { at: 1.778…, label: '1 h' }, { at: 2.681…, label: '8 h' }, { at: 3.158…, label: '1 day' }]
 */
export function timeTicks(fromMinutes: number, toMinutes: number): { at: number; label: string }[] {
  return TICKS.filter(([m]) => m >= fromMinutes && m <= toMinutes).map(([m, label]) => ({
    at: Math.log10(m),
    label,
  }));
}

/** The points of a step line that draws the histogram's outline (y: percent of tickets per bin). */
function stepPoints(bins: readonly LogBin[]): [number, number][] {
  const points: [number, number][] = [];
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (first === undefined || last === undefined) return points;
  points.push([Math.log10(first.fromMinutes), 0]);
  for (const bin of bins) points.push([Math.log10(bin.fromMinutes), bin.share * 100]);
  points.push([Math.log10(last.toMinutes), last.share * 100], [Math.log10(last.toMinutes), 0]);
  return points;
}

/** What ECharts passes an axis tooltip's formatter, for each series at the pointer. */
interface TooltipItem {
  axisValue: number;
  seriesIndex: number;
  marker: string;
  seriesName: string;
  value: [number, number];
}

/** The tooltip at a point of the time axis: the data's bin there, then each curve's height. */
function tooltipText(bins: readonly LogBin[], items: readonly TooltipItem[]): string {
  const x = items[0]?.axisValue ?? 0;
  const bin = bins.find((b) => Math.log10(b.fromMinutes) <= x && x < Math.log10(b.toMinutes));
  const lines = [
    `<strong>${formatDuration(10 ** x)}</strong>`,
    bin === undefined
      ? ''
      : `Data: ${(bin.share * 100).toFixed(1)} % of tickets took ${formatDuration(bin.fromMinutes)} to ${formatDuration(bin.toMinutes)}`,
    ...items
      .filter((i) => i.seriesIndex > 0)
      .map((i) => `${i.marker}${i.seriesName}: ${i.value[1].toFixed(1)} %`),
  ];
  return lines.filter((l) => l !== '').join('<br>');
}

/** Family names as a reader says them. */
export const FAMILY_NAMES: Record<string, string> = {
  exponential: 'Exponential',
  lognormal: 'Lognormal',
  gamma: 'Gamma',
  weibull: 'Weibull',
};

/**
 * The chart of a time fit: the data's histogram on a logarithmic time axis (percent of tickets per
 * quarter decade) with each fitted family's density over it, the best (lowest AIC) drawn thickest,
 * and the median and 90th percentile marked.
 */
export function timeFitOption(fit: DurationFit, binsPerDecade = 4): ChartOption {
  const bins = logHistogram(fit.quantiles, FIT_QUANTILES, binsPerDecade);
  const from = bins[0]?.fromMinutes ?? 1;
  const to = bins[bins.length - 1]?.toMinutes ?? 10;
  const [lo, hi] = [Math.log10(from), Math.log10(to)];
  const xs = Array.from({ length: 121 }, (_, i) => lo + ((hi - lo) * i) / 120);
  const curves = fit.fits.map((f, i) => ({
    name: `${FAMILY_NAMES[f.family] ?? f.family}${i === 0 ? ' (best fit)' : ''}`,
    type: 'line',
    showSymbol: false,
    lineStyle: { width: i === 0 ? 3.5 : 1.75, type: i === 0 ? 'solid' : 'dashed' },
    data: xs.map((x) => [x, (densityPerDecade(f, 10 ** x) / binsPerDecade) * 100]),
  }));
  return {
    grid: { left: 70, right: 30, top: 50, bottom: 60 },
    legend: { top: 0 },
    color: ['#9fb7d9', '#e07b00', '#6a3d9a', '#23824a', '#5b6574'],
    tooltip: {
      trigger: 'axis',
      axisPointer: {
        label: { formatter: (p: { value: number }) => formatDuration(10 ** p.value) },
      },
      formatter: (items: TooltipItem[]) => tooltipText(bins, items),
    },
    xAxis: timeAxis(from, to),
    yAxis: {
      type: 'value',
      name: `% of tickets per bin (1/${binsPerDecade} of a decade)`,
      nameTextStyle: { align: 'left' },
      // The time axis starts below 0 (1 minute): the value axis stays at its left edge.
      axisLine: { onZero: false },
    },
    series: [dataSeries(bins, fit), ...curves],
  };
}

/** A value axis of log10 minutes from `fromMinutes` to `toMinutes`, labelled in durations. */
function timeAxis(fromMinutes: number, toMinutes: number): ChartOption {
  const ticks = timeTicks(fromMinutes, toMinutes);
  return {
    type: 'value',
    min: Math.log10(fromMinutes),
    max: Math.log10(toMinutes),
    name: 'Time (logarithmic scale)',
    nameLocation: 'middle',
    nameGap: 35,
    axisTick: { customValues: ticks.map((t) => t.at) },
    axisLabel: {
      customValues: ticks.map((t) => t.at),
      formatter: (v: number) => ticks.find((t) => Math.abs(t.at - v) < 1e-9)?.label ?? '',
    },
    splitLine: { show: false },
  };
}

/** The data's histogram as a filled step line, with the median and 90th percentile marked. */
function dataSeries(bins: readonly LogBin[], fit: DurationFit): ChartOption {
  const marks = [
    { name: 'median', minutes: fit.median },
    { name: '90th percentile', minutes: fit.p90 },
  ].flatMap((m) => (m.minutes === null || m.minutes <= 0 ? [] : [{ ...m, minutes: m.minutes }]));
  return {
    name: 'Data (Kaplan–Meier)',
    type: 'line',
    step: 'end',
    showSymbol: false,
    lineStyle: { width: 1, color: '#1f5fbf' },
    areaStyle: { color: 'rgba(31, 95, 191, 0.25)' },
    data: stepPoints(bins),
    markLine: {
      symbol: 'none',
      lineStyle: { color: '#14325c', type: 'dotted', width: 2 },
      label: { position: 'insideEndTop', formatter: (p: { name: string }) => p.name },
      data: marks.map((m) => ({
        name: `${m.name} ${formatDuration(m.minutes)}`,
        xAxis: Math.log10(m.minutes),
      })),
    },
  };
}
