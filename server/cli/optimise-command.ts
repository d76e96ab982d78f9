import { writeFile } from 'node:fs/promises';
import Table from 'cli-table3';
import { type Optimisation, type OptimiseGoal, optimiseStaffing } from '../../simulator/index.ts';
import { type ExperimentFlags, experimentOptions, withExecutor } from './experiment-options.ts';
import { formatDifference } from './format-result.ts';
import { integerOption, numberOption, type Output, UsageError } from './output.ts';
import { createProgressBar } from './progress-bar.ts';
import { readScenarioFile } from './read-scenario-file.ts';

export interface OptimiseFlags extends ExperimentFlags {
  goal?: string;
  maxOccupancy?: string;
  groups?: string;
  verifyReplications?: string;
  out?: string;
}

/**
 * `stafflab optimise <scenario> [--goal targets|total-cost]`: the cheapest headcount per group
 * (per shift where groups have shifts), verified on fresh seeds; `--out` writes the scenario with
 * the answer applied.
 */
export async function optimiseCommand(
  file: string,
  flags: OptimiseFlags,
  output: Output,
): Promise<void> {
  const { workers, replications, seed } = experimentOptions(flags);
  const goal = (flags.goal ?? 'targets') as OptimiseGoal;
  if (goal !== 'targets' && goal !== 'total-cost') {
    throw new UsageError(
      `--goal: got ${JSON.stringify(flags.goal)}, expected "targets" or "total-cost"`,
    );
  }
  const maxOccupancy = numberOption('max-occupancy', flags.maxOccupancy, {
    min: 0,
    max: 1,
    exclusiveMin: true,
    expected: 'a fraction above 0 and at most 1, e.g. 0.85',
  });
  const verifyReplications = integerOption(
    'verify-replications',
    flags.verifyReplications,
    2,
    10_000,
  );
  const groups = flags.groups?.split(',').map((g) => g.trim());
  const scenario = await readScenarioFile(file);
  const progress = createProgressBar(output, 'Optimising');
  let optimisation: Optimisation;
  try {
    optimisation = await withExecutor(workers, (executor) =>
      optimiseStaffing(
        scenario,
        { goal, maxOccupancy, groups, verifyReplications },
        { replications, seed, executor, onProgress: progress.update },
      ),
    );
  } finally {
    progress.stop();
  }
  if (flags.out !== undefined) {
    await writeFile(flags.out, `${JSON.stringify(optimisation.scenario, null, 2)}\n`);
  }
  output.out(
    flags.json === true
      ? `${JSON.stringify(optimisation, null, 2)}\n`
      : formatOptimisation(optimisation, flags.out),
  );
}

/** The decisions (start and answer), what one fewer does, and the summary in words. */
export function formatOptimisation(o: Optimisation, written?: string): string {
  const currency = o.verification.result.currency;
  const table = new Table({
    head: [
      'Headcount',
      'Analytic start',
      'Answer',
      'Targets with one fewer',
      'Total cost of one fewer',
    ],
    style: { head: [], border: [], compact: true },
  });
  o.decisions.forEach((d, i) => {
    const fewer = o.oneFewer.find((n) => n.path === d.path);
    table.push([
      d.label,
      String(o.start[i]),
      String(o.answer[i]),
      fewer === undefined ? '(at minimum)' : fewer.meetsTargets ? 'met' : 'missed',
      fewer === undefined ? '–' : formatDifference(fewer.totalCostDifference, 'money', currency),
    ]);
  });
  return [
    `Optimising for ${o.goal === 'targets' ? 'the cheapest staffing meeting every target' : 'the least total cost (staff + lost productivity)'} · search: ${o.search.replications} replications, seed ${o.search.seed} · verification: ${o.verification.replications} replications, seed ${o.verification.seed}`,
    '',
    table.toString(),
    '',
    ...o.summary,
    ...(written === undefined ? [] : [`The scenario with this staffing is written to ${written}.`]),
    '',
  ].join('\n');
}
