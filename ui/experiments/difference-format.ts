import { type MetricSummary, readableUnit, round } from '../../simulator/index.ts';
import { formatCount, formatMoney, type Quantity } from '../format/format.ts';

/**
 * Whether a difference's 95 % confidence interval leaves out 0, so that it is not noise: false
 * without an interval (one replication); true for an exact difference that is not 0.
 *
 * @example
 * excludesZero({ mean: -2, low: -3, high: -1, halfWidth: 1, n: 10 }) // => true
 */
export function excludesZero(difference: MetricSummary | null | undefined): boolean {
  if (difference === null || difference === undefined || difference.halfWidth === null)
    return false;
  return difference.low > 0 || difference.high < 0;
}

/** A signed number: "+" or the minus sign "−" (U+2212) before the magnitude; 0 unsigned. */
function signed(value: number, magnitude: (abs: number) => string): string {
  const text = magnitude(Math.abs(value));
  if (Number(text.replace(/[^\d.]/g, '')) === 0) return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

/**
 * Formats a signed difference in a quantity's unit: durations in the unit of the largest of
 * mean and bounds, fractions in percentage points ("pts"), money with its currency.
 */
function differenceFormatter(
  summary: MetricSummary,
  quantity: Quantity,
  currency: string | null,
): (value: number) => string {
  switch (quantity) {
    case 'minutes': {
      const scale = Math.max(Math.abs(summary.mean), Math.abs(summary.low), Math.abs(summary.high));
      const unit = readableUnit(scale);
      return (v) => signed(v, (abs) => `${round(abs / unit.minutes)} ${unit.symbol}`);
    }
    case 'fraction':
      return (v) => signed(v, (abs) => `${(abs * 100).toFixed(1)} pts`);
    case 'money':
      return (v) => signed(v, (abs) => formatMoney(abs, currency));
    case 'hours':
      return (v) => signed(v, (abs) => `${formatCount(abs)} h`);
    case 'count':
      return (v) => signed(v, (abs) => formatCount(abs));
  }
}

/**
 * A difference (variant − base) with its 95 % confidence interval, each signed and with its
 * unit: "−3.3 h (−3.63 h to −2.97 h)". Fractions are in percentage points; without an interval (one
 * replication), or when the bounds read the same, the mean alone.
 *
 * @example
 * formatDifference({ mean: -0.025, low: -0.04, high: -0.01, halfWidth: 0.015, n: 10 }, 'fraction')
 * // => '−2.5 pts (−4.0 pts to −1.0 pts)'
 */
export function formatDifference(
  difference: MetricSummary | null | undefined,
  quantity: Quantity,
  currency: string | null = null,
): string {
  if (difference === null || difference === undefined || !Number.isFinite(difference.mean))
    return '–';
  const format = differenceFormatter(difference, quantity, currency);
  const main = format(difference.mean);
  const low = format(difference.low);
  const high = format(difference.high);
  // An exact difference, or one whose bounds read the same as the mean (168 ± 1e-13 h).
  if (difference.halfWidth === null || low === high) return main;
  return `${main} (${low} to ${high})`;
}
