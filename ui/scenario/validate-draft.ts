import { isSimulatorError, parseScenario, type Scenario } from '../../simulator/index.ts';
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
    return { scenario: parseScenario(draft), issues: [] };
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
