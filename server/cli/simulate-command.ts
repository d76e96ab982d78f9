import { runScenario } from '../../simulator/index.ts';
import { formatHourOfWeek } from './format-hours.ts';
import { formatResult } from './format-result.ts';
import { type Output, runOptions } from './output.ts';
import { createProgressBar } from './progress-bar.ts';
import { readScenarioFile } from './read-scenario-file.ts';

/** `stafflab simulate <scenario> [--replications N] [--seed S] [--json] [--hours]`. */
export async function simulateCommand(
  file: string,
  options: { replications?: string; seed?: string; json?: boolean; hours?: boolean },
  output: Output,
): Promise<void> {
  const { replications, seed } = runOptions(options);
  const scenario = await readScenarioFile(file);
  const progress = createProgressBar(output, 'Simulating');
  try {
    const result = runScenario(scenario, { replications, seed, onProgress: progress.update });
    progress.stop();
    if (options.json === true) output.out(`${JSON.stringify(result, null, 2)}\n`);
    else {
      output.out(formatResult(result));
      if (options.hours === true) output.out(`${formatHourOfWeek(result)}\n`);
    }
  } finally {
    progress.stop();
  }
}
