import { formatLeverValue, leverUnit } from './lever-value.ts';
import type { Lever } from './scenario-levers.ts';

/** A path part: a field name, an index `[0]`, a quoted id `["l1.desk"]` or a bare id `[desk]`. */
const TOKEN = /\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\["([^"\]]+)"\]|\[([^\]["]+)\]/y;

/**
 * The value at a variant path (the simulator's syntax: `groups[desk].shifts[0].agents`, where a
 * bracket holds an index or the id of a list item), or undefined when the path leads nowhere.
 *
 * @example
 * readPath({ groups: [{ id: 'desk', agents: 4 }] }, 'groups[desk].agents') // => 4
 */
export function readPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < path.length) {
    const match = TOKEN.exec(path);
    if (match === null || node === null || typeof node !== 'object') return undefined;
    const [, key, index, quoted, bare] = match;
    if (key !== undefined) {
      if (Array.isArray(node) || !Object.hasOwn(node, key)) return undefined;
      node = (node as Record<string, unknown>)[key];
      continue;
    }
    if (!Array.isArray(node)) return undefined;
    const id = quoted ?? bare;
    node =
      index !== undefined
        ? node[Number(index)]
        : node.find((item) => (item as { id?: unknown } | null)?.id === id);
  }
  return node;
}

/** A change a variant makes: the field at `path` set to `value`. */
export interface ValueChange {
  path: string;
  value: unknown;
}

/**
 * A variant's change in plain words, from the lever it sets when there is one ("Service desk:
 * 8 → 10 agents", "P2 high target: 4 h → 2 h"), else as the path and JSON values.
 *
 * @example
 * describeChange(levers, scenario, { path: 'groups[desk].agents', value: 10 }) // => 'Service desk: 4 → 10 agents'
 * describeChange([], { run: { seed: 1 } }, { path: 'run.seed', value: 7 }) // => 'run.seed: 1 → 7'
 */
export function describeChange(
  levers: readonly Lever[],
  scenario: unknown,
  change: ValueChange,
): string {
  const lever = levers.find((l) => l.path === change.path);
  if (lever === undefined) {
    const before = readPath(scenario, change.path);
    const after = shortJson(change.value);
    return before === undefined
      ? `${change.path} set to ${after}`
      : `${change.path}: ${shortJson(before)} → ${after}`;
  }
  const unit = leverUnit(lever, change.value);
  const before = formatLeverValue(lever.kind, lever.current);
  const after = formatLeverValue(lever.kind, change.value);
  return `${lever.subject}: ${before} → ${after}${unit === '' ? '' : ` ${unit}`}`;
}

/** JSON of a value, cut to 60 characters. */
function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * A name for a variant from its changes, for when none is typed: the first change's words,
 * and how many more there are.
 *
 * @example
 * variantName(['Service desk: 4 → 5 agents', 'P2 high target: 1 h → 30 min']) // => 'Service desk: 4 → 5 agents (+1 more)'
 */
export function variantName(words: readonly string[]): string {
  const [first] = words;
  if (first === undefined) return '';
  return words.length === 1 ? first : `${first} (+${words.length - 1} more)`;
}
