import { simulateScenario } from '../../simulator/index.ts';
import { type ExperimentFlags, experimentOptions, withExecutor } from './experiment-options.ts';
import { formatHourOfWeek } from './format-hours.ts';
import { formatResult, formatRunNotes } from './format-result.ts';
import type { Output } from './output.ts';
import { createProgressBar } from './progress-bar.ts';
import { readScenarioFile } from './read-scenario-file.ts';

/**
 * `stafflab simulate <scenario> [--replications N] [--seed S] [--workers W] [--precision F]
 * [--json] [--hours]`.
 */
export async function simulateCommand(
  file: string,
  flags: ExperimentFlags & { hours?: boolean },
  output: Output,
): Promise<void> {
  const { workers, ...options } = experimentOptions(flags);
  const scenario = await readScenarioFile(file);
  const progress = createProgressBar(output, 'Simulating');
  try {
    const { result } = await withExecutor(workers, (executor) =>
      simulateScenario(scenario, { ...options, executor, onProgress: progress.update }),
    );
    progress.stop();
    if (flags.json === true) output.out(`${JSON.stringify(result, null, 2)}\n`);
    else {
      output.out(formatResult(result));
      output.out(formatRunNotes(result));
      if (flags.hours === true) output.out(`${formatHourOfWeek(result)}\n`);
    }
  } finally {
    progress.stop();
  }
}
