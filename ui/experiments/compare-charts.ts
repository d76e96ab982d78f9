import type { Comparison } from '../../simulator/index.ts';
import type { ChartOption } from '../components/sl-chart.ts';
import {
  costText,
  costTick,
  moneyAxisName,
  percentOf,
  valueAxis,
  wrapLabel,
} from './chart-format.ts';

/** The two colours of a cost split: the team (blue) and the users (orange). */
const STAFF_COLOUR = '#1f5fbf';
const USERS_COLOUR = '#e07b00';
/** Option colours: the base grey, the variants in the app's colours (never red/amber/green). */
const OPTION_COLOURS = ['#5b6574', '#1f5fbf', '#e07b00', '#6a3d9a', '#0e7c86', '#a35d00'];

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
 * The cost chart of a comparison, one bar per option (base first): staff cost and lost
 * productivity stacked into the total cost a week, the total written above; without costs in
 * the scenario, agent-hours on duty beside user-hours lost a week. Null when neither is known.
 */
export function compareCostOption(comparison: Comparison): ChartOption | null {
  const currency = comparison.options[0]?.result.currency ?? null;
  const { inMoney, staff, users } = costParts(comparison);
  if (staff.every((v) => v === null) && users.every((v) => v === null)) return null;
  const format = costText(inMoney, currency);
  const totals = staff.map((s, k) => (s ?? 0) + (users[k] ?? 0));
  const bar = (name: string, data: (number | null)[], color: string, top: boolean) =>
    costBar({
      name,
      data,
      color,
      stacked: inMoney,
      label: inMoney ? (top ? totals : null) : data,
      format,
    });
  return {
    tooltip: { trigger: 'axis', valueFormatter: format },
    legend: { top: 0, textStyle: { fontSize: 14 } },
    grid: { left: 90, right: 24, top: 48, bottom: 84 },
    xAxis: {
      type: 'category',
      data: comparison.options.map((o) => wrapLabel(o.name)),
      axisLabel: { fontSize: 14, lineHeight: 18, interval: 0 },
    },
    yAxis: valueAxis(
      inMoney ? moneyAxisName(currency) : 'hours a week',
      costTick(inMoney, currency),
    ),
    series: [
      bar(inMoney ? 'Staff cost' : 'Agent-hours on duty', staff, STAFF_COLOUR, false),
      bar(inMoney ? 'Lost productivity' : 'User-hours lost', users, USERS_COLOUR, true),
    ],
  };
}

/**
 * The service-level chart of a comparison: for each class with a target, one bar per option
 * (service level, %), and the base's target as a black tick. Null when no class has a target.
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
  const target = {
    type: 'scatter',
    name: 'Target (base)',
    symbol: 'rect',
    symbolSize: [70, 4],
    color: '#111',
    z: 5,
    data: classes.map((c) => percentOf(c.target?.attainment)),
  };
  return {
    color: OPTION_COLOURS,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v} %` },
    legend: { top: 0, textStyle: { fontSize: 14 } },
    grid: { left: 80, right: 24, top: 56, bottom: 40 },
    xAxis: { type: 'category', data: classes.map((c) => c.name), axisLabel: { fontSize: 14 } },
    yAxis: valueAxis('started within target (%)', '{value} %', { min: 0, max: 100, nameGap: 50 }),
    series: [...bars, target],
  };
}
