import { fail, SIM_ERR } from '../errors.ts';
import { checkAgents, checkPositive } from './check-input.ts';
import { erlangA, erlangAServiceLevel } from './erlang-a.ts';
import { erlangB } from './erlang-b.ts';
import { erlangC } from './erlang-c.ts';

/** The closed-form models: b = Erlang B (loss), c = Erlang C (M/M/c), a = Erlang A (M/M/c+M). */
export type QueueModel = 'b' | 'c' | 'a';

/** A single-interval staffing question. Times in minutes. */
export interface QueueInput {
  model: QueueModel;
  arrivalsPerMinute: number;
  meanWorkMinutes: number;
  agents: number;
  /** Mean patience (Erlang A only). */
  patienceMinutes?: number;
  /** Target time for the service level; without it the service level is null. */
  targetMinutes?: number;
}

/**
 * What a model says about one interval. Definitions as everywhere in stafflab: the service level
 * counts abandoned (or blocked) tickets as missed; ASA is the mean wait over all arrivals.
 */
export interface QueueMeasures {
  model: QueueModel;
  /** Arrival rate × mean work time, Erlangs. */
  offeredLoad: number;
  agents: number;
  waitProbability: number;
  serviceLevel: number | null;
  asaMinutes: number;
  occupancy: number;
  /** Erlang A only. */
  abandonProbability?: number;
  /** Erlang B only. */
  blockingProbability?: number;
  queueLengthMean: number;
}

/** The largest offered load the closed forms evaluate, Erlangs. */
export const MAX_OFFERED_LOAD = 1_000_000;

/**
 * Evaluates a closed-form model for one interval.
 * - Erlang B: a blocked ticket is lost: no wait, service level 1 − B, occupancy a(1 − B)/c.
 * - Erlang C: P(wait) = C(c, a), SL(t) = 1 − C·e^{−(c−a)t/s}, ASA = C·s/(c − a),
 *   Lq = C·a/(c − a), occupancy a/c (Cooper 1981, §3.5); requires a < c.
 * - Erlang A: see erlangA and erlangAServiceLevel.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT for non-positive rates, agents < 1, a missing
 *   patience for Erlang A, or a ≥ c for Erlang C.
 * @example
 * queueMeasures({ model: 'c', arrivalsPerMinute: 100 / 30, meanWorkMinutes: 3, agents: 14, targetMinutes: 1 / 3 }).serviceLevel
 * // ≈ 0.888350 (pyworkforce's worked example)
 */
export function queueMeasures(input: QueueInput): QueueMeasures {
  const { model, arrivalsPerMinute: lambda, meanWorkMinutes: s, agents: c } = input;
  checkPositive('arrivalsPerMinute', lambda);
  checkPositive('meanWorkMinutes', s);
  checkAgents('agents', c);
  if (input.targetMinutes !== undefined) checkPositive('targetMinutes', input.targetMinutes, true);
  const load = lambda * s;
  // Beyond a million Erlangs the models' sums would run without end (or overflow to ∞).
  if (!(load < MAX_OFFERED_LOAD)) {
    fail(
      SIM_ERR.LIMIT_EXCEEDED,
      'arrivalsPerMinute',
      lambda,
      `an offered load (arrivals × work time) below ${MAX_OFFERED_LOAD.toLocaleString('en')} Erlangs; this one is ${load.toPrecision(3)}`,
    );
  }
  switch (model) {
    case 'b':
      return erlangBMeasures(load, c, input.targetMinutes);
    case 'c':
      return erlangCMeasures(load, c, s, input.targetMinutes);
    case 'a':
      return erlangAMeasures(input, load);
    default:
      return fail(SIM_ERR.INVALID_MODEL_INPUT, 'model', model, '"b", "c" or "a"');
  }
}

function erlangBMeasures(load: number, c: number, target: number | undefined): QueueMeasures {
  const blocking = erlangB(c, load);
  return {
    model: 'b',
    offeredLoad: load,
    agents: c,
    waitProbability: 0,
    serviceLevel: target === undefined ? null : 1 - blocking,
    asaMinutes: 0,
    occupancy: (load * (1 - blocking)) / c,
    blockingProbability: blocking,
    queueLengthMean: 0,
  };
}

function erlangCMeasures(
  load: number,
  c: number,
  s: number,
  target: number | undefined,
): QueueMeasures {
  const wait = erlangC(c, load);
  return {
    model: 'c',
    offeredLoad: load,
    agents: c,
    waitProbability: wait,
    serviceLevel: target === undefined ? null : 1 - wait * Math.exp((-(c - load) * target) / s),
    asaMinutes: (wait * s) / (c - load),
    occupancy: load / c,
    queueLengthMean: (wait * load) / (c - load),
  };
}

function erlangAMeasures(input: QueueInput, load: number): QueueMeasures {
  if (input.patienceMinutes === undefined) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'patienceMinutes',
      undefined,
      'a mean patience for Erlang A (model a)',
    );
  }
  checkPositive('patienceMinutes', input.patienceMinutes);
  const chain = {
    arrivalRate: input.arrivalsPerMinute,
    serviceRate: 1 / input.meanWorkMinutes,
    abandonmentRate: 1 / input.patienceMinutes,
    agents: input.agents,
  };
  const measures = erlangA(chain);
  return {
    model: 'a',
    offeredLoad: load,
    agents: input.agents,
    waitProbability: measures.waitProbability,
    serviceLevel:
      input.targetMinutes === undefined ? null : erlangAServiceLevel(chain, input.targetMinutes),
    asaMinutes: measures.meanWait,
    occupancy: measures.occupancy,
    abandonProbability: measures.abandonmentProbability,
    queueLengthMean: measures.meanQueueLength,
  };
}
