import { fail, type InputIssue, isSimulatorError, SIM_ERR, SimulatorError } from '../errors.ts';
import { type QueueMeasures, type QueueModel, queueMeasures } from '../queueing/queue-measures.ts';

/** Targets a staffing must meet; give at least one. Times in minutes, probabilities as fractions. */
export interface StaffingTargets {
  /** At least `attainment` of tickets start within `targetMinutes`. */
  serviceLevel?: { attainment: number; targetMinutes: number };
  /** Mean wait over all arrivals at most this. */
  asaMinutes?: number;
  /** At most this fraction of tickets find every agent busy (must wait at all). */
  maxWaitProbability?: number;
  /** Agents busy at most this fraction of the time. */
  maxOccupancy?: number;
  /** At most this fraction of tickets abandon (Erlang A). */
  maxAbandon?: number;
  /** At most this fraction of tickets are blocked (Erlang B). */
  maxBlocking?: number;
}

export interface StaffingQuestion {
  model: QueueModel;
  arrivalsPerMinute: number;
  meanWorkMinutes: number;
  /** Mean patience, Erlang A only. */
  patienceMinutes?: number;
  targets: StaffingTargets;
  /** Fraction of paid time agents are unavailable, in [0, 1). Default 0. */
  shrinkage?: number;
}

/** The fewest agents meeting every target, what the model says at that headcount, and the roster. */
export interface StaffingAnswer extends QueueMeasures {
  /** Agents to put on the roster: ⌈agents / (1 − shrinkage)⌉. */
  rosteredAgents: number;
  shrinkage: number;
  /** The targets that one agent fewer would miss. */
  bindingTargets: (keyof StaffingTargets)[];
}

/** The largest headcount the solver will consider. */
export const MAX_AGENTS = 1_000_000;

/**
 * The fewest agents that meet every target under the chosen model, found by an exponential then
 * binary search (every measure is monotone in the headcount), then rostered with shrinkage:
 * ⌈required / (1 − shrinkage)⌉.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT for impossible or inapplicable targets (a
 *   100 % service level, an ASA of 0, shrinkage ≥ 1, abandonment targets without Erlang A…), or
 *   SIM_ERR_LIMIT_EXCEEDED when more than a million agents would be needed.
 * @example
 * requiredAgents({ model: 'c', arrivalsPerMinute: 100 / 30, meanWorkMinutes: 3,
 *   targets: { serviceLevel: { attainment: 0.8, targetMinutes: 1 / 3 }, maxOccupancy: 0.85 }, shrinkage: 0.3 })
 * // => { agents: 14, rosteredAgents: 20, serviceLevel: 0.88835…, … } (pyworkforce's worked example)
 */
export function requiredAgents(question: StaffingQuestion): StaffingAnswer {
  const shrinkage = question.shrinkage ?? 0;
  checkQuestion(question, shrinkage);
  // A load beyond the largest headcount cannot be staffed: say so before any evaluation, each of
  // which costs time in proportion to the load.
  const load = question.arrivalsPerMinute * question.meanWorkMinutes;
  if (!(load < MAX_AGENTS)) {
    fail(
      SIM_ERR.LIMIT_EXCEEDED,
      'arrivalsPerMinute',
      question.arrivalsPerMinute,
      `an offered load (arrivals × work time) below ${MAX_AGENTS.toLocaleString('en')} agents; this one is ${load.toPrecision(3)}`,
    );
  }
  const evaluate = (agents: number) =>
    queueMeasures({
      model: question.model,
      arrivalsPerMinute: question.arrivalsPerMinute,
      meanWorkMinutes: question.meanWorkMinutes,
      agents,
      patienceMinutes: question.patienceMinutes,
      targetMinutes: question.targets.serviceLevel?.targetMinutes,
    });
  const meets = (agents: number) => {
    try {
      return missedTargets(evaluate(agents), question.targets).length === 0;
    } catch (error) {
      // Erlang A refuses a chain too large to solve: a queue that long meets no target.
      if (
        question.model === 'a' &&
        isSimulatorError(error) &&
        error.issues[0]?.field === 'abandonmentRate'
      )
        return false;
      throw error;
    }
  };
  let low = Math.max(0, Math.floor(lowerBound(question, load)) - 1);
  let step = 1;
  let high = low + step;
  while (!meets(high)) {
    low = high;
    step *= 2;
    high = low + step;
    if (high > MAX_AGENTS) {
      fail(
        SIM_ERR.LIMIT_EXCEEDED,
        'targets',
        question.targets,
        `targets reachable with at most ${MAX_AGENTS.toLocaleString('en')} agents`,
      );
    }
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (meets(mid)) high = mid;
    else low = mid;
  }
  const measures = evaluate(high);
  const bindingTargets =
    low >= 1 && (question.model !== 'c' || low > load)
      ? missedTargets(evaluate(low), question.targets)
      : [];
  return {
    ...measures,
    rosteredAgents: Math.ceil(high / (1 - shrinkage) - 1e-9),
    shrinkage,
    bindingTargets,
  };
}

/**
 * Agents that certainly do not suffice: Erlang C needs more than the load; with abandonment the
 * agents serve at most c/s tickets a minute, so a service level p (or at most a share q
 * abandoning) needs c ≥ p·a (or c ≥ (1 − q)·a).
 */
function lowerBound(question: StaffingQuestion, load: number): number {
  if (question.model === 'c') return load + 1;
  if (question.model === 'b') return 0;
  const { serviceLevel, maxAbandon } = question.targets;
  return Math.max(
    serviceLevel === undefined ? 0 : serviceLevel.attainment * load,
    maxAbandon === undefined ? 0 : (1 - maxAbandon) * load,
  );
}

/** The targets these measures miss. */
export function missedTargets(
  measures: QueueMeasures,
  targets: StaffingTargets,
): (keyof StaffingTargets)[] {
  const missed: (keyof StaffingTargets)[] = [];
  if (
    targets.serviceLevel !== undefined &&
    (measures.serviceLevel ?? 0) < targets.serviceLevel.attainment
  ) {
    missed.push('serviceLevel');
  }
  if (targets.asaMinutes !== undefined && measures.asaMinutes > targets.asaMinutes)
    missed.push('asaMinutes');
  if (
    targets.maxWaitProbability !== undefined &&
    measures.waitProbability > targets.maxWaitProbability
  )
    missed.push('maxWaitProbability');
  if (targets.maxOccupancy !== undefined && measures.occupancy > targets.maxOccupancy)
    missed.push('maxOccupancy');
  if (targets.maxAbandon !== undefined && (measures.abandonProbability ?? 0) > targets.maxAbandon)
    missed.push('maxAbandon');
  if (
    targets.maxBlocking !== undefined &&
    (measures.blockingProbability ?? 0) > targets.maxBlocking
  )
    missed.push('maxBlocking');
  return missed;
}

function checkQuestion(question: StaffingQuestion, shrinkage: number): void {
  const { targets, model } = question;
  const issues: InputIssue[] = [];
  const fraction = (
    field: string,
    value: number | undefined,
    expected: string,
    ok: (v: number) => boolean,
  ) => {
    if (value !== undefined && !(Number.isFinite(value) && ok(value)))
      issues.push({ field, value, expected });
  };
  if (Object.values(targets).every((value) => value === undefined)) {
    issues.push({
      field: 'targets',
      value: targets,
      expected:
        'at least one target: a service level, an ASA, a maximum probability of waiting, occupancy, abandonment or blocking',
    });
  }
  fraction(
    'targets.serviceLevel.attainment',
    targets.serviceLevel?.attainment,
    'a fraction from 0 to below 1: no finite staffing starts every ticket within a target time',
    (v) => v >= 0 && v < 1,
  );
  fraction(
    'targets.serviceLevel.targetMinutes',
    targets.serviceLevel?.targetMinutes,
    'a time ≥ 0',
    (v) => v >= 0,
  );
  fraction(
    'targets.asaMinutes',
    targets.asaMinutes,
    'a mean wait > 0: an ASA of 0 needs infinitely many agents',
    (v) => v > 0,
  );
  fraction(
    'targets.maxWaitProbability',
    targets.maxWaitProbability,
    'a fraction > 0 and ≤ 1: no finite staffing keeps every ticket from waiting',
    (v) => v > 0 && v <= 1,
  );
  fraction(
    'targets.maxOccupancy',
    targets.maxOccupancy,
    'a fraction > 0 and ≤ 1',
    (v) => v > 0 && v <= 1,
  );
  fraction(
    'targets.maxAbandon',
    targets.maxAbandon,
    'a fraction > 0 and ≤ 1: no finite staffing stops every abandonment',
    (v) => v > 0 && v <= 1,
  );
  fraction(
    'targets.maxBlocking',
    targets.maxBlocking,
    'a fraction > 0 and ≤ 1: no finite staffing blocks no ticket at all',
    (v) => v > 0 && v <= 1,
  );
  fraction('shrinkage', shrinkage, 'a fraction from 0 to below 1', (v) => v >= 0 && v < 1);
  if (targets.maxAbandon !== undefined && model !== 'a') {
    issues.push({
      field: 'targets.maxAbandon',
      value: targets.maxAbandon,
      expected: 'no abandonment target unless the model is a (Erlang A, with patience)',
    });
  }
  if (model === 'b') {
    for (const [field, value] of [
      ['targets.asaMinutes', targets.asaMinutes],
      ['targets.maxWaitProbability', targets.maxWaitProbability],
    ] as const) {
      if (value !== undefined) {
        issues.push({
          field,
          value,
          expected:
            'no waiting target with model b (Erlang B): blocked tickets never wait, so any headcount would meet it',
        });
      }
    }
  }
  if (targets.maxBlocking !== undefined && model !== 'b') {
    issues.push({
      field: 'targets.maxBlocking',
      value: targets.maxBlocking,
      expected: 'no blocking target unless the model is b (Erlang B)',
    });
  }
  if (issues.length > 0) throw new SimulatorError(SIM_ERR.INVALID_MODEL_INPUT, issues);
}
