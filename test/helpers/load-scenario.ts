import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../../simulator/index.ts';

/** Reads and validates one of the example scenarios in scenarios/. */
export function loadExampleScenario(file: string): Scenario {
  return parseScenario(
    JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8')),
  );
}
