import type { StaffingTargets } from '../../simulator/index.ts';
import { formatCount, formatMoney } from '../format/format.ts';
import type { Calculation, StaffingRow } from './calculate-staffing.ts';
import type { CalculatorInputs } from './parse-calculator-form.ts';

/**
 * A target in words, with its value.
 *
 * @example
 * targetText('serviceLevel', inputs) // => 'the service level (80 % within 5 min)'
 */
export function targetText(target: keyof StaffingTargets, inputs: CalculatorInputs): string {
  switch (target) {
    case 'serviceLevel':
      return `the service level (${serviceLevelTarget(inputs)})`;
    case 'asaMinutes':
      return `the average wait (ASA at most ${minutesText(inputs.asaMinutes ?? 0)})`;
    case 'maxOccupancy':
      return `the maximum occupancy (${targetPercent(inputs.maxOccupancy ?? 0)})`;
    default:
      return target;
  }
}

/**
 * The service-level target in words.
 *
 * @example
 * serviceLevelTarget(inputs) // => '80 % within 5 min'
 */
export function serviceLevelTarget(inputs: CalculatorInputs): string {
  return `${targetPercent(inputs.serviceLevel.attainment)} ${startedText(inputs)}`;
}

/**
 * When the service-level target wants work started.
 *
 * @example
 * startedText(inputs) // => 'within 5 min' ('at once' for 0)
 */
export function startedText(inputs: CalculatorInputs): string {
  const minutes = inputs.serviceLevel.targetMinutes;
  return minutes === 0 ? 'at once' : `within ${minutesText(minutes)}`;
}

/**
 * Minutes the user typed, shown in minutes as entered (not converted to seconds or hours).
 *
 * @example
 * minutesText(1) // => '1 min'
 */
export function minutesText(minutes: number): string {
  return `${Number(minutes.toFixed(2))} min`;
}

/**
 * A share the user typed, as a percentage without trailing zeros (targets read as entered).
 *
 * @example
 * targetPercent(0.8) // => '80 %'
 */
export function targetPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))} %`;
}

/** Technicians, with the noun agreeing: "1 technician", "15 technicians". */
export function technicians(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'technician' : 'technicians'}`;
}

/** Items joined in words: "a", "a and b", "a, b and c". */
function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Why one technician fewer would not do: the targets it would miss, or that it could not keep up.
 *
 * @example
 * bindingText(calculation) // => 'One fewer (14 on duty) would miss the service level (80 % within 5 min) and the maximum occupancy (85 %).'
 */
export function bindingText(calculation: Calculation): string {
  const { answer, bindingTargets, inputs, offeredLoad } = calculation;
  const fewer = answer.agents - 1;
  if (fewer < 1) return 'One technician is the fewest there can be.';
  if (bindingTargets.length > 0) {
    const missed = joinWords(bindingTargets.map((target) => targetText(target, inputs)));
    return `One fewer (${formatCount(fewer)} on duty) would miss ${missed}.`;
  }
  return `One fewer (${formatCount(fewer)} on duty) could not keep up with ${worthOfWork(offeredLoad)}: the queue would grow without end.`;
}

/**
 * The workload in words.
 *
 * @example
 * loadText(calculation) // => "60 tickets an hour × 12 min of work = 12 technicians' worth of work (the offered load)."
 */
export function loadText(calculation: Calculation): string {
  const { inputs, offeredLoad } = calculation;
  return `${formatCount(inputs.arrivalsPerHour)} tickets an hour × ${minutesText(inputs.meanWorkMinutes)} of work = ${worthOfWork(offeredLoad)} (the offered load).`;
}

/** The offered load in words: "12 technicians' worth of work", "1 technician's worth of work". */
function worthOfWork(offeredLoad: number): string {
  const noun = formatCount(offeredLoad) === '1' ? "technician's" : "technicians'";
  return `${formatCount(offeredLoad)} ${noun} worth of work`;
}

/** How users who wait are modelled, in words a manager reads (and the model's name for others). */
export function modelText(inputs: CalculatorInputs): string {
  if (inputs.patienceMinutes === undefined) {
    return 'Users are assumed to wait as long as it takes (Erlang C). If some give up, enter their patience.';
  }
  return `Users who give up waiting are counted: on average they give up after ${minutesText(inputs.patienceMinutes)} (Erlang A).`;
}

/** Money per hour: "€1,041/h". */
export function moneyPerHour(value: number | null, calculation: Calculation): string {
  return value === null ? '–' : `${formatMoney(value, calculation.inputs.currency)}/h`;
}

/**
 * The cheapest headcount in words, compared with the answer; null when costs are not given.
 *
 * @example
 * cheapestText(calculation) // => 'Cheapest in total: 16 on duty, €1,020/h (€25/h less than 15).'
 */
export function cheapestText(calculation: Calculation): string | null {
  const { cheapest, answer } = calculation;
  if (cheapest === null || cheapest.totalCostPerHour === null) return null;
  const total = moneyPerHour(cheapest.totalCostPerHour, calculation);
  if (cheapest.agents === answer.agents) {
    return `This is also the cheapest headcount in total (staff plus lost productivity): ${total}.`;
  }
  const saving = moneyPerHour(
    (answer.totalCostPerHour ?? 0) - cheapest.totalCostPerHour,
    calculation,
  );
  const misses = missesText(cheapest, calculation);
  return `Cheapest in total (staff plus lost productivity): ${formatCount(cheapest.agents)} on duty, ${total}, ${saving} less than ${formatCount(answer.agents)}${misses}.`;
}

function missesText(row: StaffingRow, calculation: Calculation): string {
  if (row.missed.length === 0) return '';
  const missed = joinWords(row.missed.map((target) => targetText(target, calculation.inputs)));
  return `, but it misses ${missed}`;
}
