import { readFile } from 'node:fs/promises';
import { parseScenario, type Scenario } from '../../simulator/index.ts';
import { UsageError } from './output.ts';

/**
 * Reads and validates a scenario file.
 *
 * @throws UsageError when the file cannot be read or is not JSON; SimulatorError when it is not a
 *   valid scenario.
 */
export async function readScenarioFile(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : (error as Error).message;
    throw new UsageError(`Cannot read scenario file ${path}: ${reason}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`Scenario file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseScenario(json);
}
