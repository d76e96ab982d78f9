import type { Scenario, Sweep, SweepPoint, TargetVerdict } from '../../simulator/index.ts';
import type { Quantity } from '../format/format.ts';
import { csvNumber, csvUnit } from './compare-csv.ts';
import type { CsvCell } from './csv-text.ts';
import { type ParameterLabel, parameterLabel, type ResultNames } from './parameter-label.ts';
import { scenarioLevers } from './scenario-levers.ts';

/** A column of a sweep's table of points: its heading, quantity, and value at a point. */
export interface SweepColumn {
  label: string;
  quantity: Quantity;
  value: (point: SweepPoint) => number | null;
  /** For a class's service level: the point's verdict against the class's target. */
  verdict?: (point: SweepPoint) => TargetVerdict | null;
}

/** The names of the groups and classes of a sweep (from its first point). */
export function sweepNames(sweep: Sweep): ResultNames {
  const result = sweep.points[0]?.result;
  return { groups: result?.groups ?? [], classes: result?.classes ?? [] };
}

/**
 * The swept parameters in plain words. Given the scenario the sweep ran on (its run's
 * request), a headcount is named as the sweep's form names it ("Service desk, early (Mon–Fri
 * 07:30–16:00)" rather than "Service desk, shift 1").
 *
 * @example
 * sweepLabels(shiftSweep, officeHoursDesk)[0].subject // => 'Service desk, early (Mon–Fri 07:30–16:00)'
 */
export function sweepLabels(sweep: Sweep, scenario: Scenario | null = null): ParameterLabel[] {
  const names = sweepNames(sweep);
  const levers = scenario === null ? [] : scenarioLevers(scenario);
  return sweep.parameters.map((p) => {
    const label = parameterLabel(p.path, names);
    const lever = levers.find((l) => l.path === p.path);
    if (lever === undefined || label.kind !== 'agents') return label;
    return { ...label, name: `${lever.subject} headcount`, subject: lever.subject };
  });
}

/** Whether the points carry costs in money (the scenario has economics). */
export function sweepInMoney(sweep: Sweep): boolean {
  return sweep.points.some((p) => p.curves.totalCostPerWeek !== null);
}

/**
 * The columns of a sweep's table: each class with a target (service level, judged against it),
 * all tickets' service level, time to resolve p95, backlog at the end, occupancy, then
 * staff cost, lost productivity and total cost a week (agent-hours and user-hours lost when the
 * scenario has no costs).
 */
export function sweepColumns(sweep: Sweep): SweepColumn[] {
  const classes = (sweep.points[0]?.result.classes ?? []).filter((c) => c.target !== null);
  const classOf = (point: SweepPoint, id: string) => point.result.classes.find((c) => c.id === id);
  const overall =
    (key: keyof SweepPoint['result']['overall']) =>
    (point: SweepPoint): number | null =>
      point.result.overall[key]?.mean ?? null;
  const columns: SweepColumn[] = classes.map((c) => ({
    label: `${c.name} service level`,
    quantity: 'fraction',
    value: (point) => classOf(point, c.id)?.metrics.serviceLevel?.mean ?? null,
    verdict: (point) => classOf(point, c.id)?.target?.verdict ?? null,
  }));
  columns.push(
    { label: 'All tickets service level', quantity: 'fraction', value: overall('serviceLevel') },
    { label: 'Time to resolve p95', quantity: 'minutes', value: overall('timeInSystemP95Minutes') },
    { label: 'Open at the end', quantity: 'count', value: overall('openAtEnd') },
    { label: 'Occupancy', quantity: 'fraction', value: overall('occupancy') },
  );
  columns.push(...costColumns(sweepInMoney(sweep)));
  return columns;
}

/** The cost columns: staff, lost productivity and total a week, or agent-hours and user-hours lost. */
function costColumns(inMoney: boolean): SweepColumn[] {
  const overall =
    (key: keyof SweepPoint['result']['overall']) =>
    (point: SweepPoint): number | null =>
      point.result.overall[key]?.mean ?? null;
  if (!inMoney) {
    return [
      { label: 'Agent-hours a week', quantity: 'hours', value: overall('agentHoursPerWeek') },
      {
        label: 'User-hours lost a week',
        quantity: 'hours',
        value: overall('lostUserHoursPerWeek'),
      },
    ];
  }
  return [
    { label: 'Staff cost a week', quantity: 'money', value: overall('staffCostPerWeek') },
    {
      label: 'Lost productivity a week',
      quantity: 'money',
      value: overall('lostProductivityCostPerWeek'),
    },
    { label: 'Total cost a week', quantity: 'money', value: overall('totalCostPerWeek') },
  ];
}

/**
 * What the result marks at point `index`: the cheapest point meeting every target and the
 * point of least total cost (both may be the same point).
 *
 * @example
 * sweepMarks({ cheapestFeasible: 2, costMinimising: 2, ... }, 2) // => ['Cheapest meeting every target', 'Lowest total cost']
 */
export function sweepMarks(
  sweep: Pick<Sweep, 'cheapestFeasible' | 'costMinimising'>,
  index: number,
): string[] {
  const marks: string[] = [];
  if (sweep.cheapestFeasible === index) marks.push('Cheapest meeting every target');
  if (sweep.costMinimising === index) marks.push('Lowest total cost');
  return marks;
}

/**
 * Words for whether a point meets its targets: "yes" when every interval is above its target,
 * "on the mean" when the means are but not every interval, "no", or "no targets".
 */
export function meetsWords(point: Pick<SweepPoint, 'meetsTargets' | 'confident'>): string {
  if (point.meetsTargets === null) return 'no targets';
  if (!point.meetsTargets) return 'no';
  return point.confident === true ? 'yes' : 'on the mean';
}

/**
 * The points of a sweep as CSV rows, header first: the parameters' values as sent, every column
 * of the table (fractions in percent, durations in minutes, money in the scenario's currency),
 * whether the point meets every target and what the result marks there.
 * `labels`: the parameters in words, by default sweepLabels(sweep) (give them the scenario to
 * name headcounts as the form does).
 *
 * @example
 * sweepCsvRows(sweep)[0].slice(0, 2) // => ['Service desk headcount (agents)', 'P1 critical service level (percent)']
 */
export function sweepCsvRows(sweep: Sweep, labels = sweepLabels(sweep)): CsvCell[][] {
  const currency = sweep.points[0]?.result.currency ?? null;
  const columns = sweepColumns(sweep);
  const header = [
    ...labels.map((l) => (l.kind === 'agents' ? `${l.name} (agents)` : l.name)),
    ...columns.map((c) => `${c.label} (${csvUnit(c.quantity, currency).unit})`),
    'Meets every target',
    'Marked',
  ];
  const rows = sweep.points.map((point, index) => [
    ...point.values.map((v) =>
      typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v),
    ),
    ...columns.map((c) => csvNumber(c.value(point), csvUnit(c.quantity, currency).factor)),
    meetsWords(point),
    sweepMarks(sweep, index).join('; '),
  ]);
  return [header, ...rows];
}
