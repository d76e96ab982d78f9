import type { Sweep } from '../../simulator/index.ts';
import type { ChartOption } from '../components/sl-chart.ts';
import { costText, costTick, moneyAxisName, percentOf, valueAxis } from './chart-format.ts';
import { shortChartMedia } from './chart-text.ts';
import { axisTitle, formatParameterValue, type ParameterLabel } from './parameter-label.ts';
import { sweepInMoney, sweepLabels } from './sweep-table.ts';

/** The colour of the point meeting every target (green: judged against targets) and of the cheapest. */
const FEASIBLE_COLOUR = '#23824a';
const CHEAPEST_COLOUR = '#111111';
/** Line colours: one per class or cost part, never red/amber/green. */
const LINE_COLOURS = ['#1f5fbf', '#e07b00', '#6a3d9a', '#0e7c86', '#5b6574', '#a35d00'];

/** The category labels of parameter `i`'s values. */
function categories(sweep: Sweep, i: number, labels: ParameterLabel[]): string[] {
  const label = labels[i];
  return (sweep.parameters[i]?.values ?? []).map((v) =>
    formatParameterValue(label?.kind ?? 'other', v),
  );
}

/**
 * Vertical lines at the cheapest point meeting every target and at the least total cost, their
 * labels written level above the plot (the first above the second, so that neighbours do not
 * collide), aligned away from the nearer edge.
 */
function markedLines(sweep: Sweep, names: readonly string[]): Record<string, unknown> {
  const { cheapestFeasible: feasible, costMinimising: cheapest } = sweep;
  const line = (index: number, text: string, color: string, distance: number) => ({
    xAxis: names[index],
    label: {
      formatter: text,
      color,
      fontSize: 13,
      fontWeight: 600,
      position: 'end',
      distance: [0, distance],
      align: index < names.length / 2 ? 'left' : 'right',
    },
    lineStyle: { color, width: 2, type: 'solid' },
  });
  const data: unknown[] = [];
  if (feasible !== null && feasible === cheapest) {
    data.push(line(feasible, 'Cheapest meeting targets = lowest total cost', FEASIBLE_COLOUR, 6));
  } else {
    if (feasible !== null)
      data.push(line(feasible, 'Cheapest meeting every target', FEASIBLE_COLOUR, 24));
    if (cheapest !== null) data.push(line(cheapest, 'Lowest total cost', CHEAPEST_COLOUR, 6));
  }
  return { symbol: 'none', silent: true, data };
}

/**
 * The top margin of a curve chart: the legend's rows (four items a row), then two rows of
 * marked-point labels; smaller in a short (printed) chart, whose legend's type is smaller.
 */
function gridTop(legendItems: number, short = false): number {
  const rows = Math.ceil(legendItems / 4);
  return short ? 19 * rows + 46 : 24 * rows + 52;
}

/**
 * The bottom of a percentage axis: a multiple of 5 below every value shown (targets included),
 * so that the curves spread over the plot without a truncated-looking axis.
 *
 * @example
 * percentAxisMin([98.1, 99.9, 85]) // => 80
 */
export function percentAxisMin(values: readonly (number | null)[]): number {
  const shown = values.filter((v): v is number => v !== null);
  if (shown.length === 0) return 0;
  return Math.max(0, Math.floor((Math.min(...shown) - 1) / 5) * 5);
}

/** The x axis of a one-parameter sweep: its values, titled with the parameter and unit. */
function xAxis(label: ParameterLabel | undefined, names: string[]): Record<string, unknown> {
  return {
    type: 'category',
    data: names,
    boundaryGap: false,
    name: label === undefined ? '' : axisTitle(label),
    nameLocation: 'middle',
    nameGap: 34,
    nameTextStyle: { fontSize: 14 },
    axisLabel: { fontSize: 14 },
  };
}

/** A curve of a chart: its name, its values at each point, and a target line (%) or none. */
interface Curve {
  name: string;
  data: (number | null)[];
  target: number | null;
}

/** The service-level curves: each class with a target, or all tickets when none has one. */
function serviceCurves(sweep: Sweep): Curve[] {
  const classes = (sweep.points[0]?.result.classes ?? []).filter((c) => c.target !== null);
  if (classes.length === 0) {
    const data = sweep.points.map((p) => percentOf(p.curves.serviceLevel?.mean));
    return [{ name: 'All tickets', target: null, data }];
  }
  return classes.map((c) => ({
    name: c.name,
    target: percentOf(c.target?.attainment),
    data: sweep.points.map((p) =>
      percentOf(p.result.classes.find((x) => x.id === c.id)?.metrics.serviceLevel?.mean),
    ),
  }));
}

/** Lines through the points, the first carrying the marked points; `width` per curve. */
function lineSeries(
  sweep: Sweep,
  names: readonly string[],
  curves: Curve[],
  width: (k: number) => number,
) {
  return curves.map((curve, k) => ({
    type: 'line',
    name: curve.name,
    data: curve.data,
    color: LINE_COLOURS[k % LINE_COLOURS.length],
    symbolSize: 8,
    lineStyle: { width: width(k) },
    markLine: k === 0 ? markedLines(sweep, names) : undefined,
  }));
}

/** Each curve's target as a dashed line of the curve's colour, left out of the legend and tooltip. */
function targetSeries(names: readonly string[], curves: Curve[]) {
  return curves.flatMap((curve, k) =>
    curve.target === null
      ? []
      : [
          {
            type: 'line',
            name: `${curve.name} target`,
            data: names.map(() => curve.target),
            color: LINE_COLOURS[k % LINE_COLOURS.length],
            symbol: 'none',
            lineStyle: { type: 'dashed', width: 1.5 },
            tooltip: { show: false },
          },
        ],
  );
}

/**
 * The service-level curves of a one-parameter sweep: each class with a target (its target as a
 * dashed line of the same colour), or all tickets when no class has one, in % against the
 * parameter, with the marked points as vertical lines.
 * `labels`: the parameters in words, by default sweepLabels(sweep) (give them the scenario to
 * name headcounts as the form does).
 */
export function sweepServiceOption(sweep: Sweep, labels = sweepLabels(sweep)): ChartOption {
  const names = categories(sweep, 0, labels);
  const curves = serviceCurves(sweep);
  const min = percentAxisMin(curves.flatMap((c) => [...c.data, c.target]));
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number | null) => (v === null ? '–' : `${v} %`),
    },
    legend: { top: 0, data: curves.map((c) => c.name), textStyle: { fontSize: 14 } },
    grid: { left: 80, right: 30, top: gridTop(curves.length), bottom: 56 },
    media: shortChartMedia(gridTop(curves.length), gridTop(curves.length, true)),
    xAxis: xAxis(labels[0], names),
    yAxis: valueAxis('started within target (%)', '{value} %', { min, max: 100, nameGap: 50 }),
    series: [...lineSeries(sweep, names, curves, () => 3), ...targetSeries(names, curves)],
  };
}

/** The cost curves: total, staff and lost productivity a week, or agent-hours and user-hours lost. */
function costCurves(sweep: Sweep, inMoney: boolean): Curve[] {
  type Key =
    | 'totalCostPerWeek'
    | 'staffCostPerWeek'
    | 'lostProductivityCostPerWeek'
    | 'agentHoursPerWeek'
    | 'lostUserHoursPerWeek';
  const curve = (name: string, key: Key) => ({
    name,
    target: null,
    data: sweep.points.map((p) => p.result.overall[key]?.mean ?? null),
  });
  return inMoney
    ? [
        curve('Total cost', 'totalCostPerWeek'),
        curve('Staff cost', 'staffCostPerWeek'),
        curve('Lost productivity', 'lostProductivityCostPerWeek'),
      ]
    : [
        curve('Agent-hours on duty', 'agentHoursPerWeek'),
        curve('User-hours lost', 'lostUserHoursPerWeek'),
      ];
}

/**
 * The cost curves of a one-parameter sweep: total cost a week (thick), staff cost and lost
 * productivity, with the marked points as vertical lines; without costs in the scenario,
 * agent-hours on duty and user-hours lost a week.
 * `labels`: the parameters in words, by default sweepLabels(sweep) (give them the scenario to
 * name headcounts as the form does).
 */
export function sweepCostOption(sweep: Sweep, labels = sweepLabels(sweep)): ChartOption {
  const names = categories(sweep, 0, labels);
  const inMoney = sweepInMoney(sweep);
  const currency = sweep.points[0]?.result.currency ?? null;
  const format = costText(inMoney, currency);
  const curves = costCurves(sweep, inMoney);
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number | null) => (v === null ? '–' : format(v)),
    },
    legend: { top: 0, textStyle: { fontSize: 14 } },
    grid: { left: 90, right: 30, top: gridTop(curves.length), bottom: 56 },
    media: shortChartMedia(gridTop(curves.length), gridTop(curves.length, true)),
    xAxis: xAxis(labels[0], names),
    yAxis: valueAxis(
      inMoney ? moneyAxisName(currency) : 'hours a week',
      costTick(inMoney, currency),
      {
        scale: true,
      },
    ),
    series: lineSeries(sweep, names, curves, (k) => (inMoney && k === 0 ? 4 : inMoney ? 2 : 3)),
  };
}
