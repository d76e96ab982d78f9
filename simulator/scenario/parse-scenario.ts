import { type InputIssue, SIM_ERR, SimulatorError } from '../errors.ts';
import { SCHEMA_VERSION, type Scenario, ScenarioSchema } from './schema.ts';
import { schemaIssues } from './schema-issues.ts';
import { semanticIssues } from './semantic-issues.ts';

/**
 * Checks that `input` (parsed JSON) is a valid scenario of this release's schema version and
 * returns it typed. Checks the schema first (types, ranges, required and unknown fields), then the
 * meaning (shares add up to 1, distributions valid, warm-up shorter than the horizon, limits).
 *
 * @throws SimulatorError SIM_ERR_UNSUPPORTED_SCHEMA_VERSION when `schemaVersion` is not 1;
 *   SIM_ERR_INVALID_SCENARIO (or SIM_ERR_LIMIT_EXCEEDED) listing every problem found otherwise.
 * @example
 * parseScenario(JSON.parse(text)).classes.length // => 4
 */
export function parseScenario(input: unknown): Scenario {
  checkVersion(input);
  const structural = schemaIssues(ScenarioSchema, input);
  if (structural.length > 0) throw new SimulatorError(SIM_ERR.INVALID_SCENARIO, structural);
  const scenario = input as Scenario;
  const { issues, limitExceeded } = semanticIssues(scenario);
  if (issues.length > 0) {
    throw new SimulatorError(
      limitExceeded ? SIM_ERR.LIMIT_EXCEEDED : SIM_ERR.INVALID_SCENARIO,
      issues,
    );
  }
  return scenario;
}

function checkVersion(input: unknown): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SimulatorError(SIM_ERR.INVALID_SCENARIO, [
      { field: '', value: input, expected: 'a scenario object ({"schemaVersion": 1, "name": …})' },
    ]);
  }
  const version = (input as Record<string, unknown>).schemaVersion;
  if (version === SCHEMA_VERSION) return;
  const issue: InputIssue = {
    field: 'schemaVersion',
    value: version,
    expected:
      typeof version === 'number' && version > SCHEMA_VERSION
        ? `${SCHEMA_VERSION}: this file was written by a newer stafflab; upgrade stafflab to read it`
        : `${SCHEMA_VERSION} (add "schemaVersion": ${SCHEMA_VERSION} to the scenario)`,
  };
  throw new SimulatorError(
    typeof version === 'number' ? SIM_ERR.UNSUPPORTED_SCHEMA_VERSION : SIM_ERR.INVALID_SCENARIO,
    [issue],
  );
}
