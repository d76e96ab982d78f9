import { type InputIssue, isSimulatorError, SIM_ERR, SimulatorError } from '../errors.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * One change of a variant: the field at `path` set to `value`, or removed. Paths are dotted with
 * indexes or ids in brackets: `groups[desk].shifts[0].agents`, `arrivals.ticketsPerHour`.
 */
export type ScenarioChange = { path: string; value: unknown } | { path: string; remove: true };

/** A scenario variant: a base scenario plus a short list of changes, so what changed is visible. */
export interface Variant {
  name: string;
  changes: readonly ScenarioChange[];
}

/** A path segment: an object key, an array index, or an array element found by its id. */
type Segment = { key: string } | { index: number } | { id: string };

/**
 * The base scenario with the variant's changes applied in order, checked as a whole scenario.
 * The base is not modified. `where` names the variant in error messages (e.g. `variants[1]`),
 * `changeField` the field of change j (default `<where>.changes[j].path`).
 *
 * @throws SimulatorError SIM_ERR_INVALID_SCENARIO naming the change (path, value, expectation)
 *   when a path does not lead anywhere, or naming the variant and the field when the changed
 *   scenario is not valid.
 */
export function applyVariant(
  base: unknown,
  variant: Variant,
  where = 'variant',
  changeField: (j: number) => string = (j) => `${where}.changes[${j}].path`,
): Scenario {
  const scenario = structuredClone(base);
  variant.changes.forEach((change, j) => {
    const field = changeField(j);
    const segments = parsePath(change.path, field);
    let node: unknown = scenario;
    for (const [k, segment] of segments.entries()) {
      const last = k === segments.length - 1;
      const reached = k === 0 ? 'the scenario' : `"${describe(segments.slice(0, k))}"`;
      if ('key' in segment) {
        if (node === null || typeof node !== 'object' || Array.isArray(node)) {
          fail(
            field,
            change.path,
            `a path whose part "${segment.key}" names a field of an object, but ${reached} is not one`,
          );
        }
        const record = node as Record<string, unknown>;
        if (last) {
          if ('remove' in change) delete record[segment.key];
          else record[segment.key] = structuredClone(change.value);
          return;
        }
        if (!(segment.key in record)) {
          fail(
            field,
            change.path,
            `a path to an existing field: ${reached} has no "${segment.key}" (fields: ${Object.keys(record).join(', ')})`,
          );
        }
        node = record[segment.key];
        continue;
      }
      if (!Array.isArray(node))
        fail(field, change.path, `a path whose brackets follow a list, but ${reached} is not one`);
      const list = node as unknown[];
      const index =
        'index' in segment
          ? segment.index
          : list.findIndex((item) => (item as { id?: unknown } | null)?.id === segment.id);
      if (index < 0 || index >= list.length) {
        const ids = list
          .map((item) => (item as { id?: unknown } | null)?.id)
          .filter((id) => typeof id === 'string');
        fail(
          field,
          change.path,
          'index' in segment
            ? `an index from 0 to ${list.length - 1} in ${reached}`
            : `the id of an item of ${reached} (${ids.join(', ') || 'none has an id'})`,
        );
      }
      if (last) {
        if ('remove' in change) list.splice(index, 1);
        else list[index] = structuredClone(change.value);
        return;
      }
      node = list[index];
    }
  });
  try {
    return parseScenario(scenario);
  } catch (error) {
    if (!isSimulatorError(error)) throw error;
    throw new SimulatorError(
      error.code,
      error.issues.map((issue) => ({
        ...issue,
        field: `${where} "${variant.name}" → ${issue.field || '(scenario)'}`,
      })),
    );
  }
}

/** A field name, an index `[0]`, a quoted id `["l1.desk"]` (any id) or a bare id `[desk]`. */
const TOKEN = /\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\["([^"\]]+)"\]|\[([^\]["]+)\]/y;

function parsePath(path: string, field: string): Segment[] {
  const expected =
    'a path such as "groups[desk].agents", "classes[0].workTime.mean" or, for an id that is a number or holds a dot, groups["1"].agents';
  if (typeof path !== 'string' || path.length === 0 || path.length > 300)
    fail(field, path, expected);
  const segments: Segment[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < path.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(path);
    if (
      match === null ||
      (at === 0 && path.startsWith('.')) ||
      (segments.length > 0 && match[1] !== undefined && path[at] !== '.')
    ) {
      fail(field, path, expected);
    }
    if (match[1] !== undefined) {
      // Never a path into an object's prototype: a change must stay inside the scenario.
      if (FORBIDDEN_KEYS.has(match[1])) fail(field, path, `${expected}, without "${match[1]}"`);
      segments.push({ key: match[1] });
    } else if (match[2] !== undefined) segments.push({ index: Number(match[2]) });
    else segments.push({ id: (match[3] ?? match[4]) as string });
  }
  if (segments.length === 0 || !('key' in (segments[0] as Segment))) fail(field, path, expected);
  return segments;
}

/** Keys that would reach an object's prototype rather than a field of the scenario. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** The path of a group's field, quoting the id when it could read as an index or a path. */
export function groupPath(id: string, rest: string): string {
  return /^\d+$/.test(id) || id.includes('.') ? `groups["${id}"].${rest}` : `groups[${id}].${rest}`;
}

function describe(segments: readonly Segment[]): string {
  return segments
    .map((s) => ('key' in s ? `.${s.key}` : 'index' in s ? `[${s.index}]` : `["${s.id}"]`))
    .join('')
    .replace(/^\./, '');
}

function fail(field: string, value: unknown, expected: string): never {
  const issue: InputIssue = { field, value, expected };
  throw new SimulatorError(SIM_ERR.INVALID_SCENARIO, [issue]);
}
