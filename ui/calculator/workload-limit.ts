import { MAX_AGENTS } from '../../simulator/index.ts';
import { formatCount } from '../format/format.ts';
import { FIELDS, type FieldKey } from './calculator-fields.ts';
import { minutesText } from './calculator-text.ts';
import type { CalculatorInputs, FieldErrors } from './parse-calculator-form.ts';

/** Large numbers in words, largest first. */
const SCALES = [
  { size: 1e12, word: 'trillion' },
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
] as const;

/**
 * A count as a manager says it: grouped in thousands below a million, else in millions,
 * billions or trillions with three significant digits (rounding up to the next word).
 *
 * @example
 * countInWords(100_000_000) // => '100 million'
 * countInWords(1_666_667) // => '1.67 million'
 * countInWords(999_999) // => '999,999'
 */
export function countInWords(count: number): string {
  if (!Number.isFinite(count)) return 'endless';
  const index = SCALES.findIndex(({ size }) => Math.abs(count) >= size);
  const scale = SCALES[index];
  if (scale === undefined) return formatCount(count);
  const scaled = Number((count / scale.size).toPrecision(3));
  // 999.9 million rounds to 1,000 million: say 1 billion.
  const larger = SCALES[index - 1];
  if (Math.abs(scaled) >= 1000 && larger !== undefined) return `${scaled / 1000} ${larger.word}`;
  return `${scaled.toLocaleString('en')} ${scale.word}`;
}

/** Technicians' worth of work arriving: arrivals per minute × work minutes (the offered load). */
export function offeredLoadOf(
  inputs: Pick<CalculatorInputs, 'arrivalsPerHour' | 'meanWorkMinutes'>,
): number {
  return (inputs.arrivalsPerHour / 60) * inputs.meanWorkMinutes;
}

/**
 * The messages for a workload the calculator cannot answer: a million technicians' worth of work
 * or more (the simulator's MAX_AGENTS). The limit involves two fields, so the message goes to the
 * one the user changed last when that is one of them, else to both; each names the other field.
 * Null when the workload is within the limit.
 *
 * @example
 * workloadErrors({ arrivalsPerHour: 60, meanWorkMinutes: 100_000_000 }, 'work')
 * // => { work: "Average work time per ticket: with 60 tickets an hour, that is 100 million technicians' worth of work: the calculator stops at a million. Lower it, or lower Tickets arriving per hour." }
 */
export function workloadErrors(
  inputs: Pick<CalculatorInputs, 'arrivalsPerHour' | 'meanWorkMinutes'>,
  lastChanged: FieldKey | null,
): FieldErrors | null {
  const load = offeredLoadOf(inputs);
  if (load < MAX_AGENTS) return null;
  const limit = countInWords(MAX_AGENTS).replace(/^1 /, 'a ');
  const work = `${countInWords(load)} technicians' worth of work: the calculator stops at ${limit}`;
  const arrivals = `${FIELDS.arrivals.label}: with ${minutesText(inputs.meanWorkMinutes)} of work per ticket, that is ${work}. Lower it, or lower ${FIELDS.work.label}.`;
  const minutes = `${FIELDS.work.label}: with ${formatCount(inputs.arrivalsPerHour)} tickets an hour, that is ${work}. Lower it, or lower ${FIELDS.arrivals.label}.`;
  if (lastChanged === 'arrivals') return { arrivals };
  if (lastChanged === 'work') return { work: minutes };
  return { arrivals, work: minutes };
}
