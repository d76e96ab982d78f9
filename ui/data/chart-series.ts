import type { ChartOption } from '../components/sl-chart.ts';

/**
 * A line without point markers, in one colour; dashed for a model or a trend, solid for data.
 *
 * @example
 * lineSeries('Data', [1, 2], '#1f5fbf').lineStyle // => { width: 2, type: 'solid', color: '#1f5fbf' }
 */
export function lineSeries(
  name: string,
  data: readonly unknown[],
  color: string,
  options: { dashed?: boolean; width?: number } = {},
): ChartOption {
  return {
    name,
    type: 'line',
    showSymbol: false,
    lineStyle: {
      width: options.width ?? 2,
      type: options.dashed === true ? 'dashed' : 'solid',
      color,
    },
    itemStyle: { color },
    data,
  };
}

/**
 * A band between `lows` and `highs` (one value per category): an invisible line at the lower bound
 * and the width stacked on it and filled, both left out of the tooltip. The band's legend entry
 * is `name`; the lower line's, "lower bound" (leave it out of the legend's `data`).
 *
 * @example
 * bandSeries('95 % interval', [1, 2], [3, 5], 'rgba(31, 95, 191, 0.2)')[1].data // => [2, 3]
 */
export function bandSeries(
  name: string,
  lows: readonly number[],
  highs: readonly number[],
  fill: string,
): [ChartOption, ChartOption] {
  const fixed = (v: number) => Number(v.toFixed(4));
  const common = {
    type: 'line',
    stack: name,
    showSymbol: false,
    lineStyle: { opacity: 0 },
    tooltip: { show: false },
  };
  return [
    { ...common, name: 'lower bound', data: lows.map(fixed) },
    {
      ...common,
      name,
      itemStyle: { color: fill },
      areaStyle: { color: fill },
      data: highs.map((high, i) => fixed(high - (lows[i] ?? 0))),
    },
  ];
}
