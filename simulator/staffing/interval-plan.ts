import { fail, SIM_ERR } from '../errors.ts';
import type { QueueModel } from '../queueing/queue-measures.ts';
import { checkHourlyRates } from './check-hourly-rates.ts';
import { requiredAgents, type StaffingTargets } from './required-agents.ts';

/**
 * How the load of an interval is taken from a time-varying arrival rate:
 * - `sipp`: stationary independent period by period: the interval's own rate;
 * - `lag-sipp`: the rate one mean work time earlier (averaged over the interval so shifted),
 *   since the work in progress lags the arrivals (Green, Kolesar & Soares 2001, "Improving the
 *   SIPP approach for staffing service systems that have cyclic demands", Operations Research
 *   49(4):549–564);
 * - `mol`: the modified offered load m(t) = ∫ λ(t − u)·e^{−u/s} du, the mean number busy in the
 *   infinite-server system with the same arrivals and exponential work (Jennings, Mandelbaum,
 *   Massey & Whitt 1996, "Server staffing to meet time-varying demand", Management Science
 *   42(10):1383–1394), staffed at its largest value within the interval.
 */
export type IntervalMethod = 'sipp' | 'lag-sipp' | 'mol';

export interface IntervalPlanQuestion {
  method: IntervalMethod;
  model: QueueModel;
  /** Arrival rate of each consecutive hour (168 for a week), repeating. */
  arrivalsPerHour: readonly number[];
  meanWorkMinutes: number;
  patienceMinutes?: number;
  targets: StaffingTargets;
  shrinkage?: number;
}

export interface PlannedInterval {
  /** Index of the hour (0 = Monday 00:00–01:00 for a weekly profile). */
  hour: number;
  arrivalsPerHour: number;
  /** Load the method staffs this hour for, Erlangs. */
  offeredLoad: number;
  /** Agents working tickets needed this hour (0 when no load). */
  agents: number;
  rosteredAgents: number;
}

export interface IntervalPlan {
  method: IntervalMethod;
  intervals: PlannedInterval[];
  /** Sum of rostered agents over the intervals: agent-hours per period (per week). */
  rosteredAgentHours: number;
}

const MINUTES_PER_HOUR = 60;

/**
 * Agents required hour by hour for a periodic arrival profile, by the chosen method, each hour
 * solved with {@link requiredAgents} under the same model and targets.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT for an empty profile or negative rates.
 * @example
 * intervalPlan({ method: 'sipp', model: 'c', arrivalsPerHour: weekly, meanWorkMinutes: 6,
 *   targets: { serviceLevel: { attainment: 0.8, targetMinutes: 1 } } }).intervals[9].agents
 */
export function intervalPlan(question: IntervalPlanQuestion): IntervalPlan {
  const rates = question.arrivalsPerHour;
  checkHourlyRates(rates);
  const loads = intervalLoads(question.method, rates, question.meanWorkMinutes);
  const shrinkage = question.shrinkage ?? 0;
  const cache = new Map<number, { agents: number; rosteredAgents: number }>();
  const staff = (load: number) => {
    if (load <= 0) return { agents: 0, rosteredAgents: 0 };
    const cached = cache.get(load);
    if (cached !== undefined) return cached;
    const answer = requiredAgents({
      model: question.model,
      arrivalsPerMinute: load / question.meanWorkMinutes,
      meanWorkMinutes: question.meanWorkMinutes,
      patienceMinutes: question.patienceMinutes,
      targets: question.targets,
      shrinkage,
    });
    const result = { agents: answer.agents, rosteredAgents: answer.rosteredAgents };
    cache.set(load, result);
    return result;
  };
  const intervals = loads.map((offeredLoad, hour) => ({
    hour,
    arrivalsPerHour: rates[hour] as number,
    offeredLoad,
    ...staff(offeredLoad),
  }));
  return {
    method: question.method,
    intervals,
    rosteredAgentHours: intervals.reduce((sum, interval) => sum + interval.rosteredAgents, 0),
  };
}

/** The load each hour is staffed for, Erlangs, by method. */
export function intervalLoads(
  method: IntervalMethod,
  arrivalsPerHour: readonly number[],
  meanWorkMinutes: number,
): number[] {
  const perMinute = arrivalsPerHour.map((rate) => rate / MINUTES_PER_HOUR);
  switch (method) {
    case 'sipp':
      return perMinute.map((rate) => rate * meanWorkMinutes);
    case 'lag-sipp':
      return perMinute.map(
        (_, hour) =>
          averageRate(perMinute, hour * MINUTES_PER_HOUR - meanWorkMinutes, MINUTES_PER_HOUR) *
          meanWorkMinutes,
      );
    case 'mol':
      return modifiedOfferedLoad(perMinute, meanWorkMinutes);
    default:
      return fail(SIM_ERR.INVALID_MODEL_INPUT, 'method', method, '"sipp", "lag-sipp" or "mol"');
  }
}

/** Mean of a periodic piecewise-constant hourly rate over [start, start + length) minutes. */
function averageRate(perMinute: readonly number[], start: number, length: number): number {
  const period = perMinute.length * MINUTES_PER_HOUR;
  let t = ((start % period) + period) % period;
  let remaining = length;
  let total = 0;
  while (remaining > 1e-12) {
    const hour = Math.floor(t / MINUTES_PER_HOUR) % perMinute.length;
    const end = Math.min((Math.floor(t / MINUTES_PER_HOUR) + 1) * MINUTES_PER_HOUR, t + remaining);
    total += (perMinute[hour] as number) * (end - t);
    remaining -= end - t;
    t = end >= period ? end - period : end;
  }
  return total / length;
}

/**
 * The largest modified offered load within each hour. With exponential work of mean s, m solves
 * dm/dt = λ(t) − m/s, so within an hour of constant rate λ it relaxes monotonically from its
 * value at the hour's start towards λ·s: the largest value is at one end of the hour. The
 * periodic solution is found by running the period until the start value repeats.
 */
function modifiedOfferedLoad(perMinute: readonly number[], s: number): number[] {
  const decay = Math.exp(-MINUTES_PER_HOUR / s);
  const step = (m: number, rate: number) => m * decay + rate * s * (1 - decay);
  let start = 0;
  for (let cycle = 0; cycle < 1000; cycle++) {
    let m = start;
    for (const rate of perMinute) m = step(m, rate);
    const converged = Math.abs(m - start) <= 1e-12 * Math.max(1, m);
    start = m;
    if (converged) break;
  }
  const loads: number[] = [];
  let m = start;
  for (const rate of perMinute) {
    const next = step(m, rate);
    loads.push(Math.max(m, next));
    m = next;
  }
  return loads;
}
