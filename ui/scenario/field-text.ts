/** How a field reads and writes its value. */
export type FieldKind =
  | 'text'
  | 'number'
  | 'integer'
  | 'percent'
  | 'duration'
  | 'select'
  | 'textarea';

/** The change a field reports: its path and the new value (undefined when emptied). */
export interface FieldChange {
  path: string;
  value: unknown;
}

/**
 * The value a field's text stands for: numbers for number fields (empty → undefined, so an optional
 * field can be removed), a fraction for a percent field (80 → 0.8), the text otherwise. Text that
 * is not a number is passed on as it is, so the simulator's message names it.
 *
 * @example
 * readField('percent', '85') // => 0.85
 */
export function readField(kind: FieldKind, text: string): unknown {
  const trimmed = text.trim();
  if (kind === 'number' || kind === 'integer' || kind === 'percent') {
    if (trimmed === '') return undefined;
    const number = Number(trimmed);
    if (!Number.isFinite(number)) return trimmed;
    return kind === 'percent' ? Math.round(number * 1e6) / 1e8 : number;
  }
  if (kind === 'duration' && /^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return trimmed === '' && kind !== 'textarea' ? undefined : text;
}

/**
 * The text a field shows for a value: a fraction as a percent in a percent field.
 *
 * @example
 * showField('percent', 0.85) // => '85'
 */
export function showField(kind: FieldKind, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (kind === 'percent' && typeof value === 'number') return String(Math.round(value * 1e8) / 1e6);
  return String(value);
}
