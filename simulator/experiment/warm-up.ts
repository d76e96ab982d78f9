import type { EngineModel } from '../engine/engine-model.ts';
import { fail, SIM_ERR } from '../errors.ts';
import { MIN_BATCHES, MSER_BATCH, mser } from '../report/mser.ts';
import { compileScenario } from '../scenario/compile-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';
import { formatMinutes, MINUTES_PER_UNIT, MINUTES_PER_WEEK, toMinutes } from '../units.ts';
import type { ReplicationExecutor } from './replication-executor.ts';

/** How long the warm-up of a run was, and where that figure came from. */
export interface WarmUpReport {
  minutes: number;
  /** "scenario": run.warmUp gave it; "mser": detected from pilot replications. */
  method: 'scenario' | 'mser';
  /** For "mser": the pilot replications, and the batch length MSER averaged over. */
  pilotReplications: number;
  batchMinutes: number;
  /** For "mser": false when the series never settled in the first half of the run (see note). */
  settled: boolean;
  /** One sentence for the reader. */
  note: string;
}

/**
 * The seed of the pilot replications: not the run's own, so that the warm-up is not chosen on the
 * very paths it is then cut from.
 */
export function pilotSeed(seed: number): number {
  return (seed + 7_777_777) % 2 ** 32;
}

/** Replications run with no warm-up to find one. */
export const PILOT_REPLICATIONS = 5;

/**
 * The warm-up of a scenario: its own run.warmUp when it gives one; otherwise the MSER truncation
 * point of the open backlog, averaged over pilot replications (seed, 0…4) run with no warm-up.
 * The backlog is sampled hourly; when arrivals or rosters follow a daily or weekly pattern the
 * series is averaged over batches of one whole cycle (so MSER sees the transient, not the cycle),
 * otherwise over batches of 5 samples (MSER-5, White 1997). The warm-up is a whole number of
 * batches and at most half the horizon.
 */
export async function detectWarmUp(
  scenario: Scenario,
  seed: number,
  executor: ReplicationExecutor,
  onEach?: () => void,
): Promise<WarmUpReport> {
  if (scenario.run.warmUp !== undefined) {
    const minutes = compileScenario(scenario).warmUpMinutes;
    return {
      minutes,
      method: 'scenario',
      pilotReplications: 0,
      batchMinutes: 0,
      settled: true,
      note:
        minutes === 0
          ? 'No warm-up: statistics count from the start of the run.'
          : `Warm-up ${formatMinutes(minutes)}, as the scenario sets it.`,
    };
  }
  const model = compileScenario(scenario);
  const outputs = await executor.run(
    scenario,
    pilotSeed(seed),
    Array.from({ length: PILOT_REPLICATIONS }, (_, r) => r),
    onEach,
  );
  const every = outputs[0]?.backlog.everyMinutes ?? 60;
  const length = Math.min(...outputs.map((o) => o.backlog.open.length));
  const series = Array.from(
    { length },
    (_, i) => outputs.reduce((sum, o) => sum + (o.backlog.open[i] ?? 0), 0) / outputs.length,
  );
  const cycle = cycleMinutes(model);
  const batch = cycle === null ? MSER_BATCH : Math.max(1, Math.round(cycle / every));
  const { discard, truncated } = mser(series, batch);
  const minutes = discard * every;
  const batchMinutes = batch * every;
  return {
    minutes,
    method: 'mser',
    pilotReplications: outputs.length,
    batchMinutes,
    settled: truncated,
    note: truncated
      ? `Warm-up ${formatMinutes(minutes)}, detected by MSER on the open backlog of ${outputs.length} pilot replications (batches of ${formatMinutes(batchMinutes)}).`
      : length < MIN_BATCHES * batch
        ? `The run is too short to detect a warm-up (MSER needs ${MIN_BATCHES} batches of ${formatMinutes(batchMinutes)}): none is used; lengthen run.horizon or set run.warmUp.`
        : `The open backlog had not settled within the first half of the run: the warm-up is capped at ${formatMinutes(minutes)}; lengthen run.horizon or set run.warmUp.`,
  };
}

/**
 * The cycle of a model's inputs: one day when arrival rates and rosters repeat every day, one week
 * when they vary over the week, null when they are constant.
 */
export function cycleMinutes(model: EngineModel): number | null {
  const patterns: { pieceMinutes: number; values: ArrayLike<number> }[] = [
    { pieceMinutes: model.arrivals.pieceMinutes, values: model.arrivals.ratesPerMinute },
    ...[model.schedule, ...(model.groups ?? []).map((g) => g.schedule)].flatMap((s) =>
      s === null || s === undefined ? [] : [{ pieceMinutes: s.pieceMinutes, values: s.agents }],
    ),
  ];
  let cycle: number | null = null;
  for (const { pieceMinutes, values } of patterns) {
    if (isConstant(values)) continue;
    const daily = repeatsEvery(values, Math.round(MINUTES_PER_UNIT.d / pieceMinutes));
    cycle = Math.max(cycle ?? 0, daily ? MINUTES_PER_UNIT.d : MINUTES_PER_WEEK);
  }
  return cycle;
}

function isConstant(values: ArrayLike<number>): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return false;
  return true;
}

function repeatsEvery(values: ArrayLike<number>, period: number): boolean {
  if (period <= 0 || period >= values.length) return false;
  for (let i = period; i < values.length; i++) if (values[i] !== values[i - period]) return false;
  return true;
}

/** The scenario with the warm-up given, unless it sets its own. */
export function withWarmUp(scenario: Scenario, warmUp: WarmUpReport): Scenario {
  if (scenario.run.warmUp !== undefined) return scenario;
  const horizon = toMinutes(scenario.run.horizon, 'run.horizon');
  if (warmUp.minutes >= horizon) {
    fail(
      SIM_ERR.INVALID_RUN_OPTION,
      'run.horizon',
      scenario.run.horizon,
      `a horizon longer than the warm-up of ${formatMinutes(warmUp.minutes)} taken from the first scenario, or a run.warmUp of its own`,
    );
  }
  return { ...scenario, run: { ...scenario.run, warmUp: `${warmUp.minutes}m` } };
}
