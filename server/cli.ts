import { Command, CommanderError } from 'commander';
import { isSimulatorError } from '../simulator/index.ts';
import { benchCommand } from './cli/bench-command.ts';
import { type CompareOptions, compareCommand } from './cli/compare-command.ts';
import { erlangCommand } from './cli/erlang-command.ts';
import { type ExperimentFlags, experimentFlags, precisionFlags } from './cli/experiment-options.ts';
import { type FitFlags, fitCommand } from './cli/fit-command.ts';
import { type OptimiseFlags, optimiseCommand } from './cli/optimise-command.ts';
import { EXIT, integerOption, type Output, processOutput, UsageError } from './cli/output.ts';
import { type ScheduleFlags, scheduleCommand } from './cli/schedule-command.ts';
import { simulateCommand } from './cli/simulate-command.ts';
import { staffCommand } from './cli/staff-command.ts';
import { sweepCommand } from './cli/sweep-command.ts';
import { ServeRefused, serve } from './main.ts';
import { DatabaseInUse } from './storage/database.ts';

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
    .command('serve')
    .description('start the HTTP API and the web app on this machine')
    .option('--host <host>', 'address to listen on (env STAFFLAB_HOST, default 127.0.0.1)')
    .option('--port <port>', 'port (env STAFFLAB_PORT, default 3000)')
    .option('--db <file>', 'SQLite database file (env STAFFLAB_DB, default stafflab.db)')
    .action(async (options: { host?: string; port?: string; db?: string }) => {
      const port = integerOption(
        'port',
        options.port ?? process.env.STAFFLAB_PORT ?? '3000',
        0,
        65_535,
      ) as number;
      await serve({
        host: options.host ?? process.env.STAFFLAB_HOST ?? '127.0.0.1',
        port,
        databasePath: options.db ?? process.env.STAFFLAB_DB ?? 'stafflab.db',
        apiToken: process.env.STAFFLAB_TOKEN,
      }).catch((error: unknown) => {
        throw error instanceof ServeRefused || error instanceof DatabaseInUse
          ? new UsageError(error.message)
          : error;
      });
      // Keeps running until a signal closes it.
      await new Promise(() => {});
    });

  const simulate = program
    .command('simulate')
    .description(
      'run a scenario file and report service level, waits, time to resolve and occupancy',
    )
    .argument('<scenario>', 'path of a scenario JSON file');
  precisionFlags(experimentFlags(simulate, 'to run'))
    .option('--hours', "also print each group's occupancy by hour of the week")
    .action(async (file: string, options: ExperimentFlags & { hours?: boolean }) => {
      await simulateCommand(file, options, output);
    });

  const compare = program
    .command('compare')
    .description(
      'run two or more options with common random numbers and report their differences with confidence intervals',
    )
    .argument(
      '<scenarios...>',
      'scenario files; the first is the base the others are compared with',
    )
    .option(
      '--variants <file>',
      'a JSON file of variants of the first scenario: {"variants": [{"name", "changes": [{"path", "value"}]}]}',
    );
  experimentFlags(compare, 'per option, all on the same random numbers').action(
    async (files: string[], options: CompareOptions) => {
      await compareCommand(files, options, output);
    },
  );

  const sweep = program
    .command('sweep')
    .description(
      'run a scenario over a range of one or two parameters and report service, backlog and cost curves, marking the best points',
    )
    .argument('<scenario>', 'path of a scenario JSON file')
    .option(
      '-p, --param <path=values>',
      'a parameter and its values: "groups[desk].agents=8..14", "groups[desk].shrinkage=0.2..0.4:0.05" or "classes[P1].share=0.1,0.2"; give it once or twice',
      (value: string, previous: string[] = []) => [...previous, value],
    );
  experimentFlags(sweep, 'per point, all on the same random numbers').action(
    async (file: string, options: ExperimentFlags & { param?: string[] }) => {
      await sweepCommand(file, options, output);
    },
  );

  const optimise = program
    .command('optimise')
    .alias('optimize')
    .description(
      'find the cheapest headcount per group (per shift where groups have shifts) meeting every target, or minimising staff plus lost-productivity cost',
    )
    .argument('<scenario>', 'path of a scenario JSON file')
    .option(
      '--goal <goal>',
      '"targets" (default): cheapest meeting every service-level target; "total-cost": least staff plus lost-productivity cost',
    )
    .option(
      '--max-occupancy <fraction>',
      'with --goal targets: no group busier than this on average (default 0.85)',
    )
    .option('--groups <ids>', 'comma-separated ids of the groups to staff (default: all)')
    .option(
      '--verify-replications <n>',
      'replications of the fresh-seed verification (default: twice --replications)',
    )
    .option('--out <file>', 'write the scenario with the answer applied to this file');
  experimentFlags(optimise, 'per staffing tried').action(
    async (file: string, options: OptimiseFlags) => {
      await optimiseCommand(file, options, output);
    },
  );

  const schedule = program
    .command('schedule')
    .description(
      "choose shifts covering a group's agents required per hour of the week at least cost (HiGHS), then verify the roster by simulation",
    )
    .argument('<scenario>', 'path of a scenario JSON file')
    .option('--group <id>', 'the group to schedule (needed when the scenario has several)')
    .option(
      '--method <name>',
      'how each hour is staffed: sipp (default), lag-sipp, mol, or isa (by simulation, with --max-wait-probability)',
    )
    .option(
      '--max-wait-probability <fraction>',
      'with --method isa: the probability of waiting each hour must stay under',
    )
    .option('--lengths <hours>', 'allowed shift lengths in hours, e.g. "8" or "8,10" (default 8)')
    .option('--starts <hours>', 'allowed start hours, e.g. "6-10,14" (default every hour)')
    .option(
      '--days <patterns>',
      'allowed day patterns: weekdays, every-day, five-on (any five days in a row; default)',
    )
    .option(
      '--max-occupancy <fraction>',
      'no hour staffed busier than this on average (default 0.85)',
    )
    .option('--out <file>', 'write the scenario with the scheduled shifts to this file');
  experimentFlags(schedule, 'of the verification').action(
    async (file: string, options: ScheduleFlags) => {
      await scheduleCommand(file, options, output);
    },
  );

  program
    .command('fit')
    .description(
      'read a ticket export or event log (CSV), fit arrivals and times, forecast the volume, write a scenario, backtest it',
    )
    .argument('<tickets.csv>', 'a CSV file: one row per ticket, or one row per event')
    .option(
      '--map <field=column>',
      'name the column of a field (id, opened, firstTouched, resolved, closed, priority, category, group, assignee, workMinutes; or activity, timestamp, resource for event logs); repeatable',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--timezone <zone>', 'IANA time zone of the data, e.g. Europe/Rome (default UTC)')
    .option(
      '--date-format <pattern>',
      'how times are written, e.g. "dd/MM/yyyy HH:mm" (default: detected)',
    )
    .option('--out <file>', 'write the fitted scenario to this file')
    .option('--weeks <n>', 'weeks to forecast (default 4)')
    .option(
      '--forecast-week <k>',
      "build the scenario for forecast week k's volume (default: the recent level)",
    )
    .option('--backtest', 'hold out the last weeks, fit on the rest, simulate and compare')
    .option(
      '--test-weeks <n>',
      'with --backtest: weeks held out (default a quarter of the data, 4 to 13)',
    )
    .option(
      '--train-weeks <n>',
      'with --backtest: fit on this many weeks before them (default all)',
    )
    .option('--touch-activity <regex>', 'event logs: activities that are a first touch')
    .option('--resolve-activity <regex>', 'event logs: activities that resolve a ticket')
    .option('--close-activity <regex>', 'event logs: activities that close a ticket')
    .option(
      '--handoff-activity <regex>',
      'event logs: activities that escalate or hand a ticket over',
    )
    .option('--json', 'print the fit, forecast, scenario and backtest as JSON')
    .action(async (file: string, options: FitFlags) => {
      await fitCommand(file, options, output);
    });

  const queueOptions = (command: Command) =>
    command
      .option(
        '--model <b|c|a>',
        'b: Erlang B (lost tickets), c: Erlang C (tickets wait), a: Erlang A (users may give up)',
      )
      .option('--arrivals-per-hour <rate>', 'tickets arriving per hour')
      .option('--aht <duration>', 'mean work (handle) time per ticket, e.g. 6m or 90s')
      .option('--patience <duration>', 'mean time a user waits before giving up (model a only)')
      .option('--target-time <duration>', 'service-level target time, e.g. 20s or 4h')
      .option('--json', 'print the answer as JSON');

  queueOptions(
    program
      .command('erlang')
      .description('what a closed-form queueing model says for a given number of agents')
      .requiredOption('--agents <n>', 'number of agents'),
  ).action(async (options) => {
    await erlangCommand(options, output);
  });

  queueOptions(
    program
      .command('staff')
      .description('the fewest agents that meet every target, and the roster with shrinkage')
      .option('--target-sl <fraction>', 'service level to reach within --target-time, e.g. 0.8')
      .option('--target-asa <duration>', 'maximum mean wait (ASA)')
      .option('--max-wait-probability <fraction>', 'maximum fraction of tickets that wait at all')
      .option('--max-occupancy <fraction>', 'maximum fraction of time agents are busy')
      .option('--max-abandon <fraction>', 'maximum fraction of tickets abandoned (model a)')
      .option('--max-blocking <fraction>', 'maximum fraction of tickets blocked (model b)')
      .option('--shrinkage <fraction>', 'fraction of paid time agents are unavailable (default 0)')
      .option(
        '--staff-cost <amount>',
        'cost of one agent-hour: minimise salaries plus lost user time instead of meeting targets',
      )
      .option('--user-hour-cost <amount>', 'cost of one user-hour lost while a ticket waits')
      .option('--business-hours <hours>', 'with --method deadline: e.g. "Mon-Fri 08:00-18:00"')
      .option('--users-per-ticket <n>', 'users who cannot work while a ticket waits (default 1)')
      .option(
        '--scenario <file>',
        "staff every hour of the week for this scenario's arrivals and work",
      )
      .option(
        '--method <name>',
        'with --scenario: sipp (default), lag-sipp, mol, compare (all three and the simulation-based ISA, simulated), or deadline (deferred work on the business-hours clock)',
      )
      .option(
        '--group <id>',
        'with --scenario: the group to staff, fed by its share of first touches, escalations and reopenings (needed when the scenario has several groups)',
      ),
  ).action(async (options) => {
    await staffCommand(options, output);
  });

  program
    .command('bench')
    .description(
      'measure the engine (M/M/c, 10 agents, load 0.9, 1,000,000 tickets; the same with priorities, lognormal work and patience; a 5-group desk for a year), the closed-form staffing, and a 20 × 30 sweep on all cores',
    )
    .option('--runs <n>', 'number of timed runs (the median is reported)', '5')
    .option('--tickets <n>', 'expected tickets per run', '1000000')
    .option('--json', 'print the measurements as JSON')
    .option('--no-sweep', 'skip the sweep workload (20 headcounts × 30 replications, ~20 s)')
    .option('--no-year', 'skip the year of the 5-group desk (about 3 s a run)')
    .action(
      async (options: {
        runs: string;
        tickets: string;
        json?: boolean;
        sweep?: boolean;
        year?: boolean;
      }) => {
        await benchCommand(options, output);
      },
    );

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
