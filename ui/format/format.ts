import { type MetricSummary, readableUnit, round } from '../../simulator/index.ts';

/** The kinds of quantity the app shows, each with its own unit. */
export type Quantity = 'minutes' | 'fraction' | 'money' | 'count' | 'hours';

/**
 * A duration in the unit a person would read (seconds, minutes, hours or days), with the unit.
 *
 * @example
 * formatDuration(150) // => '2.5 h'
 */
export function formatDuration(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '–';
  const unit = readableUnit(minutes);
  return `${round(minutes / unit.minutes)} ${unit.symbol}`;
}

/**
 * A fraction as a percentage, one decimal below 100.
 *
 * @example
 * formatPercent(0.9512) // => '95.1 %'
 */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
  const percent = fraction * 100;
  return `${percent >= 99.95 && percent < 100 ? '99.9' : percent.toFixed(percent === 100 ? 0 : 1)} %`;
}

/**
 * Money with its currency (a code such as EUR, or a symbol), grouped in thousands, no decimals
 * from 100.
 *
 * @example
 * formatMoney(4100.4, 'EUR') // => '€4,100'
 */
export function formatMoney(value: number | null | undefined, currency: string | null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const digits = Math.abs(value) >= 100 ? 0 : 2;
  if (currency !== null && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat('en-GB', {
        style: 'currency',
        currency,
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      }).format(value);
    } catch {
      // an unknown code: shown after the number below
    }
  }
  const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(value);
  return currency === null ? number : `${number} ${currency}`;
}

/**
 * A count, grouped in thousands, one decimal below 10 (means of counts are fractional).
 *
 * @example
 * formatCount(7171.75) // => '7,172'
 */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const digits = Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0;
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(value);
}

/** A value of the given quantity, with its unit. */
export function formatQuantity(
  value: number | null | undefined,
  quantity: Quantity,
  currency: string | null = null,
): string {
  switch (quantity) {
    case 'minutes':
      return formatDuration(value);
    case 'fraction':
      return formatPercent(value);
    case 'money':
      return formatMoney(value, currency);
    case 'hours':
      return value === null || value === undefined ? '–' : `${formatCount(value)} h`;
    case 'count':
      return formatCount(value);
  }
}

/**
 * The bounds of a confidence interval, "low – high", in the unit of the mean (a duration interval
 * in the unit its mean is shown in, so the numbers read together); null when there is no interval.
 *
 * @example
 * formatRange({ mean: 30, low: 24, high: 36, halfWidth: 6, n: 4 }, 'minutes') // => '24 – 36 min'
 */
export function formatRange(
  summary: MetricSummary | null | undefined,
  quantity: Quantity,
  currency: string | null = null,
): string | null {
  if (summary === null || summary === undefined) return null;
  if (summary.halfWidth === null || summary.halfWidth === 0) return null;
  if (quantity === 'minutes') {
    const unit = readableUnit(summary.mean);
    const low = round(Math.max(summary.low, 0) / unit.minutes);
    return `${low} – ${round(summary.high / unit.minutes)} ${unit.symbol}`;
  }
  const low =
    quantity === 'fraction' || quantity === 'count' ? Math.max(summary.low, 0) : summary.low;
  const high = quantity === 'fraction' ? Math.min(summary.high, 1) : summary.high;
  return `${formatQuantity(low, quantity, currency)} – ${formatQuantity(high, quantity, currency)}`;
}

/**
 * A mean and its confidence interval: "value (low – high)".
 *
 * @example
 * formatInterval({ mean: 30, low: 24, high: 36, halfWidth: 6, n: 4 }, 'minutes') // => '30 min (24 – 36 min)'
 */
export function formatInterval(
  summary: MetricSummary | null | undefined,
  quantity: Quantity,
  currency: string | null = null,
): string {
  if (summary === null || summary === undefined) return '–';
  const main = formatQuantity(summary.mean, quantity, currency);
  const range = formatRange(summary, quantity, currency);
  return range === null ? main : `${main} (${range})`;
}
