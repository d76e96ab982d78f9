import type { Comparison, MetricSummary } from '../../simulator/index.ts';
import type { Quantity } from '../format/format.ts';
import { compareLines, targetWords } from './compare-lines.ts';
import type { CsvCell } from './csv-text.ts';
import { excludesZero } from './difference-format.ts';

/** The header of a comparison's CSV: one row per metric and option (a "long" table). */
export const COMPARE_CSV_HEADER = [
  'Metric',
  'Unit',
  'Option',
  'Mean',
  'Low (95 %)',
  'High (95 %)',
  'Difference from base',
  'Difference low (95 %)',
  'Difference high (95 %)',
  'Difference excludes 0',
  'Target',
  'Verdict',
] as const;

/**
 * The unit a quantity is written in a CSV file, and the factor from the internal value:
 * fractions as percent, durations in minutes, money in the scenario's currency.
 *
 * @example
 * csvUnit('fraction', 'EUR') // => { unit: 'percent', factor: 100 }
 */
export function csvUnit(
  quantity: Quantity,
  currency: string | null,
): { unit: string; factor: number } {
  switch (quantity) {
    case 'fraction':
      return { unit: 'percent', factor: 100 };
    case 'minutes':
      return { unit: 'minutes', factor: 1 };
    case 'money':
      return { unit: currency ?? 'money', factor: 1 };
    case 'hours':
      return { unit: 'hours', factor: 1 };
    case 'count':
      return { unit: 'tickets', factor: 1 };
  }
}

/**
 * A number for a spreadsheet: scaled, rounded to 4 decimals, an empty cell when missing. Kept a
 * number, so that csvText leaves a negative one as it is.
 *
 * @example
 * csvNumber(0.97512, 100) // => 97.512
 */
export function csvNumber(value: number | null | undefined, factor = 1): number | '' {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return Math.round(value * factor * 10_000) / 10_000;
}

function bounds(summary: MetricSummary | null, factor: number): CsvCell[] {
  return [
    csvNumber(summary?.mean, factor),
    csvNumber(summary?.halfWidth === null ? null : summary?.low, factor),
    csvNumber(summary?.halfWidth === null ? null : summary?.high, factor),
  ];
}

/**
 * The rows of a comparison as a CSV table (header first): for every line of the table and every
 * option, the mean and 95 % interval, and for variants the paired difference from the base
 * with its interval and whether it excludes 0; for service levels, the target and verdict.
 * Numbers stay numbers; write the rows with csvText, which keeps typed names from running as
 * formulas.
 *
 * @example
 * compareCsvRows(comparison)[1] // => ['P1 critical: service level', 'percent', 'Base', 97.5, 95, 100, '', '', '', '', '95 % within 15 min', 'met']
 */
export function compareCsvRows(comparison: Comparison): CsvCell[][] {
  const currency = comparison.options[0]?.result.currency ?? null;
  const rows: CsvCell[][] = [[...COMPARE_CSV_HEADER]];
  for (const line of compareLines(comparison)) {
    const { unit, factor } = csvUnit(line.quantity, currency);
    comparison.options.forEach((option, k) => {
      const difference = line.differences[k] ?? null;
      const target = line.targets?.[k] ?? null;
      rows.push([
        line.label,
        unit,
        option.name,
        ...bounds(line.values[k] ?? null, factor),
        ...(k === 0 ? ['', '', ''] : bounds(difference, factor)),
        k === 0 || difference === null ? '' : excludesZero(difference) ? 'yes' : 'no',
        target === null ? '' : targetWords(target),
        target?.verdict ?? '',
      ]);
    });
  }
  return rows;
}
