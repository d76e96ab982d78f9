import { formatCount, formatMoney } from '../format/format.ts';

/**
 * The unit of money a week on an axis: the currency's symbol when it has one.
 *
 * @example
 * moneyAxisName('EUR') // => '€ a week'
 */
export function moneyAxisName(currency: string | null): string {
  if (currency === null) return 'money a week';
  const symbol = formatMoney(0, currency).replace(/[\d.,\s]/g, '');
  return `${symbol || currency} a week`;
}

/**
 * Money in few characters, for axis ticks and heat-map cells: thousands as "k" from 10,000,
 * whole amounts below.
 *
 * @example
 * compactMoney(112_871, 'EUR') // => '€113k'
 * compactMoney(0, 'EUR') // => '€0'
 */
export function compactMoney(value: number, currency: string | null): string {
  const whole = (v: number) => formatMoney(Math.round(v), currency).replace(/\.00(?=\D|$)/, '');
  if (Math.abs(value) >= 10_000) return `${whole(value / 1000)}k`.replace(/(\s\D+)k$/, 'k$1');
  return whole(value);
}

/**
 * A category label that wraps: long names break into lines of about `width` characters.
 *
 * @example
 * wrapLabel('Tiered service desk with three resolver groups') // => 'Tiered service\ndesk with three\nresolver groups'
 */
export function wrapLabel(text: string, width = 18): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/**
 * A value axis titled with its unit beside it, in type that reads on a projector.
 *
 * @example
 * valueAxis('€ a week', (v) => compactMoney(v, 'EUR')).name // => '€ a week'
 */
export function valueAxis(
  name: string,
  formatter: string | ((value: number) => string),
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'value',
    name,
    nameLocation: 'middle',
    nameGap: 64,
    nameTextStyle: { fontSize: 14 },
    axisLabel: { fontSize: 13, formatter },
    ...extra,
  };
}

/** Money a week (or hours a week) on an axis tick: "€90k", "1,200 h". */
export function costTick(inMoney: boolean, currency: string | null): (value: number) => string {
  return (v) => (inMoney ? compactMoney(v, currency) : `${formatCount(v)} h`);
}

/** Money a week (or hours a week) in a tooltip or label: "€112,871", "1,200 h". */
export function costText(inMoney: boolean, currency: string | null): (value: number) => string {
  return (v) => (inMoney ? formatMoney(v, currency) : `${formatCount(v)} h`);
}

/** A fraction as a percentage with one decimal, for chart data; null stays null. */
export function percentOf(fraction: number | null | undefined): number | null {
  return fraction === null || fraction === undefined ? null : Math.round(fraction * 1000) / 10;
}
