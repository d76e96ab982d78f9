import Table from 'cli-table3';
import {
  applyVariant,
  type Comparison,
  compareScenarios,
  METRICS,
  type NamedScenario,
  parseVariants,
} from '../../simulator/index.ts';
import { type ExperimentFlags, experimentOptions, withExecutor } from './experiment-options.ts';
import { formatDifference, formatValue, TABLE_METRICS } from './format-result.ts';
import { type Output, UsageError } from './output.ts';
import { createProgressBar } from './progress-bar.ts';
import { readJsonFile, readScenarioFile } from './read-scenario-file.ts';

export interface CompareOptions extends ExperimentFlags {
  variants?: string;
}

/**
 * `stafflab compare <scenario> [more scenarios…] [--variants FILE]`: the options run with common
 * random numbers, side by side, with each one's difference from the first and its interval.
 */
export async function compareCommand(
  files: readonly string[],
  options: CompareOptions,
  output: Output,
): Promise<void> {
  const { replications, seed, workers } = experimentOptions(options);
  const scenarios: NamedScenario[] = [];
  for (const file of files) {
    const scenario = await readScenarioFile(file);
    scenarios.push({ name: scenario.name, scenario });
  }
  const base = scenarios[0];
  if (base !== undefined && options.variants !== undefined) {
    const variants = parseVariants(await readJsonFile(options.variants, 'variants'));
    variants.forEach((variant, i) => {
      scenarios.push({
        name: variant.name,
        scenario: applyVariant(base.scenario, variant, `variants[${i}]`),
      });
    });
  }
  if (scenarios.length < 2) {
    throw new UsageError(
      'compare needs at least two options: two or more scenario files, or one with --variants FILE',
    );
  }
  const progress = createProgressBar(output, 'Comparing');
  let comparison: Comparison;
  try {
    comparison = await withExecutor(workers, (executor) =>
      compareScenarios(scenarios, { replications, seed, executor, onProgress: progress.update }),
    );
  } finally {
    progress.stop();
  }
  output.out(
    options.json === true
      ? `${JSON.stringify(comparison, null, 2)}\n`
      : formatComparison(comparison),
  );
}

/** The options side by side, then each option's differences from the first. */
export function formatComparison(comparison: Comparison): string {
  const currency = comparison.options[0]?.result.currency ?? null;
  const letter = (i: number) => String.fromCharCode(65 + i);
  const table = new Table({
    head: [
      'Metric',
      ...comparison.options.map((_, i) => letter(i)),
      ...comparison.differences.map((_, i) => `${letter(i + 1)} − A`),
    ],
    style: { head: [], border: [], compact: true },
  });
  for (const name of TABLE_METRICS) {
    if (comparison.options.every((o) => o.result.overall[name] === null)) continue;
    const { label, unit } = METRICS[name];
    table.push([
      label,
      ...comparison.options.map((o) => formatValue(o.result.overall[name], unit, currency)),
      ...comparison.differences.map((d) => formatDifference(d.overall[name], unit, currency)),
    ]);
  }
  // Each class's service level and p95 time to resolve, where both options have the class.
  for (const c of comparison.options[0]?.result.classes ?? []) {
    for (const name of ['serviceLevel', 'timeInSystemP95Minutes'] as const) {
      const values = comparison.options.map(
        (o) => o.result.classes.find((x) => x.id === c.id)?.metrics[name] ?? null,
      );
      if (values.every((v) => v === null)) continue;
      const { label, unit } = METRICS[name];
      table.push([
        `${label}, ${c.name}`,
        ...values.map((v) => formatValue(v, unit, currency)),
        ...comparison.differences.map((d) =>
          formatDifference(
            d.classes.find((x) => x.id === c.id)?.metrics[name] ?? null,
            unit,
            currency,
          ),
        ),
      ]);
    }
  }
  return [
    `Comparing ${comparison.options.length} options · ${comparison.replications} replications each · seed ${comparison.seed} · common random numbers`,
    ...comparison.options.map((o, i) => `  ${letter(i)}: ${o.name}`),
    'Values are means with their 95 % confidence interval; a difference whose interval excludes 0 is beyond chance.',
    '',
    table.toString(),
    '',
  ].join('\n');
}
