import {
  isSimulatorError,
  MINUTES_PER_WEEK,
  parseScenario,
  REQUEST_LIMITS,
  type Scenario,
  toMinutes,
} from '../../simulator/index.ts';
import type { FieldIssue } from './paths.ts';

/**
 * Checks a draft with the simulator's own parser (the one the server uses), so the editor shows
 * the same messages the server would give, at the field they name.
 *
 * @example
 * validateDraft({ schemaVersion: 1 }).issues[0].field // => 'name'
 */
export function validateDraft(draft: unknown): { scenario: Scenario | null; issues: FieldIssue[] } {
  try {
    const scenario = parseScenario(draft);
    const issues = requestIssues(scenario);
    return { scenario: issues.length === 0 ? scenario : null, issues };
  } catch (error) {
    if (isSimulatorError(error)) return { scenario: null, issues: [...error.issues] };
    return { scenario: null, issues: [{ field: '', value: draft, expected: String(error) }] };
  }
}

/**
 * Reads the JSON view's text: the parsed value, or where the JSON is broken.
 *
 * @example
 * readJson('{"a": 1,}').error // => a message naming the position
 */
export function readJson(text: string): { value: unknown; error: string | null } {
  try {
    return { value: JSON.parse(text), error: null };
  } catch (error) {
    return { value: undefined, error: `not valid JSON: ${(error as Error).message}` };
  }
}

/**
 * What the server would refuse to run although the scenario is valid: more replications, weeks
 * or agents than one request may ask (REQUEST_LIMITS), named at their field before anything is
 * sent.
 *
 * @example
 * requestIssues({ ...scenario, run: { horizon: '260w' } })[0].field // => 'run.horizon'
 */
export function requestIssues(scenario: Scenario): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const replications = scenario.run.replications ?? 10;
  if (replications > REQUEST_LIMITS.replications) {
    issues.push({
      field: 'run.replications',
      value: replications,
      expected: `at most ${REQUEST_LIMITS.replications.toLocaleString('en')} replications in one run on this server`,
    });
  }
  const weeks = toMinutes(scenario.run.horizon, 'run.horizon') / MINUTES_PER_WEEK;
  if (weeks > REQUEST_LIMITS.horizonWeeks) {
    issues.push({
      field: 'run.horizon',
      value: scenario.run.horizon,
      expected: `at most ${REQUEST_LIMITS.horizonWeeks} weeks (this is ${Math.round(weeks)} weeks)`,
    });
  }
  const agents = scenario.groups.reduce(
    (sum, g) => sum + (g.agents ?? 0) + (g.shifts ?? []).reduce((s, shift) => s + shift.agents, 0),
    0,
  );
  if (agents > REQUEST_LIMITS.agents) {
    issues.push({
      field: 'groups',
      value: agents,
      expected: `at most ${REQUEST_LIMITS.agents.toLocaleString('en')} agents in all (this has ${agents.toLocaleString('en')})`,
    });
  }
  return issues;
}
