import type { RandomStream, StreamSource } from '../../simulator/index.ts';

/**
 * A stream source that plays back scripted uniforms per stream name, for exact event traces.
 * A stream whose script runs out returns `exhausted` (default: just below 1, which makes the next
 * exponential gap very long); names without a script always return `fallback`.
 */
export function scriptedSource(
  scripts: Record<string, readonly number[]>,
  options: { exhausted?: number; fallback?: number } = {},
): StreamSource {
  const exhausted = options.exhausted ?? 1 - 1e-12;
  const fallback = options.fallback ?? 0.5;
  return {
    stream(name: string): RandomStream {
      const script = scripts[name];
      if (script === undefined) return () => fallback;
      let next = 0;
      return () => (next < script.length ? (script[next++] as number) : exhausted);
    },
  };
}
