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
  return parseScenario(await readJsonFile(path, 'scenario'));
}

/**
 * The JSON value in a file; `what` names the kind of file in messages ("scenario", "variants").
 *
 * @throws UsageError when the file cannot be read or is not JSON.
 */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : (error as Error).message;
    throw new UsageError(`Cannot read ${what} file ${path}: ${reason}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const kind = what.charAt(0).toUpperCase() + what.slice(1);
    throw new UsageError(`${kind} file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}
