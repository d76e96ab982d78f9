import {
  type MetricSummary,
  readableUnit,
  round,
  type TargetVerdict,
} from '../../simulator/index.ts';
import { formatQuantity } from '../format/format.ts';
import type { CompareLine } from './compare-lines.ts';
import { targetWords } from './compare-lines.ts';
import { excludesZero, formatDifference } from './difference-format.ts';

/** What one cell of a comparison table shows. */
export interface CompareCell {
  /** The option's mean, with its unit. */
  value: string;
  /** For a class's service level: the option's verdict against its own target. */
  verdict: TargetVerdict | null;
  /** The option's target, when it differs from the base's (a variant that changes it). */
  targetNote: string | null;
  /** For a variant: the paired difference from the base with its 95 % interval; null for the base. */
  difference: string | null;
  /** Whether that interval excludes 0 (the difference is not noise). */
  significant: boolean;
}

/** Words for a verdict, on a badge. */
export const VERDICT_LABELS: Record<TargetVerdict, string> = {
  met: 'met',
  missed: 'missed',
  uncertain: 'too close to call',
  'no-tickets': 'no tickets',
};

/** The style (of ui/styles/shared.ts) that colours a verdict: green, red, amber, or none. */
export const VERDICT_STYLES: Record<TargetVerdict, string> = {
  met: 'ok',
  missed: 'missed',
  uncertain: 'uncertain',
  'no-tickets': '',
};

/**
 * An option's mean with its unit; durations in the unit the base's mean reads in, so that a row
 * compares like with like ("1.93 h" beside "2.02 h", never "116 min").
 */
function formatValue(
  summary: MetricSummary | null,
  line: CompareLine,
  currency: string | null,
): string {
  if (line.quantity !== 'minutes' || summary === null || !Number.isFinite(summary.mean)) {
    return formatQuantity(summary?.mean, line.quantity, currency);
  }
  const unit = readableUnit(line.values[0]?.mean ?? summary.mean);
  return `${round(summary.mean / unit.minutes)} ${unit.symbol}`;
}

/**
 * The cell of option k (0 is the base) in a line of a comparison table.
 *
 * @example
 * compareCell(line, 1, 'EUR') // => { value: '€45,000', verdict: null, targetNote: null, difference: '−€2,200 (−€2,400 to −€2,000)', significant: true }
 */
export function compareCell(line: CompareLine, k: number, currency: string | null): CompareCell {
  const summary = line.values[k] ?? null;
  const target = line.targets?.[k] ?? null;
  const baseTarget = line.targets?.[0] ?? null;
  const differs =
    target !== null &&
    (baseTarget === null ||
      target.targetMinutes !== baseTarget.targetMinutes ||
      target.attainment !== baseTarget.attainment);
  const difference = k === 0 ? null : (line.differences[k] ?? null);
  return {
    value: formatValue(summary, line, currency),
    verdict: target?.verdict ?? null,
    targetNote: differs ? `target ${targetWords(target)}` : null,
    difference: k === 0 ? null : formatDifference(difference, line.quantity, currency),
    significant: excludesZero(difference),
  };
}
