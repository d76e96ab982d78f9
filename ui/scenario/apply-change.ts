import { getAt, setAt } from './paths.ts';

/** Distribution kinds described by a mean and a coefficient of variation. */
const WITH_CV = new Set(['lognormal', 'gamma', 'weibull']);

/**
 * The draft after the user set `value` at `path`. Changing a distribution's kind rebuilds it so
 * that it stays valid: the mean is kept, a variability (cv, default 1) is added or dropped as the
 * new kind needs. Any other change is set as it is.
 *
 * @example
 * applyChange({ w: { kind: 'lognormal', mean: '20m', cv: 1.2 } }, 'w.kind', 'exponential')
 * // => { w: { kind: 'exponential', mean: '20m' } }
 */
export function applyChange<T>(draft: T, path: string, value: unknown): T {
  if (!path.endsWith('.kind') || typeof value !== 'string') return setAt(draft, path, value);
  const at = path.slice(0, -'.kind'.length);
  const current = getAt(draft, at) as Record<string, unknown> | undefined;
  if (current === undefined || !('mean' in current || 'value' in current)) {
    return setAt(draft, path, value);
  }
  const mean = current.mean ?? current.value;
  const cv = typeof current.cv === 'number' ? current.cv : 1;
  const rebuilt: Record<string, unknown> = WITH_CV.has(value)
    ? { kind: value, mean, cv }
    : { kind: value, mean };
  return setAt(draft, at, rebuilt);
}
