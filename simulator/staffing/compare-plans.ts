import { confidenceInterval } from '../report/confidence-interval.ts';
import { type IntervalMethod, intervalPlan } from './interval-plan.ts';
import {
  iterativeStaffing,
  type SimulatedPlan,
  type SimulatedStaffingQuestion,
  simulatePlan,
} from './iterative-staffing.ts';

/** One staffing method's plan and what simulation measured of it. */
export interface PlanAssessment extends SimulatedPlan {
  method: IntervalMethod | 'isa';
  /** Agent-hours per week. */
  agentHours: number;
  /**
   * Hours whose simulated probability of waiting is above the target beyond chance: the lower
   * end of the one-sided 99 % Student-t interval over replications (tickets within a replication
   * are not independent, replications are) lies above the target.
   */
  underStaffedHours: number[];
  /** Hours with more agents than the simulation-based plan (ISA) needs. */
  overStaffedHours: number[];
}

export interface PlanComparison {
  maxWaitProbability: number;
  isaIterations: number;
  isaConverged: boolean;
  /** Hours a plan exactly on target would be flagged as under-staffed by chance, on average. */
  expectedFalseFlags: number;
  plans: PlanAssessment[];
}

/**
 * Staffs a weekly profile for a maximum probability of waiting by SIPP, lag-SIPP and the modified
 * offered load (Erlang C, or Erlang A with the mean patience when tickets abandon), and by the
 * iterative staffing algorithm, then simulates every plan with the same tickets and reports
 * which hours each method under- or over-staffs. The plans are judged on fresh random numbers
 * (seed + 1), not those ISA was fitted to, so ISA gets no in-sample advantage; each hour is tested
 * at the 1 % level, so a plan exactly on target is flagged in about 1 % of the hours by chance
 * (`expectedFalseFlags`).
 */
export function comparePlans(question: SimulatedStaffingQuestion): PlanComparison {
  const alpha = question.maxWaitProbability;
  const isa = iterativeStaffing(question);
  const fresh = { ...question, seed: (question.seed ?? 1) + 1 };
  const reference = isa.agentsByHour;
  const assess = (method: PlanAssessment['method'], simulated: SimulatedPlan): PlanAssessment => ({
    method,
    ...simulated,
    agentHours: simulated.agentsByHour.reduce((sum, agents) => sum + agents, 0),
    underStaffedHours: simulated.waitProbabilityByReplication.flatMap((values, h) => {
      const interval = confidenceInterval(values, 0.98);
      return interval !== null && interval.halfWidth !== null && interval.low > alpha ? [h] : [];
    }),
    overStaffedHours: simulated.agentsByHour.flatMap((agents, h) =>
      agents > (reference[h] as number) ? [h] : [],
    ),
  });
  const analytic = (['sipp', 'lag-sipp', 'mol'] as const).map((method) => {
    const plan = intervalPlan({
      method,
      model: question.patience === null ? 'c' : 'a',
      arrivalsPerHour: question.arrivalsPerHour,
      meanWorkMinutes: question.work.mean,
      patienceMinutes: question.patience?.mean,
      targets: { maxWaitProbability: alpha },
    });
    return assess(
      method,
      simulatePlan(
        fresh,
        plan.intervals.map((interval) => interval.agents),
      ),
    );
  });
  return {
    maxWaitProbability: alpha,
    isaIterations: isa.iterations,
    isaConverged: isa.converged,
    expectedFalseFlags: 0.01 * isa.ticketsByHour.filter((n) => n > 0).length,
    plans: [...analytic, assess('isa', simulatePlan(fresh, reference))],
  };
}
