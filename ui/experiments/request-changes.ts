import type { Scenario } from '../../simulator/index.ts';
import { describeChange } from './describe-change.ts';
import { scenarioLevers } from './scenario-levers.ts';

/** A stored comparison request as the server keeps it: the base scenario and the variants. */
interface CompareRequestShape {
  scenario: Scenario;
  variants: { name: string; changes: { path: string; value?: unknown; remove?: true }[] }[];
}

function isCompareRequest(request: unknown): request is CompareRequestShape {
  const r = request as Partial<CompareRequestShape> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.scenario === 'object' &&
    Array.isArray(r.scenario?.groups) &&
    Array.isArray(r.variants)
  );
}

/**
 * Each variant's changes in plain words, from the request a comparison run keeps (its scenario
 * and variants), by variant name; null when the request is not one.
 *
 * @example
 * requestedChanges({ kind: 'compare', scenario, variants: [{ name: 'Five', changes: [{ path: 'groups[desk].agents', value: 5 }] }] })
 * // => Map { 'Five' => ['Service desk: 4 → 5 agents'] }
 */
export function requestedChanges(request: unknown): Map<string, string[]> | null {
  if (!isCompareRequest(request)) return null;
  const levers = scenarioLevers(request.scenario);
  return new Map(
    request.variants.map((variant) => [
      variant.name,
      variant.changes.map((change) =>
        'value' in change
          ? describeChange(levers, request.scenario, { path: change.path, value: change.value })
          : `${change.path} removed`,
      ),
    ]),
  );
}
