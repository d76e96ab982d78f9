/**
 * The simulator's error catalogue. Every error the simulator throws on purpose is a
 * {@link SimulatorError} with one of these stable codes; callers (the CLI, the API) branch on the
 * code, never on the message. The server maps every code to HTTP 422.
 */
export const SIM_ERR = {
  /** A scenario (or part of one) does not match the scenario schema. */
  INVALID_SCENARIO: 'SIM_ERR_INVALID_SCENARIO',
  /** A distribution was given parameters outside its domain. */
  INVALID_DISTRIBUTION: 'SIM_ERR_INVALID_DISTRIBUTION',
  /** A duration string or number could not be read. */
  INVALID_DURATION: 'SIM_ERR_INVALID_DURATION',
  /** A run option (seed, replications…) is outside its allowed range. */
  INVALID_RUN_OPTION: 'SIM_ERR_INVALID_RUN_OPTION',
  /** A scenario asks for more work than one run may do (tickets, replications). */
  LIMIT_EXCEEDED: 'SIM_ERR_LIMIT_EXCEEDED',
  /** A scenario file was written for a schema version this release cannot read. */
  UNSUPPORTED_SCHEMA_VERSION: 'SIM_ERR_UNSUPPORTED_SCHEMA_VERSION',
  /** A queueing model was given parameters outside its domain. */
  INVALID_MODEL_INPUT: 'SIM_ERR_INVALID_MODEL_INPUT',
  /** Ticket data cannot be read or fitted (no usable columns, no tickets, too few to fit). */
  INVALID_TICKET_DATA: 'SIM_ERR_INVALID_TICKET_DATA',
} as const;

export type SimulatorErrorCode = (typeof SIM_ERR)[keyof typeof SIM_ERR];

/** One problem found in the input: where it is, what was there, what was expected. */
export interface InputIssue {
  /** Path of the field, as a JSON pointer-like dotted path, e.g. `classes[1].workTime.mean`. */
  field: string;
  /** The value found there (JSON-serialisable; `undefined` when the field is missing). */
  value: unknown;
  /** What was expected, in words, e.g. `a duration such as "20m" or "4h"`. */
  expected: string;
}

/** Formats one issue as `field: got VALUE, expected EXPECTED`. */
export function formatIssue(issue: InputIssue): string {
  return `${issue.field || '(scenario)'}: got ${describeValue(issue.value)}, expected ${issue.expected}`;
}

const PREVIEW_LENGTH = 60;

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = preview(value, 3);
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 3)}...` : text;
}

/** JSON-like text of a value, at most `depth` levels deep and a few items wide (never recursing far). */
function preview(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object') {
    const json = typeof value === 'bigint' ? String(value) : JSON.stringify(value);
    return json ?? String(value);
  }
  if (depth === 0) return Array.isArray(value) ? '[...]' : '{...}';
  if (Array.isArray(value)) {
    const items = value.slice(0, 8).map((item) => preview(item, depth - 1));
    return `[${items.join(',')}${value.length > 8 ? ',...' : ''}]`;
  }
  const entries = Object.entries(value).slice(0, 8);
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${preview(item, depth - 1)}`).join(',')}}`;
}

/**
 * An error the simulator raises on bad input. `issues` lists every problem found (at least one);
 * the message is the first few issues, one per line.
 *
 * @example
 * new SimulatorError(SIM_ERR.INVALID_DURATION, [{ field: 'run.horizon', value: '3 weeks', expected: 'a duration such as "3w"' }]).message
 * // => 'run.horizon: got "3 weeks", expected a duration such as "3w"'
 */
export class SimulatorError extends Error {
  readonly code: SimulatorErrorCode;
  readonly issues: readonly InputIssue[];

  constructor(code: SimulatorErrorCode, issues: readonly InputIssue[]) {
    const shown = issues.slice(0, 5).map(formatIssue);
    if (issues.length > 5) shown.push(`…and ${issues.length - 5} more problems`);
    super(shown.join('\n'));
    this.name = 'SimulatorError';
    this.code = code;
    this.issues = issues;
  }
}

/** Throws a {@link SimulatorError} with a single issue. */
export function fail(
  code: SimulatorErrorCode,
  field: string,
  value: unknown,
  expected: string,
): never {
  throw new SimulatorError(code, [{ field, value, expected }]);
}

/** True when `error` is a {@link SimulatorError}. */
export function isSimulatorError(error: unknown): error is SimulatorError {
  return error instanceof SimulatorError;
}
