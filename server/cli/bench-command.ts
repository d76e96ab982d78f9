import {
  compileScenario,
  createStreamSource,
  parseScenario,
  type Scenario,
  simulateReplication,
} from '../../simulator/index.ts';
import { integerOption, type Output } from './output.ts';

const AGENTS = 10;
const LOAD = 0.9;
const MEAN_WORK_MINUTES = 10;

/** Workload 1: M/M/c with 10 agents at load 0.9, exponential work, sized to `tickets` arrivals. */
export function mmcBenchScenario(tickets: number): Scenario {
  const ticketsPerMinute = (LOAD * AGENTS) / MEAN_WORK_MINUTES;
  return parseScenario({
    schemaVersion: 1,
    name: `M/M/${AGENTS}, load ${LOAD}, ${tickets.toLocaleString('en')} tickets`,
    arrivals: { kind: 'poisson', ticketsPerHour: ticketsPerMinute * 60 },
    classes: [{ id: 'all', share: 1, workTime: { kind: 'exponential', mean: MEAN_WORK_MINUTES } }],
    groups: [{ id: 'desk', agents: AGENTS }],
    run: { horizon: tickets / ticketsPerMinute, replications: 1, seed: 1 },
  });
}

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
  options: { runs: string; tickets: string; json?: boolean },
  output: Output,
): Promise<void> {
  const runs = integerOption('runs', options.runs, 1, 100) ?? 5;
  const tickets = integerOption('tickets', options.tickets, 1000, 20_000_000) ?? 1_000_000;
  const scenario = mmcBenchScenario(tickets);
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
    if (options.json !== true) {
      output.err(
        `run ${run + 1}/${runs}: ${(replication.events / wallSeconds / 1e6).toFixed(2)} M events/s\n`,
      );
    }
  }
  const summary = {
    workload: scenario.name,
    runs,
    medianWallSeconds: median(results.map((r) => r.wallSeconds)),
    medianEventsPerSecond: median(results.map((r) => r.eventsPerSecond)),
    medianTicketsPerSecond: median(results.map((r) => r.ticketsPerSecond)),
    peakRssMegabytes: process.memoryUsage().rss / 2 ** 20,
    results,
  };
  if (options.json === true) {
    output.out(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  output.out(
    [
      `Workload: ${summary.workload}`,
      `Median of ${runs} runs: ${(summary.medianEventsPerSecond / 1e6).toFixed(2)} million events/s, ${(summary.medianTicketsPerSecond / 1e6).toFixed(2)} million tickets/s, ${summary.medianWallSeconds.toFixed(3)} s per run`,
      `Resident memory after the runs: ${summary.peakRssMegabytes.toFixed(0)} MB`,
      '',
    ].join('\n'),
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
