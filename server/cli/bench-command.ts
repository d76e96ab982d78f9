import {
  compileScenario,
  createStreamSource,
  intervalPlan,
  requiredAgents,
  type Scenario,
  simulateReplication,
  sweepScenario,
} from '../../simulator/index.ts';
import { type ClosableExecutor, createExecutor, defaultWorkers } from '../workers/worker-pool.ts';
import { type BenchReference, readReference, speedRatios } from './bench-reference.ts';
import {
  mmcBenchScenario,
  priorityBenchScenario,
  tieredBenchScenario,
  tieredYearBenchScenario,
} from './bench-workloads.ts';
import { integerOption, type Output } from './output.ts';

/** One timed run of the workload. */
export interface BenchRun {
  wallSeconds: number;
  events: number;
  tickets: number;
  eventsPerSecond: number;
  ticketsPerSecond: number;
}

/** `stafflab bench`: times the M/M/c workload `runs` times and reports the median. */
export async function benchCommand(
  options: { runs: string; tickets: string; json?: boolean; sweep?: boolean; year?: boolean },
  output: Output,
): Promise<void> {
  const runs = integerOption('runs', options.runs, 1, 100) ?? 5;
  const tickets = integerOption('tickets', options.tickets, 1000, 4_000_000) ?? 1_000_000;
  const summary = await measure(runs, tickets, options, output);
  const reference = readReference();
  const ratios = speedRatios(
    {
      workload1EventsPerSecond: summary.medianEventsPerSecond,
      workload2EventsPerSecond: summary.priorities.medianEventsPerSecond,
      workload3SecondsPerReplication: summary.year?.medianWallSeconds ?? null,
      sweepSecondsOnStartedPool: summary.sweep?.parallelSeconds ?? null,
      sweepSecondsOnNewPool: summary.sweep?.newPoolSeconds ?? null,
      erlangCAnswerMilliseconds: summary.staffing.medianErlangCAnswerMilliseconds,
      sippPlanMilliseconds: summary.staffing.medianSippPlanMilliseconds,
    },
    reference,
  );
  if (options.json === true) {
    output.out(`${JSON.stringify({ ...summary, reference, ratios }, null, 2)}\n`);
    return;
  }
  output.out(`${[...benchLines(summary, runs), ratioLine(ratios, reference)].join('\n')}\n`);
}

/** Runs the workloads and returns their figures. */
async function measure(
  runs: number,
  tickets: number,
  options: { json?: boolean; sweep?: boolean; year?: boolean },
  output: Output,
) {
  const scenario = mmcBenchScenario(tickets);
  const results = timeReplications(scenario, runs, output, options.json === true);
  const peakRssMegabytes = peakResidentMegabytes();
  const priority = priorityBenchScenario(tickets);
  const priorityResults = timeReplications(priority, runs, output, options.json === true);
  const priorities = {
    workload: priority.name,
    medianWallSeconds: median(priorityResults.map((r) => r.wallSeconds)),
    medianEventsPerSecond: median(priorityResults.map((r) => r.eventsPerSecond)),
    medianTicketsPerSecond: median(priorityResults.map((r) => r.ticketsPerSecond)),
    peakRssMegabytes: peakResidentMegabytes(),
    results: priorityResults,
  };
  const year = options.year === false ? null : yearBench(runs, output, options.json === true);
  const staffing = staffingBench(runs);
  const sweep = options.sweep === false ? null : await sweepBench(output, options.json === true);
  return {
    workload: scenario.name,
    runs,
    medianWallSeconds: median(results.map((r) => r.wallSeconds)),
    medianEventsPerSecond: median(results.map((r) => r.eventsPerSecond)),
    medianTicketsPerSecond: median(results.map((r) => r.ticketsPerSecond)),
    peakRssMegabytes,
    results,
    priorities,
    year,
    staffing,
    sweep,
  };
}

/**
 * The process's peak resident memory so far, MB: after a workload, its own peak or an earlier
 * workload's, whichever is higher (the sweep's includes its worker threads).
 */
function peakResidentMegabytes(): number {
  return process.resourceUsage().maxRSS / 1024;
}

type BenchSummary = Awaited<ReturnType<typeof measure>>;

const RATIO_WORDS: Record<string, string> = {
  workload1EventsPerSecond: 'workload 1',
  workload2EventsPerSecond: 'workload 2',
  workload3SecondsPerReplication: 'workload 3',
  sweepSecondsOnStartedPool: 'sweep on a started pool',
  sweepSecondsOnNewPool: 'sweep on a new pool',
  erlangCAnswerMilliseconds: 'Erlang C answer',
  sippPlanMilliseconds: 'SIPP plan',
};

/** Each figure as speed against bench/reference.json (above 1: faster than the reference). */
function ratioLine(ratios: Record<string, number | null>, reference: BenchReference): string {
  const shown = Object.entries(ratios)
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .map(([name, ratio]) => `${RATIO_WORDS[name] ?? name} ${ratio.toFixed(2)}×`);
  return `Against the reference (${reference.measuredOn}; above 1 is faster): ${shown.join(', ')}`;
}

/** The report's lines, one or two a workload. */
function benchLines(summary: BenchSummary, runs: number): string[] {
  return [
    `Workload 1: ${summary.workload}`,
    `Median of ${runs} runs: ${(summary.medianEventsPerSecond / 1e6).toFixed(2)} million events/s, ${(summary.medianTicketsPerSecond / 1e6).toFixed(2)} million tickets/s, ${summary.medianWallSeconds.toFixed(3)} s per run; peak memory ${summary.peakRssMegabytes.toFixed(0)} MB`,
    `Workload 2: ${summary.priorities.workload}`,
    `Median of ${runs} runs: ${(summary.priorities.medianEventsPerSecond / 1e6).toFixed(2)} million events/s (${((100 * summary.priorities.medianEventsPerSecond) / summary.medianEventsPerSecond).toFixed(0)} % of workload 1), ${summary.priorities.medianWallSeconds.toFixed(3)} s per run; peak memory so far ${summary.priorities.peakRssMegabytes.toFixed(0)} MB`,
    ...(summary.year === null
      ? []
      : [
          `Workload 3: ${summary.year.workload}: ${summary.year.medianWallSeconds.toFixed(2)} s per replication (median of ${runs}), ${(summary.year.medianEventsPerSecond / 1e6).toFixed(2)} million events/s, ${(summary.year.tickets / 1e6).toFixed(2)} million tickets; peak memory so far ${summary.year.peakRssMegabytes.toFixed(0)} MB`,
        ]),
    `Staffing: one Erlang C answer for 1,000 Erlangs in ${summary.staffing.medianErlangCAnswerMilliseconds.toFixed(3)} ms; a 168-hour SIPP plan in ${summary.staffing.medianSippPlanMilliseconds.toFixed(1)} ms (medians)`,
    ...(summary.sweep === null
      ? []
      : [
          `Sweep: ${summary.sweep.workload}: ${summary.sweep.parallelSeconds.toFixed(1)} s on ${summary.sweep.workers} started workers, ${summary.sweep.serialSeconds.toFixed(1)} s in one thread (medians of ${SWEEP_ROUNDS}): speed-up ${summary.sweep.speedUp.toFixed(2)}×`,
          `  On a new pool (thread start and JIT warm-up included): ${summary.sweep.newPoolSeconds.toFixed(1)} s, speed-up ${summary.sweep.newPoolSpeedUp.toFixed(2)}×; peak memory so far ${summary.sweep.peakRssMegabytes.toFixed(0)} MB`,
        ]),
  ];
}

/** Workload 3: a replication of the 5-group desk's year, timed `runs` times. */
function yearBench(runs: number, output: Output, quiet: boolean) {
  const scenario = tieredYearBenchScenario();
  const results = timeReplications(scenario, runs, output, quiet);
  return {
    workload: scenario.name,
    medianWallSeconds: median(results.map((r) => r.wallSeconds)),
    medianEventsPerSecond: median(results.map((r) => r.eventsPerSecond)),
    tickets: results[0]?.tickets ?? 0,
    peakRssMegabytes: peakResidentMegabytes(),
    results,
  };
}

/** Runs one replication of `scenario` `runs` times (streams (1, run)) and times each. */
function timeReplications(
  scenario: Scenario,
  runs: number,
  output: Output,
  quiet: boolean,
): BenchRun[] {
  const model = compileScenario(scenario);
  const results: BenchRun[] = [];
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    const replication = simulateReplication(model, createStreamSource(1, run));
    const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    results.push({
      wallSeconds,
      events: replication.events,
      tickets: replication.ticketsGenerated,
      eventsPerSecond: replication.events / wallSeconds,
      ticketsPerSecond: replication.ticketsGenerated / wallSeconds,
    });
    if (!quiet) {
      output.err(
        `${scenario.name}: run ${run + 1}/${runs}: ${(replication.events / wallSeconds / 1e6).toFixed(2)} M events/s\n`,
      );
    }
  }
  return results;
}

/**
 * Workload 4 of the benchmark suite: a sweep of 20 headcounts (the early desk shift, 3 to 22
 * agents) × 30 replications of 13 weeks of the 25-agent tiered desk.
 *
 * Timed on a new pool of one worker per core (what a command-line sweep waits for: thread start
 * and the JIT's warm-up included), then SWEEP_ROUNDS times on that started pool (what the
 * server's pool, which lives as long as the server, gives) alternating with one thread warmed
 * by a short sweep, so that both see the same machine. Nothing is cached between the sweeps:
 * each runs every replication afresh. The speed-up is the ratio of the medians.
 */
async function sweepBench(
  output: Output,
  quiet: boolean,
): Promise<{
  workload: string;
  workers: number;
  newPoolSeconds: number;
  parallelSeconds: number;
  serialSeconds: number;
  speedUp: number;
  newPoolSpeedUp: number;
  events: number;
  peakRssMegabytes: number;
}> {
  const base = tieredBenchScenario();
  const parameters = [
    { path: 'groups[desk].shifts[0].agents', values: Array.from({ length: 20 }, (_, i) => i + 3) },
  ];
  const sweep = (executor: ClosableExecutor, replications: number) =>
    sweepScenario(base, parameters, { replications, executor });
  const timed = async (executor: ClosableExecutor) => {
    const start = performance.now();
    const result = await sweep(executor, 30);
    return {
      seconds: (performance.now() - start) / 1000,
      events: result.points.reduce((sum, p) => sum + p.result.events, 0),
    };
  };
  const workers = defaultWorkers();
  const say = (line: string) => {
    if (!quiet) output.err(`sweep: ${line}\n`);
  };
  say(`20 points × 30 replications on a new pool of ${workers} workers…`);
  const start = performance.now();
  const pool = createExecutor(workers);
  const thread = createExecutor(1);
  const parallel: { seconds: number; events: number }[] = [];
  const serial: number[] = [];
  let newPoolSeconds: number;
  try {
    await timed(pool);
    newPoolSeconds = (performance.now() - start) / 1000;
    await sweep(thread, 2);
    for (let round = 1; round <= SWEEP_ROUNDS; round++) {
      say(`round ${round} of ${SWEEP_ROUNDS}: on the started pool, then in one thread…`);
      parallel.push(await timed(pool));
      serial.push((await timed(thread)).seconds);
    }
  } finally {
    await pool.close();
  }
  const parallelSeconds = median(parallel.map((p) => p.seconds));
  const serialSeconds = median(serial);
  return {
    workload: '20 headcounts × 30 replications × 13 weeks, 25-agent tiered desk',
    workers,
    newPoolSeconds,
    parallelSeconds,
    serialSeconds,
    speedUp: serialSeconds / parallelSeconds,
    newPoolSpeedUp: serialSeconds / newPoolSeconds,
    events: parallel[0]?.events ?? 0,
    peakRssMegabytes: peakResidentMegabytes(),
  };
}

/** Rounds of workload 4 on the started pool and in one thread. */
const SWEEP_ROUNDS = 3;

/**
 * Closed-form staffing speed: the median time of one Erlang C staffing answer at 1,000 Erlangs
 * (80 % within 20 s, 5-minute work), over batches of 100, and of a full 168-hour SIPP plan.
 */
function staffingBench(runs: number): {
  medianErlangCAnswerMilliseconds: number;
  medianSippPlanMilliseconds: number;
} {
  const answerTimes: number[] = [];
  const planTimes: number[] = [];
  const weekly = Array.from(
    { length: 168 },
    (_, h) => 200 + 150 * Math.sin((2 * Math.PI * h) / 24),
  );
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    for (let i = 0; i < 100; i++) {
      requiredAgents({
        model: 'c',
        arrivalsPerMinute: 200 + i * 1e-6,
        meanWorkMinutes: 5,
        targets: { serviceLevel: { attainment: 0.8, targetMinutes: 1 / 3 } },
      });
    }
    answerTimes.push((performance.now() - start) / 100);
    start = performance.now();
    intervalPlan({
      method: 'sipp',
      model: 'c',
      arrivalsPerHour: weekly.map((r) => r + run * 1e-6),
      meanWorkMinutes: 5,
      targets: { serviceLevel: { attainment: 0.8, targetMinutes: 1 / 3 } },
    });
    planTimes.push(performance.now() - start);
  }
  return {
    medianErlangCAnswerMilliseconds: median(answerTimes),
    medianSippPlanMilliseconds: median(planTimes),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
