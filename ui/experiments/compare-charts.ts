import type { Comparison } from '../../simulator/index.ts';
import type { ChartOption } from '../components/sl-chart.ts';
import { categoryMedia } from './category-media.ts';
import { costText, costTick, moneyAxisName, percentOf, valueAxis } from './chart-format.ts';
import { CHART_TYPE, LEGEND_TEXT_WIDTH, textWidth } from './chart-text.ts';

/** The two colours of a cost split: the team (blue) and the users (orange). */
const STAFF_COLOUR = '#1f5fbf';
const USERS_COLOUR = '#e07b00';
/** Option colours: the base grey, the variants in the app's colours (never red/amber/green). */
const OPTION_COLOURS = [
  '#5b6574',
  '#1f5fbf',
  '#e07b00',
  '#6a3d9a',
  '#0e7c86',
  '#a35d00',
  '#b5478a',
  '#2f3f8f',
  '#8c8c8c',
];

/** Legend names in large type, a very long one cut short. */
const LEGEND_TEXT = { fontSize: 14, width: LEGEND_TEXT_WIDTH, overflow: 'truncate' };
/** Every category labelled (none skipped), wrapped into its room by the media queries. */
const CATEGORY_LABEL = { ...CHART_TYPE.normal, interval: 0, hideOverlap: false };

/** Each option's two cost parts: money when every option has costs, else hours. */
function costParts(comparison: Comparison) {
  const overall = comparison.options.map((o) => o.result.overall);
  const inMoney = overall.every(
    (m) => m.staffCostPerWeek !== null && m.lostProductivityCostPerWeek !== null,
  );
  const first = inMoney ? 'staffCostPerWeek' : 'agentHoursPerWeek';
  const second = inMoney ? 'lostProductivityCostPerWeek' : 'lostUserHoursPerWeek';
  return {
    inMoney,
    staff: overall.map((m) => m[first]?.mean ?? null),
    users: overall.map((m) => m[second]?.mean ?? null),
  };
}

/**
 * A bar series of the cost chart; `label` gives the number written above each bar (the totals
 * on the top of a stack, the bar's own value side by side), or null for none.
 */
function costBar(bar: {
  name: string;
  data: (number | null)[];
  color: string;
  stacked: boolean;
  label: (number | null)[] | null;
  format: (value: number) => string;
}) {
  const { label, format } = bar;
  return {
    type: 'bar',
    name: bar.name,
    data: bar.data,
    color: bar.color,
    stack: bar.stacked ? 'total' : undefined,
    barMaxWidth: 90,
    label: {
      show: label !== null,
      position: 'top',
      fontSize: 14,
      fontWeight: 600,
      formatter: (p: { dataIndex: number }) => {
        const value = label?.[p.dataIndex] ?? null;
        return value === null ? '' : `${bar.stacked ? 'Total ' : ''}${format(value)}`;
      },
    },
  };
}

/**
 * How the numbers above the cost bars fit the room each option has (px), in type `fontSize`:
 * a total ("Total €34,461", as `written` per option) goes on two lines when it is wider than
 * its option's room, in smaller type when even the amount is; two bars side by side whose
 * numbers would touch get them upright, with room above the highest bar to write them.
 */
function costLabels(stacked: boolean, written: readonly string[]) {
  const widest = written.reduce((a, b) => (b.length > a.length ? b : a), '');
  return (perOption: number, fontSize: number) => {
    const width = textWidth(widest, fontSize) * 1.1;
    if (stacked) {
      const narrow = width + 8 > perOption;
      // On two lines, the amount alone must fit; else the type is two pixels smaller.
      const amount = textWidth(widest.replace('Total ', ''), fontSize) * 1.1;
      const size = narrow && amount + 10 > perOption ? fontSize - 2 : fontSize;
      const text = (p: { dataIndex: number }) => written[p.dataIndex] ?? '';
      const formatter = narrow ? (p: { dataIndex: number }) => text(p).replace(' ', '\n') : text;
      const label = { fontSize: size, lineHeight: Math.round(size * 1.25), formatter };
      return { series: [{}, { label }], yAxis: { boundaryGap: [0, narrow ? '20%' : '12%'] } };
    }
    // Side by side, neighbouring numbers are about 0.45 of the option's room apart.
    const upright = width + 6 > perOption * 0.45;
    const label = upright
      ? { fontSize, rotate: 90, align: 'left', verticalAlign: 'middle', distance: 6 }
      : { fontSize, rotate: 0, align: 'center', verticalAlign: 'bottom', distance: 5 };
    return {
      series: [{ label }, { label }],
      yAxis: { boundaryGap: [0, upright ? '35%' : '12%'] },
    };
  };
}

/**
 * The cost chart of a comparison, one bar per option (base first): staff cost and lost
 * productivity stacked into the total cost a week, the total written above; without costs in
 * the scenario, agent-hours on duty beside user-hours lost a week. Every option is labelled,
 * its name wrapped into its room. Null when neither is known.
 */
export function compareCostOption(comparison: Comparison): ChartOption | null {
  const currency = comparison.options[0]?.result.currency ?? null;
  const { inMoney, staff, users } = costParts(comparison);
  if (staff.every((v) => v === null) && users.every((v) => v === null)) return null;
  const format = costText(inMoney, currency);
  const totals = staff.map((s, k) => (s ?? 0) + (users[k] ?? 0));
  const written = (inMoney ? totals : [...staff, ...users]).map(
    (v) => `${inMoney ? 'Total ' : ''}${format(v ?? 0)}`,
  );
  const bar = (name: string, data: (number | null)[], color: string, top: boolean) =>
    costBar({
      name,
      data,
      color,
      stacked: inMoney,
      label: inMoney ? (top ? totals : null) : data,
      format,
    });
  const names = comparison.options.map((o) => o.name);
  const legend = inMoney
    ? ['Staff cost', 'Lost productivity']
    : ['Agent-hours on duty', 'User-hours lost'];
  const layout = { categories: names, legend, left: 90, right: 24, top: 24 };
  return {
    tooltip: { trigger: 'axis', valueFormatter: format },
    legend: { top: 0, textStyle: LEGEND_TEXT },
    grid: { left: 90, right: 24, top: 48, bottom: 84 },
    xAxis: { type: 'category', data: names, axisLabel: CATEGORY_LABEL },
    yAxis: valueAxis(
      inMoney ? moneyAxisName(currency) : 'hours a week',
      costTick(inMoney, currency),
      { boundaryGap: [0, '12%'] },
    ),
    series: [
      bar(legend[0] as string, staff, STAFF_COLOUR, false),
      bar(legend[1] as string, users, USERS_COLOUR, true),
    ],
    media: categoryMedia(layout, costLabels(inMoney, written)),
  };
}

/**
 * The service-level chart of a comparison: for each class with a target (every one of them
 * labelled), one bar per option (service level, %), and the base's target as a black tick as
 * wide as the class's bars. Null when no class has a target.
 */
export function compareServiceOption(comparison: Comparison): ChartOption | null {
  const classes = (comparison.options[0]?.result.classes ?? []).filter((c) => c.target !== null);
  if (classes.length === 0) return null;
  const bars = comparison.options.map((option) => ({
    type: 'bar',
    name: option.name,
    barMaxWidth: 60,
    data: classes.map((c) =>
      percentOf(option.result.classes.find((x) => x.id === c.id)?.metrics.serviceLevel?.mean),
    ),
  }));
  const tickWidth = (perClass: number) => Math.max(12, Math.min(70, Math.round(perClass * 0.8)));
  const target = {
    type: 'scatter',
    name: 'Target (base)',
    symbol: 'rect',
    symbolSize: [70, 4],
    color: '#111',
    z: 5,
    data: classes.map((c) => percentOf(c.target?.attainment)),
  };
  const names = classes.map((c) => c.name);
  const legend = [...comparison.options.map((o) => o.name), target.name];
  const media = categoryMedia(
    { categories: names, legend, left: 80, right: 24, top: 32, legendBeside: true },
    (perClass) => ({
      series: [...bars.map(() => ({})), { symbolSize: [tickWidth(perClass), 4] }],
    }),
  );
  return {
    color: OPTION_COLOURS,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v} %` },
    legend: { top: 0, textStyle: LEGEND_TEXT },
    grid: { left: 80, right: 24, top: 56, bottom: 40 },
    xAxis: { type: 'category', data: names, axisLabel: CATEGORY_LABEL },
    yAxis: valueAxis('started within target (%)', '{value} %', { min: 0, max: 100, nameGap: 50 }),
    series: [...bars, target],
    media,
  };
}
