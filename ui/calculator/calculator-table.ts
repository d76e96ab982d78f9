import type { StaffingTargets } from '../../simulator/index.ts';
import { formatCount, formatDuration, formatPercent } from '../format/format.ts';
import type { Calculation, StaffingRow } from './calculate-staffing.ts';
import { moneyPerHour, serviceLevelTarget } from './calculator-text.ts';

/** One cell of the headcount table: its text (with unit), and whether it misses a target. */
export interface TableCell {
  text: string;
  missed: boolean;
}

/** One line of the headcount table. */
export interface TableLine {
  agents: number;
  /** The headcount needed: the row to highlight. */
  answer: boolean;
  /** The headcount with the lowest total cost. */
  cheapest: boolean;
  cells: TableCell[];
}

/** A column: its heading, and the text of a row's cell. */
interface Column {
  heading: string;
  cell: (row: StaffingRow, calculation: Calculation) => string;
  /** The target a cell in this column can miss. */
  target?: keyof StaffingTargets;
}

const COLUMNS: Column[] = [
  { heading: 'On duty', cell: (row) => formatCount(row.agents) },
  { heading: 'To roster', cell: (row) => formatCount(row.rosteredAgents) },
  {
    heading: 'Service level',
    cell: (row) => formatPercent(row.serviceLevel),
    target: 'serviceLevel',
  },
  {
    heading: 'Average wait (ASA)',
    cell: (row) => formatDuration(row.asaMinutes),
    target: 'asaMinutes',
  },
  { heading: 'Occupancy', cell: (row) => formatPercent(row.occupancy), target: 'maxOccupancy' },
  { heading: 'Tickets that wait', cell: (row) => formatPercent(row.waitProbability) },
];

const ABANDON: Column = {
  heading: 'Users who give up',
  cell: (row) => formatPercent(row.abandonProbability),
};

const COSTS: Column[] = [
  { heading: 'Staff cost', cell: (row, calc) => moneyPerHour(row.staffCostPerHour, calc) },
  {
    heading: 'Lost productivity',
    cell: (row, calc) => moneyPerHour(row.lostProductivityPerHour, calc),
  },
  { heading: 'Total cost', cell: (row, calc) => moneyPerHour(row.totalCostPerHour, calc) },
];

function columnsOf(calculation: Calculation): Column[] {
  const { inputs } = calculation;
  const priced = inputs.staffCostPerAgentHour !== undefined || inputs.userHourCost !== undefined;
  return [...COLUMNS, ...(calculation.model === 'a' ? [ABANDON] : []), ...(priced ? COSTS : [])];
}

/**
 * The headings of the headcount table, the service level's with its target time. A column for
 * users who give up appears with a patience, cost columns with either cost.
 *
 * @example
 * tableHeadings(calculation)[2] // => 'Service level (target 80 % within 5 min)'
 */
export function tableHeadings(calculation: Calculation): string[] {
  return columnsOf(calculation).map((column) =>
    column.target === 'serviceLevel'
      ? `${column.heading} (target ${serviceLevelTarget(calculation.inputs)})`
      : column.heading,
  );
}

/**
 * The lines of the headcount table, in increasing headcount, each cell with its unit and marked
 * when it misses its target.
 */
export function tableLines(calculation: Calculation): TableLine[] {
  const columns = columnsOf(calculation);
  return calculation.rows.map((row) => ({
    agents: row.agents,
    answer: row.agents === calculation.answer.agents,
    cheapest: row.agents === calculation.cheapest?.agents,
    cells: columns.map((column) => ({
      text: column.cell(row, calculation),
      missed: column.target !== undefined && row.missed.includes(column.target),
    })),
  }));
}
