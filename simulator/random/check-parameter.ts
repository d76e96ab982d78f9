import { fail, SIM_ERR } from '../errors.ts';

/**
 * Throws SIM_ERR_INVALID_DISTRIBUTION naming `field` unless `value` is a finite number within
 * [min, max] (or (min, max] when `exclusiveMin`).
 */
export function checkParameter(
  field: string,
  value: number,
  range: { min: number; max?: number; exclusiveMin?: boolean; integer?: boolean },
): void {
  const max = range.max ?? Number.MAX_VALUE;
  const aboveMin = range.exclusiveMin === true ? value > range.min : value >= range.min;
  const ok =
    Number.isFinite(value) &&
    aboveMin &&
    value <= max &&
    (range.integer !== true || Number.isInteger(value));
  if (ok) return;
  const lower = range.exclusiveMin === true ? `> ${range.min}` : `≥ ${range.min}`;
  const upper = range.max === undefined ? '' : ` and ≤ ${range.max}`;
  const kind = range.integer === true ? 'an integer' : 'a number';
  fail(SIM_ERR.INVALID_DISTRIBUTION, field, value, `${kind} ${lower}${upper}`);
}
