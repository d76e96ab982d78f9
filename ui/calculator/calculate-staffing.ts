import {
  isSimulatorError,
  missedTargets,
  type QueueInput,
  type QueueMeasures,
  queueMeasures,
  requiredAgents,
  SIM_ERR,
  type StaffingTargets,
} from '../../simulator/index.ts';
import { FIELDS, type FieldKey } from './calculator-fields.ts';
import type { CalculatorInputs, FieldErrors } from './parse-calculator-form.ts';
import { lostProductivityPerHour, staffCostPerHour } from './staffing-costs.ts';
import { workloadErrors } from './workload-limit.ts';

/** What one headcount gives and costs. Shares as fractions, times in minutes, money per hour. */
export interface StaffingRow {
  /** Technicians on duty, working tickets. */
  agents: number;
  /** Technicians to roster for that many on duty: ⌈agents / (1 − shrinkage)⌉. */
  rosteredAgents: number;
  serviceLevel: number;
  asaMinutes: number;
  occupancy: number;
  /** Share of tickets that find every technician busy and wait. */
  waitProbability: number;
  /** Share of users who give up waiting; null when nobody does (no patience given). */
  abandonProbability: number | null;
  /** The targets this headcount misses. */
  missed: (keyof StaffingTargets)[];
  /** Null when the technician's cost is not given. */
  staffCostPerHour: number | null;
  /** Null when the cost of a user's hour is not given. */
  lostProductivityPerHour: number | null;
  /** Null unless both costs are given. */
  totalCostPerHour: number | null;
}

/** The calculator's answer: the headcount needed, the rows around it, the cheapest headcount. */
export interface Calculation {
  inputs: CalculatorInputs;
  /** 'a' (Erlang A) when users give up after a patience, else 'c' (Erlang C). */
  model: 'a' | 'c';
  /** Technicians' worth of work arriving: arrivals per minute × work minutes (Erlangs). */
  offeredLoad: number;
  /** The fewest on duty meeting every target, and what it gives and costs. */
  answer: StaffingRow;
  /** The targets one technician fewer would miss (empty when fewer could not keep up at all). */
  bindingTargets: (keyof StaffingTargets)[];
  /** Headcounts around the answer (and the cheapest), in increasing order. */
  rows: StaffingRow[];
  /** The headcount with the lowest total cost; null unless both costs are given. */
  cheapest: StaffingRow | null;
}

/** The calculation, or the fields to fix (and a message that belongs to no field). */
export type CalculationResult =
  | { ok: true; calculation: Calculation }
  | { ok: false; errors: FieldErrors; general: string | null };

/** Rows shown below and above the answer. */
export const ROWS_BELOW = 3;
export const ROWS_ABOVE = 5;
/** The table is widened to show the cheapest row only while it stays this short. */
export const MAX_ROWS = 40;
/** Headcounts the cheapest-row search tries at most. */
const MAX_COST_SCAN = 5000;

/** The simulator's field names, as the calculator's fields. */
const SIMULATOR_FIELDS: Record<string, FieldKey> = {
  arrivalsPerMinute: 'arrivals',
  meanWorkMinutes: 'work',
  'targets.serviceLevel.attainment': 'sl',
  'targets.serviceLevel.targetMinutes': 'within',
  targetMinutes: 'within',
  targets: 'sl',
  'targets.asaMinutes': 'asa',
  'targets.maxOccupancy': 'occupancy',
  shrinkage: 'shrinkage',
  patienceMinutes: 'patience',
  abandonmentRate: 'patience',
};

/** The solver's refusal of targets needing more technicians than it considers, in words. */
const TARGETS_TOO_COSTLY =
  'These targets would need more than a million technicians on duty: the calculator stops at a million. Ease a target, or lower the workload.';

/** The simulator's refusal of an Erlang A service level too costly to compute, in the form's words. */
const TOO_LONG_WITH_PATIENCE = `${FIELDS.within.label}: too long to work out exactly with patience for a desk this large. Shorten it, or leave Patience empty: with patient users the answer is nearly the same.`;

/**
 * Answers the manager's question with the closed forms (Erlang C, or Erlang A when a patience is
 * given): the fewest technicians on duty meeting every target (requiredAgents), then every
 * headcount from ROWS_BELOW under it (never fewer than can keep up: more than the offered load
 * under Erlang C) to ROWS_ABOVE over it, widened to take in the cheapest headcount.
 * The simulator's refusals (a load beyond its limits…) come back as messages at the field.
 *
 * @example
 * const parsed = parseCalculatorForm(DEFAULT_FORM); // 60 tickets/h, 12 min, 80 % within 5 min
 * if (parsed.ok) calculateStaffing(parsed.inputs) // => { ok: true, calculation: { answer: { agents: 15, … }, … } }
 */
export function calculateStaffing(inputs: CalculatorInputs): CalculationResult {
  try {
    return { ok: true, calculation: calculate(inputs) };
  } catch (error) {
    if (!isSimulatorError(error)) throw error;
    const errors: FieldErrors = {};
    const unplaced: string[] = [];
    for (const issue of error.issues) {
      const key = SIMULATOR_FIELDS[issue.field];
      const limit = error.code === SIM_ERR.LIMIT_EXCEEDED;
      if (limit && issue.field === 'targets') unplaced.push(TARGETS_TOO_COSTLY);
      else if (limit && issue.field === 'arrivalsPerMinute')
        Object.assign(errors, workloadErrors(inputs, null));
      else if (key === undefined) unplaced.push(`${issue.field}: needs ${issue.expected}.`);
      else if (limit && issue.field === 'targetMinutes') errors[key] ??= TOO_LONG_WITH_PATIENCE;
      else errors[key] ??= `${FIELDS[key].label}: needs ${issue.expected}.`;
    }
    return { ok: false, errors, general: unplaced.length > 0 ? unplaced.join(' ') : null };
  }
}

function calculate(inputs: CalculatorInputs): Calculation {
  const model = inputs.patienceMinutes === undefined ? 'c' : 'a';
  const targets = targetsOf(inputs);
  const found = requiredAgents({
    model,
    arrivalsPerMinute: inputs.arrivalsPerHour / 60,
    meanWorkMinutes: inputs.meanWorkMinutes,
    patienceMinutes: inputs.patienceMinutes,
    targets,
    shrinkage: inputs.shrinkage,
  });
  const rowAt = (agents: number) => staffingRow(inputs, targets, agents);
  const answer = rowAt(found.agents);
  const cheapestAgents = cheapestHeadcount(inputs, found.offeredLoad);
  const floor = model === 'c' ? Math.floor(found.offeredLoad) + 1 : 1;
  const rows = headcountRange(found.agents, cheapestAgents, floor).flatMap((agents) => {
    if (agents === found.agents) return [answer];
    const row = tryRow(() => rowAt(agents));
    return row === null ? [] : [row];
  });
  return {
    inputs,
    model,
    offeredLoad: found.offeredLoad,
    answer,
    bindingTargets: found.bindingTargets,
    rows,
    cheapest:
      cheapestAgents === null
        ? null
        : (rows.find((row) => row.agents === cheapestAgents) ??
          tryRow(() => rowAt(cheapestAgents))),
  };
}

/** The targets of a question, in the simulator's terms. */
function targetsOf(inputs: CalculatorInputs): StaffingTargets {
  return {
    serviceLevel: inputs.serviceLevel,
    asaMinutes: inputs.asaMinutes,
    maxOccupancy: inputs.maxOccupancy,
  };
}

/**
 * The headcounts the table shows: needed − ROWS_BELOW … needed + ROWS_ABOVE, never below
 * `floor`, widened to one row either side of the cheapest unless the table would pass MAX_ROWS.
 */
export function headcountRange(needed: number, cheapest: number | null, floor: number): number[] {
  let low = Math.max(floor, needed - ROWS_BELOW);
  let high = needed + ROWS_ABOVE;
  if (cheapest !== null) {
    const wideLow = Math.max(floor, Math.min(low, cheapest - 1));
    const wideHigh = Math.max(high, cheapest + 1);
    if (wideHigh - wideLow + 1 <= MAX_ROWS) [low, high] = [wideLow, wideHigh];
  }
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

/** One headcount's measures and costs. */
export function staffingRow(
  inputs: CalculatorInputs,
  targets: StaffingTargets,
  agents: number,
): StaffingRow {
  const measures = measuresAt(inputs, agents, inputs.serviceLevel.targetMinutes);
  const staff =
    inputs.staffCostPerAgentHour === undefined
      ? null
      : staffCostPerHour(agents, inputs.staffCostPerAgentHour, inputs.shrinkage);
  const lost =
    inputs.userHourCost === undefined
      ? null
      : lostProductivityPerHour(inputs.arrivalsPerHour, measures.asaMinutes, inputs.userHourCost);
  return {
    agents,
    rosteredAgents: Math.ceil(agents / (1 - inputs.shrinkage) - 1e-9),
    serviceLevel: measures.serviceLevel ?? 0,
    asaMinutes: measures.asaMinutes,
    occupancy: measures.occupancy,
    waitProbability: measures.waitProbability,
    abandonProbability: measures.abandonProbability ?? null,
    missed: missedTargets(measures, targets),
    staffCostPerHour: staff,
    lostProductivityPerHour: lost,
    totalCostPerHour: staff === null || lost === null ? null : staff + lost,
  };
}

function measuresAt(
  inputs: CalculatorInputs,
  agents: number,
  targetMinutes: number | undefined,
): QueueMeasures {
  const question: QueueInput = {
    model: inputs.patienceMinutes === undefined ? 'c' : 'a',
    arrivalsPerMinute: inputs.arrivalsPerHour / 60,
    meanWorkMinutes: inputs.meanWorkMinutes,
    agents,
    patienceMinutes: inputs.patienceMinutes,
    targetMinutes,
  };
  return queueMeasures(question);
}

/**
 * The headcount with the lowest staff cost plus lost productivity, searched from the smallest
 * headcount above the offered load (below it the technicians cannot do all the work: under
 * Erlang A the users who give up still need help, a cost the sum does not count) upwards, until
 * the staff cost alone passes the best total. Null unless both costs are given and a technician
 * costs something.
 */
export function cheapestHeadcount(inputs: CalculatorInputs, offeredLoad: number): number | null {
  const { staffCostPerAgentHour: staffCost, userHourCost } = inputs;
  if (staffCost === undefined || userHourCost === undefined || staffCost <= 0) return null;
  const first = Math.floor(offeredLoad) + 1;
  if (inputs.patienceMinutes === undefined) return convexMinimum(inputs, first);
  let best = first;
  let bestTotal = Number.POSITIVE_INFINITY;
  for (let agents = first; agents < first + MAX_COST_SCAN; agents++) {
    const staff = staffCostPerHour(agents, staffCost, inputs.shrinkage);
    if (staff > bestTotal) break;
    const measures = tryRow(() => measuresAt(inputs, agents, undefined));
    if (measures === null) continue;
    const total =
      staff + lostProductivityPerHour(inputs.arrivalsPerHour, measures.asaMinutes, userHourCost);
    if (total < bestTotal) [best, bestTotal] = [agents, total];
  }
  return best;
}

/**
 * Under Erlang C the total cost is convex in the headcount: staff cost grows linearly and the mean
 * wait is convex and decreasing in the number of agents (Dyer & Proll 1977, "On the validity of
 * marginal analysis for allocating servers in M/M/c queues", Management Science 23(9)). So the
 * cheapest headcount is where the cost of one more agent stops being negative, found by bisection
 * in about 13 evaluations instead of a scan (each evaluation costs time in proportion to the
 * headcount: a scan near a million agents took seconds).
 */
function convexMinimum(inputs: CalculatorInputs, first: number): number {
  const total = (agents: number) => {
    const measures = tryRow(() => measuresAt(inputs, agents, undefined));
    if (measures === null) return Number.POSITIVE_INFINITY;
    const staff = staffCostPerHour(
      agents,
      inputs.staffCostPerAgentHour as number,
      inputs.shrinkage,
    );
    return (
      staff +
      lostProductivityPerHour(
        inputs.arrivalsPerHour,
        measures.asaMinutes,
        inputs.userHourCost as number,
      )
    );
  };
  // The smallest c in [first, last] with total(c + 1) ≥ total(c): the first that one more cannot improve.
  let low = first;
  let high = first + MAX_COST_SCAN - 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (total(middle + 1) >= total(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The value, or null when the simulator refuses this one headcount (a chain too large…). */
function tryRow<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (isSimulatorError(error)) return null;
    throw error;
  }
}
