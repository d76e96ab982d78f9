/**
 * Paths into a scenario, written as the simulator writes them in its messages:
 * `groups[0].shifts[1].agents`, `classes[2].serviceLevel.targetTime`. The editor binds every input
 * to such a path, so the simulator's message for a field lands next to that field.
 */

/** The parts of a path: property names and list indexes. */
export function pathParts(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

/**
 * The value at `path` in `root`, or undefined when any step is missing.
 *
 * @example
 * getAt({ groups: [{ agents: 4 }] }, 'groups[0].agents') // => 4
 */
export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of pathParts(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path` (undefined removes the property), creating objects and
 * lists on the way; `root` itself is not changed.
 *
 * @example
 * setAt({ run: { seed: 1 } }, 'run.replications', 5) // => { run: { seed: 1, replications: 5 } }
 */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const parts = pathParts(path);
  if (parts.length === 0) return value as T;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  parts.slice(0, -1).forEach((part, i) => {
    const next = node[part];
    if (next === null || typeof next !== 'object') {
      node[part] = typeof parts[i + 1] === 'number' ? [] : {};
    }
    node = node[part] as Record<string | number, unknown>;
  });
  const last = parts[parts.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else node[last] = value;
  return copy as T;
}

/** A problem the simulator found with one field (SimulatorError's issues). */
export interface FieldIssue {
  field: string;
  value: unknown;
  expected: string;
}

/**
 * The message for the input bound to `path`: an issue naming exactly that path, or one naming the
 * whole list (`classes[].share` is about every class's share).
 *
 * @example
 * issueFor('classes[1].share', [{ field: 'classes[].share', value: [0.5, 0.6], expected: 'shares that add up to 1' }])
 * // => 'expected shares that add up to 1'
 */
export function issueFor(
  path: string,
  issues: readonly FieldIssue[],
  percentRange?: string,
): string | null {
  const general = path.replace(/\[\d+\]/g, '[]');
  const found = issues.find((issue) => issue.field === path || issue.field === general);
  if (found === undefined) return null;
  return `expected ${percentRange === undefined ? found.expected : inPercent(found.expected, percentRange)}`;
}

/**
 * The simulator's message for a fraction, said for a field the user types in percent: its range
 * as the field reads it, and a sum of shares in percent.
 *
 * @example
 * inPercent('shares that add up to 1 (they add up to 1.87)', 'from 0 to 100') // => 'shares that add up to 100 % (they add up to 187 %)'
 */
export function inPercent(expected: string, range: string): string {
  const sum = /add up to 1 \(they add up to ([\d.]+)\)/.exec(expected);
  if (sum !== null) {
    const percent = Math.round(Number(sum[1]) * 1000) / 10;
    return `shares that add up to 100 % (they add up to ${percent} %)`;
  }
  return `a percentage ${range}`;
}

/** Issues that no input of the form shows: listed above the form so none is lost. */
export function unplacedIssues(
  issues: readonly FieldIssue[],
  placed: ReadonlySet<string>,
): FieldIssue[] {
  return issues.filter((issue) => {
    if (placed.has(issue.field)) return false;
    return ![...placed].some((path) => path.replace(/\[\d+\]/g, '[]') === issue.field);
  });
}
