import type { GroupAgentValues } from '../engine/agent-tally.ts';
import { AGE_BUCKET_LABELS } from '../engine/backlog-series.ts';
import { HOURS_PER_WEEK } from '../engine/hour-of-week-tally.ts';
import { DISTRIBUTION_PROBABILITIES } from '../engine/monitor.ts';
import { type ReplicationOutput, simulateReplication } from '../engine/simulate-replication.ts';
import { fail, SIM_ERR } from '../errors.ts';
import { createStreamSource } from '../random/random-stream.ts';
import { confidenceInterval, type MetricSummary } from '../report/confidence-interval.ts';
import { METRIC_NAMES, type MetricName, type MetricValues } from '../report/metric-catalogue.ts';
import { plainSummary } from '../report/plain-summary.ts';
import { compileScenario } from './compile-scenario.ts';
import { LIMITS } from './limits.ts';
import type { Scenario } from './schema.ts';

/** Metrics of a run: each the mean over replications with its 95 % confidence interval. */
export type MetricSummaries = Record<MetricName, MetricSummary | null>;

/** Whether a class met its service-level target, judged on the confidence interval. */
export type TargetVerdict = 'met' | 'missed' | 'uncertain' | 'no-tickets';

export interface ClassResult {
  id: string;
  name: string;
  /**
   * The service-level target and whether it was met; `calendar` is the id of the calendar whose
   * business hours the target time counts (null when it counts every minute).
   */
  target: {
    targetMinutes: number;
    attainment: number;
    calendar: string | null;
    verdict: TargetVerdict;
  } | null;
  metrics: MetricSummaries;
}

/** One group's agent time, visits and cost over the replications. */
export interface GroupResult {
  id: string;
  name: string;
  metrics: Record<GroupMetricName, MetricSummary | null>;
  /**
   * Share of on-duty agent time spent on tickets in each hour of the week (168 values, 0 = Monday
   * 00:00 on the simulation clock), pooled over replications; null for hours nobody is on duty.
   */
  occupancyByHourOfWeek: (number | null)[];
}

/** The per-group metrics, in display order. */
export const GROUP_METRICS = [
  'occupancy',
  'agentHoursPerWeek',
  'overtimeHoursPerWeek',
  'visits',
  'meanVisitWaitMinutes',
  'staffCostPerWeek',
  'projectHoursPerWeek',
] as const;
export type GroupMetricName = (typeof GROUP_METRICS)[number];

/** The result of running a scenario: reproducible from (scenario, seed, replications). */
export interface ScenarioResult {
  scenarioName: string;
  seed: number;
  replications: number;
  horizonMinutes: number;
  warmUpMinutes: number;
  confidenceLevel: number;
  /** The currency of the money metrics, as the scenario names it; null when not given. */
  currency: string | null;
  overall: MetricSummaries;
  classes: ClassResult[];
  /** Per group: agent time, visits and their waits, staff cost (means and intervals). */
  groups: GroupResult[];
  /** Totals over all replications. */
  events: number;
  ticketsGenerated: number;
  /** Three to six sentences a consultant can read out (see plainSummary). */
  summary: string[];
  /** The backlog over the run (warm-up included): means over replications at each sample time. */
  backlog: {
    everyMinutes: number;
    open: number[];
    oldestMinutes: number[];
    byAge: { label: string; counts: number[] }[];
  };
  /**
   * Wait and time to resolve of all tickets: the quantile at each of `probabilities`, averaged
   * over the replications that have one (null when none has).
   */
  distributions: {
    probabilities: number[];
    waitMinutes: (number | null)[];
    timeToResolveMinutes: (number | null)[];
  };
}

export interface RunOptions {
  /** Overrides the scenario's run.seed (default 1). */
  seed?: number;
  /** Overrides the scenario's run.replications (default 10). */
  replications?: number;
  /** Called after each replication with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Seed when neither the options nor the scenario give one. */
export const DEFAULT_SEED = 1;
/** Replications when neither the options nor the scenario give a number. */
export const DEFAULT_REPLICATIONS = 10;

/**
 * Runs a valid scenario (see parseScenario): replications 0…n−1, each with its own streams derived
 * from the seed, then the mean and 95 % Student-t confidence interval of every metric.
 *
 * @throws SimulatorError SIM_ERR_INVALID_RUN_OPTION for a seed or replication count out of range.
 */
export function runScenario(scenario: Scenario, options: RunOptions = {}): ScenarioResult {
  return simulateReplications(scenario, options).result;
}

/**
 * Runs a valid scenario's replications as runScenario does, and keeps each replication's output
 * beside the summary: what paired comparisons of variants (common random numbers) need.
 */
export function simulateReplications(
  scenario: Scenario,
  options: RunOptions = {},
): { result: ScenarioResult; outputs: ReplicationOutput[] } {
  const { seed, replications } = resolveRunOptions(scenario, options);
  const model = compileScenario(scenario);
  const outputs: ReplicationOutput[] = [];
  for (let r = 0; r < replications; r++) {
    outputs.push(simulateReplication(model, createStreamSource(seed, r)));
    options.onProgress?.(r + 1, replications);
  }
  return { result: summariseReplications(scenario, seed, outputs), outputs };
}

/**
 * The seed and replication count of a run: the options', else the scenario's, else the defaults.
 *
 * @throws SimulatorError SIM_ERR_INVALID_RUN_OPTION for a seed or replication count out of range.
 */
export function resolveRunOptions(
  scenario: Scenario,
  options: Pick<RunOptions, 'seed' | 'replications'>,
): { seed: number; replications: number } {
  const seed = options.seed ?? scenario.run.seed ?? DEFAULT_SEED;
  const replications = options.replications ?? scenario.run.replications ?? DEFAULT_REPLICATIONS;
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) {
    fail(SIM_ERR.INVALID_RUN_OPTION, 'seed', seed, 'a whole number from 0 to 4294967295');
  }
  if (
    !Number.isInteger(replications) ||
    replications < 1 ||
    replications > LIMITS.maxReplications
  ) {
    fail(
      SIM_ERR.INVALID_RUN_OPTION,
      'replications',
      replications,
      `a whole number from 1 to ${LIMITS.maxReplications}`,
    );
  }
  return { seed, replications };
}

/**
 * The result of a scenario from its replications' outputs, given in replication order (output r
 * came from streams (seed, r)): the same outputs give the same result wherever they were computed.
 */
export function summariseReplications(
  scenario: Scenario,
  seed: number,
  outputs: readonly ReplicationOutput[],
): ScenarioResult {
  const model = compileScenario(scenario);
  const replications = outputs.length;
  const confidenceLevel = 0.95;
  const classes = scenario.classes.map((ticketClass, i): ClassResult => {
    const metrics = summarise(
      outputs.map((o) => o.classes[i] as MetricValues),
      confidenceLevel,
    );
    const target = model.classes[i]?.targetMinutes ?? null;
    return {
      id: ticketClass.id,
      name: ticketClass.name ?? ticketClass.id,
      target:
        target === null || ticketClass.serviceLevel === undefined
          ? null
          : {
              targetMinutes: target,
              attainment: ticketClass.serviceLevel.attainment,
              calendar:
                ticketClass.serviceLevel.calendar === undefined ||
                ticketClass.serviceLevel.calendar === 'always'
                  ? null
                  : ticketClass.serviceLevel.calendar,
              verdict: verdict(metrics.serviceLevel, ticketClass.serviceLevel.attainment),
            },
      metrics,
    };
  });
  const result: Omit<ScenarioResult, 'summary'> = {
    backlog: meanBacklog(outputs),
    distributions: {
      probabilities: [...DISTRIBUTION_PROBABILITIES],
      waitMinutes: meanQuantiles(outputs.map((o) => o.distributions.waitMinutes)),
      timeToResolveMinutes: meanQuantiles(outputs.map((o) => o.distributions.timeToResolveMinutes)),
    },
    scenarioName: scenario.name,
    seed,
    replications,
    horizonMinutes: model.horizonMinutes,
    warmUpMinutes: model.warmUpMinutes,
    confidenceLevel,
    currency: scenario.economics?.currency ?? null,
    overall: summarise(
      outputs.map((o) => o.overall),
      confidenceLevel,
    ),
    classes,
    groups: scenario.groups.map((group, g) => {
      const metrics = {} as GroupResult['metrics'];
      for (const name of GROUP_METRICS) {
        metrics[name] = confidenceInterval(
          outputs.map((o) => o.groups[g]?.[name] ?? null),
          confidenceLevel,
        );
      }
      return {
        id: group.id,
        name: group.name ?? group.id,
        metrics,
        occupancyByHourOfWeek: pooledOccupancy(outputs.map((o) => o.groups[g])),
      };
    }),
    events: outputs.reduce((sum, o) => sum + o.events, 0),
    ticketsGenerated: outputs.reduce((sum, o) => sum + o.ticketsGenerated, 0),
  };
  return { ...result, summary: plainSummary({ ...result, summary: [] }) };
}

/** Busy over on-duty agent time, hour by hour of the week, summed over replications first. */
function pooledOccupancy(groups: readonly (GroupAgentValues | undefined)[]): (number | null)[] {
  return Array.from({ length: HOURS_PER_WEEK }, (_, hour) => {
    let busy = 0;
    let onDuty = 0;
    for (const group of groups) {
      busy += group?.busyMinutesByHourOfWeek[hour] ?? 0;
      onDuty += group?.onDutyMinutesByHourOfWeek[hour] ?? 0;
    }
    return onDuty > 0 ? busy / onDuty : null;
  });
}

/** Each quantile averaged over the replications that have it. */
function meanQuantiles(grids: readonly (number | null)[][]): (number | null)[] {
  return DISTRIBUTION_PROBABILITIES.map((_, i) => {
    const known = grids.map((g) => g[i]).filter((v): v is number => typeof v === 'number');
    return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
  });
}

/** The backlog series averaged over replications, sample by sample. */
function meanBacklog(outputs: readonly ReplicationOutput[]): ScenarioResult['backlog'] {
  const first = outputs[0]?.backlog;
  const mean = (pick: (o: ReplicationOutput) => readonly number[]) =>
    (first === undefined ? [] : pick(outputs[0] as ReplicationOutput)).map(
      (_, i) => outputs.reduce((sum, o) => sum + (pick(o)[i] ?? 0), 0) / outputs.length,
    );
  return {
    everyMinutes: first?.everyMinutes ?? 60,
    open: mean((o) => o.backlog.open),
    oldestMinutes: mean((o) => o.backlog.oldestMinutes),
    byAge: AGE_BUCKET_LABELS.map((label, b) => ({
      label,
      counts: mean((o) => o.backlog.byAge[b] ?? []),
    })),
  };
}

function summarise(values: readonly MetricValues[], level: number): MetricSummaries {
  const result = {} as MetricSummaries;
  for (const name of METRIC_NAMES) {
    result[name] = confidenceInterval(
      values.map((v) => v[name]),
      level,
    );
  }
  return result;
}

/**
 * "met" when the whole confidence interval of the service level is at or above the required
 * attainment, "missed" when it is wholly below, "uncertain" when it straddles it (run more
 * replications), "no-tickets" when no ticket of the class had a known outcome. With one
 * replication there is no interval and the point estimate decides.
 */
function verdict(serviceLevel: MetricSummary | null, attainment: number): TargetVerdict {
  if (serviceLevel === null) return 'no-tickets';
  if (serviceLevel.low >= attainment) return 'met';
  if (serviceLevel.high < attainment) return 'missed';
  return 'uncertain';
}
