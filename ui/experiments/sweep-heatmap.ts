import type { Sweep } from '../../simulator/index.ts';
import type { ChartOption } from '../components/sl-chart.ts';
import { formatCount } from '../format/format.ts';
import { compactMoney, moneyAxisName } from './chart-format.ts';
import { axisTitle, formatParameterValue, type ParameterLabel } from './parameter-label.ts';
import { sweepInMoney, sweepLabels } from './sweep-table.ts';

/** The frames of the marked cells: green for the cheapest meeting every target, black for the least total cost. */
const FEASIBLE_FRAME = '#23824a';
const CHEAPEST_FRAME = '#111111';

/** One cell of the heat map: [across, up, value], whether it meets every target, its frame. */
interface Cell {
  value: [number, number, number | null];
  meets: boolean;
  itemStyle: { borderColor: string; borderWidth: number };
}

/** The cells of a two-parameter sweep; the second parameter varies fastest, as the points do. */
function cells(sweep: Sweep, inMoney: boolean): Cell[] {
  const up = sweep.parameters[1]?.values.length ?? 1;
  return sweep.points.map((point, k) => {
    const value = inMoney ? (point.curves.totalCostPerWeek?.mean ?? null) : point.cost.value;
    const frame =
      k === sweep.cheapestFeasible
        ? FEASIBLE_FRAME
        : k === sweep.costMinimising
          ? CHEAPEST_FRAME
          : null;
    return {
      value: [Math.floor(k / up), k % up, value],
      meets: point.meetsTargets === true,
      itemStyle:
        frame === null
          ? { borderColor: '#fff', borderWidth: 1 }
          : { borderColor: frame, borderWidth: 4 },
    };
  });
}

/** A category axis of one parameter's values, titled with its name and unit. */
function parameterAxis(sweep: Sweep, i: number, label: ParameterLabel | undefined, gap: number) {
  return {
    type: 'category',
    data: (sweep.parameters[i]?.values ?? []).map((v) =>
      formatParameterValue(label?.kind ?? 'other', v),
    ),
    name: label === undefined ? '' : axisTitle(label),
    nameLocation: 'middle',
    nameGap: gap,
    nameTextStyle: { fontSize: 14 },
    axisLabel: { fontSize: 14 },
    splitArea: { show: true },
  };
}

/**
 * The heat map of a two-parameter sweep: total cost a week (agent-hours without costs) for
 * every combination, the first parameter across, the second up; a ✓ in the points meeting
 * every target (on the mean), a green frame round the cheapest of them and a black one round the
 * least total cost.
 * `labels`: the parameters in words, by default sweepLabels(sweep) (give them the scenario to
 * name headcounts as the form does).
 */
export function sweepHeatmapOption(sweep: Sweep, labels = sweepLabels(sweep)): ChartOption {
  const [first, second] = labels;
  const inMoney = sweepInMoney(sweep);
  const currency = sweep.points[0]?.result.currency ?? null;
  const format = (v: number) => (inMoney ? compactMoney(v, currency) : `${formatCount(v)} h`);
  const data = cells(sweep, inMoney);
  const values = data.map((c) => c.value[2]).filter((v): v is number => v !== null);
  const label = (p: { data: Cell }) => {
    const v = p.data.value[2];
    return `${v === null ? '–' : format(v)}${p.data.meets ? ' ✓' : ''}`;
  };
  return {
    tooltip: { position: 'top', formatter: label },
    grid: { left: 110, right: 130, top: 20, bottom: 60 },
    xAxis: parameterAxis(sweep, 0, first, 36),
    yAxis: parameterAxis(sweep, 1, second, 70),
    visualMap: {
      min: Math.min(...values),
      max: Math.max(...values),
      calculable: false,
      orient: 'vertical',
      right: 0,
      top: 'middle',
      text: [inMoney ? `${moneyAxisName(currency)}, high` : 'hours a week, high', 'low'],
      textStyle: { fontSize: 13 },
      inRange: { color: ['#f2f6fc', '#7fa6e3'] },
      formatter: format,
    },
    series: [
      {
        type: 'heatmap',
        name: inMoney ? 'Total cost a week' : 'Agent-hours a week',
        data,
        label: { show: true, fontSize: 15, color: '#111', formatter: label },
      },
    ],
  };
}
