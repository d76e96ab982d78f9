/** Every number in a JSON-like value is finite (no NaN, no Infinity). */
export function allNumbersFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allNumbersFinite);
  if (typeof value === 'object' && value !== null)
    return Object.values(value).every(allNumbersFinite);
  return true;
}
