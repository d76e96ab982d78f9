/**
 * A number as an input shows it: empty for a number not given (NaN), so that an input is
 * never set to "NaN".
 *
 * @example
 * inputText(Number.NaN) // => ''
 * inputText(0.5) // => '0.5'
 */
export function inputText(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}
