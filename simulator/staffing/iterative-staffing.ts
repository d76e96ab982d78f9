import type { EngineModel } from '../engine/engine-model.ts';
import { simulateReplication } from '../engine/simulate-replication.ts';
import { fail, SIM_ERR } from '../errors.ts';
import type { Distribution } from '../random/distribution.ts';
import { createStreamSource } from '../random/random-stream.ts';
import { intervalLoads } from './interval-plan.ts';

const HOURS = 168;
const WEEK_MINUTES = 10080;
const SAMPLE_EVERY_MINUTES = 10;

/** A time-varying staffing question answered by simulation. */
export interface SimulatedStaffingQuestion {
  /** Tickets arriving in each hour of the week, 168 values. */
  arrivalsPerHour: readonly number[];
  work: Distribution;
  /** Patience, or null when tickets never abandon. */
  patience: Distribution | null;
  /** The probability of waiting to keep each hour at or below. */
  maxWaitProbability: number;
  /** Weeks simulated after one week of warm-up (default 8). */
  weeks?: number;
  /** Replications per iteration (default 20: fewer make the hourly estimates too noisy to settle). */
  replications?: number;
  seed?: number;
  /** Iterations at most (default 12). */
  maxIterations?: number;
  /** Called after each iteration with (iteration, maxIterations). */
  onProgress?: (done: number, total: number) => void;
}

/** Staffing by hour of the week with what simulation measured of it. */
export interface SimulatedPlan {
  agentsByHour: number[];
  /** Probability of waiting of the tickets arriving in each hour, from the simulation. */
  waitProbabilityByHour: (number | null)[];
  /** Tickets per hour of the week behind each probability (all replications and weeks). */
  ticketsByHour: number[];
  /** For each hour, the probability of waiting in each replication (null where none arrived). */
  waitProbabilityByReplication: (number | null)[][];
}

export interface IterativeStaffingResult extends SimulatedPlan {
  iterations: number;
  /** True when two successive plans differed by at most one agent in every hour. */
  converged: boolean;
}

/**
 * The iterative staffing algorithm of Feldman, Mandelbaum, Massey & Whitt (2008), "Staffing of
 * time-varying queues to achieve time-stable performance", Management Science 54(2):324–338:
 * simulate with staffing s_n, estimate the distribution of the number of tickets in the system
 * L_n(t), and set s_{n+1} to the least s with P(L_n(t) ≥ s) ≤ α; repeat until the plan settles.
 * An arrival at t waits exactly when L(t) ≥ s(t), so the fixed point keeps the probability of
 * waiting near α in every hour, whatever the lags of the system. Here staffing is hourly, so
 * P(L ≥ s) is averaged over the hour (samples at 5, 15, …, 55 minutes past each hour, every week
 * and replication, after a week of warm-up): with a constant arrival rate within the hour, that
 * average is the probability of waiting of the hour's arrivals (PASTA). The first plan is generous
 * (the modified offered load plus 5√m + 5).
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT for a profile that is not 168 rates ≥ 0 or a
 *   probability outside (0, 1).
 */
export function iterativeStaffing(question: SimulatedStaffingQuestion): IterativeStaffingResult {
  checkQuestion(question);
  const alpha = question.maxWaitProbability;
  const maxIterations = question.maxIterations ?? 12;
  const mol = intervalLoads('mol', question.arrivalsPerHour, question.work.mean);
  let agents = mol.map((m) => (m > 0 ? Math.ceil(m + 5 * Math.sqrt(m) + 5) : 0));
  let converged = false;
  let iterations = 0;
  while (iterations < maxIterations && !converged) {
    const counts = inSystemCounts(question, agents);
    const next = counts.map((byLevel) => leastStaffing(byLevel, alpha));
    converged = next.every((s, h) => Math.abs(s - (agents[h] as number)) <= 1);
    agents = next;
    iterations++;
    question.onProgress?.(iterations, maxIterations);
  }
  return { ...simulatePlan(question, agents), iterations, converged };
}

/**
 * Simulates an hourly plan and measures the probability of waiting of the tickets arriving in
 * each hour of the week (common random numbers: every plan sees the same tickets for one seed).
 */
export function simulatePlan(
  question: SimulatedStaffingQuestion,
  agentsByHour: readonly number[],
): SimulatedPlan {
  const waited = new Array<number>(HOURS).fill(0);
  const known = new Array<number>(HOURS).fill(0);
  const byReplication: (number | null)[][] = Array.from({ length: HOURS }, () => []);
  forEachReplication(question, agentsByHour, {
    onOutput: (output) => {
      const { waited: w, waitKnown: k } = output.hourOfWeek;
      for (let h = 0; h < HOURS; h++) {
        waited[h] = (waited[h] as number) + (w[h] as number);
        known[h] = (known[h] as number) + (k[h] as number);
        (byReplication[h] as (number | null)[]).push(
          (k[h] as number) > 0 ? (w[h] as number) / (k[h] as number) : null,
        );
      }
    },
  });
  return {
    agentsByHour: [...agentsByHour],
    waitProbabilityByHour: known.map((n, h) => (n > 0 ? (waited[h] as number) / n : null)),
    ticketsByHour: known,
    waitProbabilityByReplication: byReplication,
  };
}

/** For each hour of the week, how many samples saw each number of tickets in the system. */
function inSystemCounts(
  question: SimulatedStaffingQuestion,
  agents: readonly number[],
): number[][] {
  const counts: number[][] = Array.from({ length: HOURS }, () => []);
  forEachReplication(question, agents, {
    onSample: (time, inSystem) => {
      if (time < WEEK_MINUTES) return;
      const hour = Math.floor((time % WEEK_MINUTES) / 60);
      const byLevel = counts[hour] as number[];
      byLevel[inSystem] = (byLevel[inSystem] ?? 0) + 1;
    },
  });
  return counts;
}

/** The least s with P(L ≥ s) ≤ α for the sampled distribution of L (0 when nothing was seen). */
function leastStaffing(byLevel: readonly number[], alpha: number): number {
  const total = byLevel.reduce((sum, count) => sum + (count ?? 0), 0);
  if (total === 0) return 0;
  let atLeast = total;
  for (let s = 0; s < byLevel.length; s++) {
    if (atLeast / total <= alpha) return s;
    atLeast -= byLevel[s] ?? 0;
  }
  return byLevel.length;
}

/** Runs the replications of a plan, handing each output and/or the samples of L(t) to the callbacks. */
function forEachReplication(
  question: SimulatedStaffingQuestion,
  agents: readonly number[],
  listeners: {
    onOutput?: (output: ReturnType<typeof simulateReplication>) => void;
    onSample?: (time: number, inSystem: number) => void;
  },
): void {
  const model = engineModel(question, agents);
  const { onOutput, onSample } = listeners;
  const replications = question.replications ?? 20;
  for (let r = 0; r < replications; r++) {
    const output = simulateReplication(model, createStreamSource(question.seed ?? 1, r), {
      sample:
        onSample === undefined
          ? undefined
          : {
              everyMinutes: SAMPLE_EVERY_MINUTES,
              startMinutes: SAMPLE_EVERY_MINUTES / 2,
              onSample,
            },
    });
    onOutput?.(output);
  }
}

function engineModel(question: SimulatedStaffingQuestion, agents: readonly number[]): EngineModel {
  const weeks = question.weeks ?? 8;
  return {
    agents: agents[0] ?? 0,
    schedule: { pieceMinutes: 60, agents: Int32Array.from(agents) },
    horizonMinutes: (weeks + 1) * WEEK_MINUTES,
    warmUpMinutes: WEEK_MINUTES,
    arrivals: {
      pieceMinutes: 60,
      ratesPerMinute: Float64Array.from(question.arrivalsPerHour, (rate) => rate / 60),
      dailyVolumeCv: 0,
    },
    classes: [
      {
        id: 'all',
        share: 1,
        level: 0,
        work: question.work,
        patience: question.patience,
        targetMinutes: null,
      },
    ],
    levels: 1,
  };
}

function checkQuestion(question: SimulatedStaffingQuestion): void {
  const rates = question.arrivalsPerHour;
  if (rates.length !== HOURS || rates.some((rate) => !(Number.isFinite(rate) && rate >= 0))) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'arrivalsPerHour',
      rates.length,
      '168 arrival rates ≥ 0, one per hour of the week',
    );
  }
  const alpha = question.maxWaitProbability;
  if (!(alpha > 0 && alpha < 1)) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'maxWaitProbability',
      alpha,
      'a probability strictly between 0 and 1',
    );
  }
}
