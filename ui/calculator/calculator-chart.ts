import { formatMoney } from '../format/format.ts';
import type { Calculation } from './calculate-staffing.ts';
import type { Currency } from './calculator-fields.ts';
import { serviceLevelTarget } from './calculator-text.ts';

/** The sign of each currency, for axis labels. */
export const CURRENCY_SIGNS: Record<Currency, string> = { EUR: '€', USD: '$', GBP: '£' };

/**
 * The chart's title, with its units.
 *
 * @example
 * calculatorChartTitle(calculation) // => 'Service level (%) and total cost (€ per hour) by technicians on duty'
 */
export function calculatorChartTitle(calculation: Calculation): string {
  if (calculation.cheapest === null) return 'Service level (%) by technicians on duty';
  const sign = CURRENCY_SIGNS[calculation.inputs.currency];
  return `Service level (%) and total cost (${sign} per hour) by technicians on duty`;
}

/**
 * The ECharts option for `<sl-chart>`: service level (%, left axis) and total cost per hour (right
 * axis, when both costs are given) against technicians on duty, the answer marked by a vertical
 * line, the service-level target by a dashed one, the cheapest headcount by a labelled dot.
 */
export function calculatorChartOption(calculation: Calculation): Record<string, unknown> {
  const priced = calculation.cheapest !== null;
  return {
    grid: { left: 80, right: priced ? 100 : 40, top: 70, bottom: 70 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      name: 'Technicians on duty',
      nameLocation: 'middle',
      nameGap: 40,
      data: calculation.rows.map((row) => String(row.agents)),
    },
    yAxis: yAxes(calculation),
    series: [
      serviceLevelSeries(calculation),
      targetSeries(calculation),
      ...(priced ? [costSeries(calculation)] : []),
    ],
  };
}

/** Service level in % on the left; total cost per hour on the right when costs are given. */
function yAxes(calculation: Calculation): Record<string, unknown>[] {
  const sign = CURRENCY_SIGNS[calculation.inputs.currency];
  const level = {
    type: 'value',
    name: 'Service level (%)',
    min: 0,
    max: 100,
    axisLabel: { formatter: '{value} %' },
  };
  if (calculation.cheapest === null) return [level];
  const cost = {
    type: 'value',
    name: `Total cost (${sign} per hour)`,
    // Not from 0: the point is where the curve turns, and every label carries its value.
    scale: true,
    axisLabel: { formatter: `${sign}{value}` },
    splitLine: { show: false },
  };
  return [level, cost];
}

function serviceLevelSeries(calculation: Calculation): Record<string, unknown> {
  const { rows, answer } = calculation;
  return {
    name: 'Service level (%)',
    type: 'line',
    yAxisIndex: 0,
    symbolSize: 8,
    lineStyle: { width: 3 },
    data: rows.map((row) => Number((row.serviceLevel * 100).toFixed(1))),
    tooltip: { valueFormatter: (value: number) => `${value} %` },
    markLine: {
      symbol: ['none', 'none'],
      lineStyle: { color: '#1d2430', width: 2 },
      label: { fontSize: 14 },
      data: [
        {
          xAxis: String(answer.agents),
          label: { formatter: `Needed: ${answer.agents}` },
        },
      ],
    },
  };
}

/** The service-level target as a dashed line, named in the legend (a label would hide a point). */
function targetSeries(calculation: Calculation): Record<string, unknown> {
  const { rows, inputs } = calculation;
  const percent = Number((inputs.serviceLevel.attainment * 100).toFixed(2));
  return {
    name: `Target: ${serviceLevelTarget(inputs)}`,
    type: 'line',
    yAxisIndex: 0,
    symbol: 'none',
    color: '#5b6574',
    lineStyle: { type: 'dashed', width: 2 },
    data: rows.map(() => percent),
    tooltip: { valueFormatter: (value: number) => `${value} %` },
  };
}

function costSeries(calculation: Calculation): Record<string, unknown> {
  const { rows, cheapest, inputs } = calculation;
  const money = (value: number) => `${formatMoney(value, inputs.currency)}/h`;
  const inTable = cheapest !== null && rows.some((row) => row.agents === cheapest.agents);
  return {
    name: 'Total cost per hour',
    type: 'line',
    yAxisIndex: 1,
    symbolSize: 8,
    lineStyle: { width: 3 },
    data: rows.map((row) => Math.round(row.totalCostPerHour ?? 0)),
    tooltip: { valueFormatter: (value: number) => money(value) },
    markPoint:
      inTable && cheapest.totalCostPerHour !== null
        ? {
            symbol: 'circle',
            symbolSize: 16,
            itemStyle: { color: '#e07b00', borderColor: '#1d2430', borderWidth: 2 },
            label: {
              show: true,
              position: 'bottom',
              distance: 8,
              fontSize: 14,
              fontWeight: 'bold',
              color: '#1d2430',
              formatter: `Cheapest: ${money(cheapest.totalCostPerHour)}`,
            },
            data: [
              {
                name: 'Cheapest',
                coord: [String(cheapest.agents), Math.round(cheapest.totalCostPerHour)],
              },
            ],
          }
        : undefined,
  };
}
