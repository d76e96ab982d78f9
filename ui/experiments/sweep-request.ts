import { toMinutes } from '../../simulator/index.ts';
import { type FormProblem, runProblems } from './compare-request.ts';
import { type Lever, volumeUnit } from './scenario-levers.ts';
import { pointsProblem, rangeValues, type SweepRange } from './sweep-range.ts';

/** A parameter of a sweep being written: the lever it moves and the range typed for it. */
export interface DraftParameter {
  lever: Lever;
  range: SweepRange;
}

/** The body of POST /api/runs for a sweep. */
export interface SweepRequestBody {
  kind: 'sweep';
  scenarioId: string;
  parameters: { path: string; values: unknown[] }[];
  replications: number;
  seed: number;
}

/** The unit a lever's range is typed in: agents, tickets, % or minutes. */
export function rangeUnit(lever: Pick<Lever, 'kind' | 'path'>): string {
  switch (lever.kind) {
    case 'agents':
      return 'agents';
    case 'volume':
      return volumeUnit(lever.path);
    case 'attainment':
      return '%';
    case 'target-time':
      return 'minutes';
  }
}

/** A number rounded to a few significant digits, for a default a person would type. */
function nice(value: number): number {
  if (value === 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / step) * step;
}

/**
 * The range a lever's sweep starts with, around its value now: agents from two fewer (not
 * below the least allowed) to three more by 1; a volume, target time or attainment from
 * below to above it.
 *
 * @example
 * defaultRange({ kind: 'agents', current: 4, min: 1, path: '' }) // => { from: 2, to: 7, step: 1 }
 */
export function defaultRange(lever: Pick<Lever, 'kind' | 'current' | 'min' | 'path'>): SweepRange {
  const current = lever.current;
  switch (lever.kind) {
    case 'agents': {
      const now = typeof current === 'number' ? current : lever.min;
      return { from: Math.max(lever.min, now - 2), to: now + 3, step: 1 };
    }
    case 'volume': {
      const now = typeof current === 'number' ? current : 1;
      return { from: nice(now * 0.8), to: nice(now * 1.2), step: nice(now * 0.1) };
    }
    case 'attainment':
      return { from: 80, to: 95, step: 5 };
    case 'target-time': {
      let now = 60;
      try {
        now = toMinutes(current as string | number);
      } catch {
        // a target the scenario did not give: an hour
      }
      return { from: nice(now / 2), to: nice(now * 2), step: nice(now / 2) };
    }
  }
}

/**
 * The values a lever's range sends: agents as whole numbers not below the least allowed, an
 * attainment typed in % sent as fractions up to 1, a volume above 0, target times in minutes.
 *
 * @example
 * parameterValues({ kind: 'attainment', min: 0, path: '', current: 0.9 }, { from: 80, to: 90, step: 5 }) // => { values: [0.8, 0.85, 0.9] }
 */
export function parameterValues(
  lever: Pick<Lever, 'kind' | 'min' | 'path' | 'current'>,
  range: SweepRange,
): { values: unknown[] } | { error: string } {
  const built = rangeValues(range);
  if ('error' in built) return built;
  const { values } = built;
  switch (lever.kind) {
    case 'agents':
      if (!values.every(Number.isInteger))
        return { error: 'agents are whole numbers: use a whole start and step' };
      if (range.from < lever.min)
        return { error: `at least ${lever.min} ${lever.min === 1 ? 'agent' : 'agents'}` };
      return { values };
    case 'attainment':
      if (range.from < 0 || range.to > 100) return { error: 'percentages from 0 to 100' };
      return { values: values.map((v) => Math.round(v * 1e6) / 1e8) };
    case 'volume':
      if (range.from <= 0) return { error: 'a volume above 0' };
      return { values };
    case 'target-time':
      if (range.from < 0) return { error: 'target times of 0 minutes or more' };
      return { values };
  }
}

/**
 * The request that runs a sweep over one or two levers, or the problems that stop it: a range
 * that is not one (see rangeValues), the same lever twice, more than 100 points in all,
 * replications or seed out of range.
 */
export function sweepRequest(input: {
  scenarioId: string;
  parameters: readonly DraftParameter[];
  replications: number;
  seed: number;
}): { body: SweepRequestBody } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const parameters: { path: string; values: unknown[] }[] = [];
  input.parameters.forEach(({ lever, range }, i) => {
    const built = parameterValues(lever, range);
    if ('error' in built) problems.push({ field: `parameters[${i}]`, message: built.error });
    else parameters.push({ path: lever.path, values: built.values });
  });
  const [first, second] = input.parameters;
  if (first !== undefined && second !== undefined && first.lever.path === second.lever.path) {
    problems.push({
      field: 'parameters[1]',
      message: 'choose a different parameter from the first',
    });
  }
  if (problems.length === 0) {
    const tooMany = pointsProblem(parameters.map((p) => p.values.length));
    if (tooMany !== null) problems.push({ field: 'parameters', message: tooMany });
  }
  problems.push(...runProblems(input.replications, input.seed));
  if (problems.length > 0) return { problems };
  return {
    body: {
      kind: 'sweep',
      scenarioId: input.scenarioId,
      parameters,
      replications: input.replications,
      seed: input.seed,
    },
  };
}
