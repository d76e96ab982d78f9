import { Command, CommanderError } from 'commander';
import { isSimulatorError } from '../simulator/index.ts';
import { benchCommand } from './cli/bench-command.ts';
import { EXIT, type Output, processOutput, UsageError } from './cli/output.ts';
import { simulateCommand } from './cli/simulate-command.ts';

/**
 * The `stafflab` command line. Returns the exit code: 0 on success, 2 on invalid input (the
 * message on stderr, never a stack trace), 1 on an unexpected failure.
 */
export async function main(
  argv: readonly string[],
  output: Output = processOutput(),
): Promise<number> {
  const program = new Command()
    .name('stafflab')
    .description('Capacity planner for IT support: how many technicians, when, at what cost.')
    .exitOverride()
    .configureOutput({ writeOut: output.out, writeErr: output.err })
    .showHelpAfterError('(run stafflab --help for usage)');

  program
    .command('simulate')
    .description(
      'run a scenario file and report service level, waits, time to resolve and occupancy',
    )
    .argument('<scenario>', 'path of a scenario JSON file')
    .option(
      '-r, --replications <n>',
      "number of replications (default: the scenario's run.replications, else 10)",
    )
    .option('-s, --seed <seed>', "random seed (default: the scenario's run.seed, else 1)")
    .option('--json', 'print the full result as JSON on stdout')
    .action(
      async (file: string, options: { replications?: string; seed?: string; json?: boolean }) => {
        await simulateCommand(file, options, output);
      },
    );

  program
    .command('bench')
    .description(
      'measure the engine on a fixed M/M/c workload (10 agents, load 0.9, 1,000,000 tickets)',
    )
    .option('--runs <n>', 'number of timed runs (the median is reported)', '5')
    .option('--tickets <n>', 'expected tickets per run', '1000000')
    .option('--json', 'print the measurements as JSON')
    .action(async (options: { runs: string; tickets: string; json?: boolean }) => {
      await benchCommand(options, output);
    });

  try {
    await program.parseAsync(argv);
    return EXIT.OK;
  } catch (error) {
    return exitCodeFor(error, output);
  }
}

function exitCodeFor(error: unknown, output: Output): number {
  if (error instanceof CommanderError) {
    const quiet =
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help';
    return quiet ? EXIT.OK : EXIT.INVALID_INPUT;
  }
  if (isSimulatorError(error)) {
    output.err(`Invalid input (${error.code}):\n${error.message}\n`);
    return EXIT.INVALID_INPUT;
  }
  if (error instanceof UsageError) {
    output.err(`${error.message}\n`);
    return EXIT.INVALID_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  output.err(`stafflab failed unexpectedly: ${message}\n`);
  if (process.env.STAFFLAB_DEBUG && error instanceof Error) output.err(`${error.stack}\n`);
  return EXIT.FAILURE;
}
