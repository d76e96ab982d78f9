import { readFileSync } from 'node:fs';

/** The reference figures kept in bench/reference.json: what each run is compared with. */
export interface BenchReference {
  measuredOn: string;
  workload1EventsPerSecond: number;
  workload2EventsPerSecond: number;
  workload3SecondsPerReplication: number;
  /** Workload 4 on a started pool of one worker per core. */
  sweepSecondsOnStartedPool: number;
  /** Workload 4 on a new pool: thread start and JIT warm-up included. */
  sweepSecondsOnNewPool: number;
  erlangCAnswerMilliseconds: number;
  sippPlanMilliseconds: number;
}

/** What a run measured, in the reference's terms (null: not run this time). */
export interface BenchFigures {
  workload1EventsPerSecond: number;
  workload2EventsPerSecond: number;
  workload3SecondsPerReplication: number | null;
  sweepSecondsOnStartedPool: number | null;
  sweepSecondsOnNewPool: number | null;
  erlangCAnswerMilliseconds: number;
  sippPlanMilliseconds: number;
}

const FILE = new URL('../../bench/reference.json', import.meta.url);

export function readReference(): BenchReference {
  return JSON.parse(readFileSync(FILE, 'utf8')) as BenchReference;
}

/**
 * Each figure's speed against the reference: above 1 is faster (more events a second, or fewer
 * seconds), below 1 slower; null where the workload was not run.
 *
 * @example
 * speedRatios({ ...figures, workload1EventsPerSecond: 6e6 }, { ...reference, workload1EventsPerSecond: 5e6 }).workload1EventsPerSecond // => 1.2
 */
export function speedRatios(
  figures: BenchFigures,
  reference: BenchReference,
): Record<keyof BenchFigures, number | null> {
  const faster = (measured: number | null, ref: number) =>
    measured === null ? null : measured / ref;
  const quicker = (measured: number | null, ref: number) =>
    measured === null ? null : ref / measured;
  return {
    workload1EventsPerSecond: faster(
      figures.workload1EventsPerSecond,
      reference.workload1EventsPerSecond,
    ),
    workload2EventsPerSecond: faster(
      figures.workload2EventsPerSecond,
      reference.workload2EventsPerSecond,
    ),
    workload3SecondsPerReplication: quicker(
      figures.workload3SecondsPerReplication,
      reference.workload3SecondsPerReplication,
    ),
    sweepSecondsOnStartedPool: quicker(
      figures.sweepSecondsOnStartedPool,
      reference.sweepSecondsOnStartedPool,
    ),
    sweepSecondsOnNewPool: quicker(figures.sweepSecondsOnNewPool, reference.sweepSecondsOnNewPool),
    erlangCAnswerMilliseconds: quicker(
      figures.erlangCAnswerMilliseconds,
      reference.erlangCAnswerMilliseconds,
    ),
    sippPlanMilliseconds: quicker(figures.sippPlanMilliseconds, reference.sippPlanMilliseconds),
  };
}
