import { fail, type InputIssue, SIM_ERR, SimulatorError } from '../errors.ts';
import { costOptimalBeta } from '../queueing/halfin-whitt.ts';
import { type QueueMeasures, queueMeasures } from '../queueing/queue-measures.ts';

/** The price of staff and of users waiting. */
export interface CostQuestion {
  /** Erlang C: the only model whose waiting cost is complete (see costOptimalStaffing). */
  model: 'c';
  arrivalsPerMinute: number;
  meanWorkMinutes: number;
  /** What one agent costs per hour on duty (salary, loaded). */
  staffCostPerAgentHour: number;
  /** What one user's hour of lost work costs the business. */
  userHourCost: number;
  /** Users who cannot work while a ticket waits (default 1). */
  usersAffectedPerTicket?: number;
  /** Fraction of paid time agents are unavailable, in [0, 1) (default 0): each working agent costs 1/(1 − shrinkage) paid hours an hour. */
  shrinkage?: number;
}

export interface CostAnswer extends QueueMeasures {
  /** Agents to roster: ⌈agents / (1 − shrinkage)⌉. */
  rosteredAgents: number;
  /** Salaries per hour at this headcount, shrinkage included. */
  staffCostPerHour: number;
  /** Lost user time per hour: tickets per hour × mean wait in hours × users affected × cost. */
  waitingCostPerHour: number;
  totalCostPerHour: number;
  /** The headcount the asymptotic rule of Borst, Mandelbaum & Reiman (2004) gives: a + β*·√a. */
  squareRootAgents: number;
}

/** Headcounts searched above the load (Erlang C) or from one agent (Erlang A). */
const SEARCH_SPAN = 10_000;

/**
 * The headcount that minimises staff cost plus the cost of users waiting, per hour:
 * c·k/(1 − shrinkage) + λ·W(c)·u·w, where k is the cost of a paid agent-hour, W the mean wait (ASA, hours) of the
 * model, u the users affected per ticket and w the cost of a user-hour. The exact minimum is found
 * by evaluating every headcount from the smallest stable one until the staff cost alone exceeds
 * the best total (the waiting cost falls, the staff cost rises without bound); the asymptotic
 * answer of Borst, Mandelbaum & Reiman (2004), "Dimensioning large call centers", Operations
 * Research 52(1):17–34, c ≈ a + β*(r)·√a with r = u·w/k, is reported beside it.
 *
 * Waiting is priced only until work starts: the work itself is needed whatever the staffing.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT for non-positive costs or rates.
 */
export function costOptimalStaffing(question: CostQuestion): CostAnswer {
  checkCosts(question);
  const users = question.usersAffectedPerTicket ?? 1;
  const shrinkage = question.shrinkage ?? 0;
  const agentCost = question.staffCostPerAgentHour / (1 - shrinkage);
  const waitingPrice = users * question.userHourCost;
  const load = question.arrivalsPerMinute * question.meanWorkMinutes;
  const evaluate = (agents: number): CostAnswer => {
    const measures = queueMeasures({ ...question, agents });
    const staffCostPerHour = agents * agentCost;
    const waitingCostPerHour =
      question.arrivalsPerMinute * 60 * (measures.asaMinutes / 60) * waitingPrice;
    return {
      ...measures,
      rosteredAgents: Math.ceil(agents / (1 - shrinkage) - 1e-9),
      staffCostPerHour,
      waitingCostPerHour,
      totalCostPerHour: staffCostPerHour + waitingCostPerHour,
      squareRootAgents: 0,
    };
  };
  const first = Math.floor(load) + 1;
  let best = evaluate(first);
  for (let agents = first + 1; agents < first + SEARCH_SPAN; agents++) {
    if (agents * agentCost > best.totalCostPerHour) break;
    const candidate = evaluate(agents);
    if (candidate.totalCostPerHour < best.totalCostPerHour) best = candidate;
  }
  const ratio = waitingPrice / agentCost;
  return {
    ...best,
    squareRootAgents: Math.max(1, Math.round(load + costOptimalBeta(ratio) * Math.sqrt(load))),
  };
}

function checkCosts(question: CostQuestion): void {
  const issues: InputIssue[] = [];
  const positive = (field: string, value: number | undefined) => {
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
      issues.push({ field, value, expected: 'an amount > 0' });
    }
  };
  positive('staffCostPerAgentHour', question.staffCostPerAgentHour);
  positive('userHourCost', question.userHourCost);
  positive('usersAffectedPerTicket', question.usersAffectedPerTicket);
  const shrinkage = question.shrinkage ?? 0;
  if (!(shrinkage >= 0 && shrinkage < 1)) {
    issues.push({ field: 'shrinkage', value: shrinkage, expected: 'a fraction from 0 to below 1' });
  }
  if (issues.length > 0) throw new SimulatorError(SIM_ERR.INVALID_MODEL_INPUT, issues);
  if (question.model !== 'c') {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'model',
      question.model,
      '"c": with abandonment (a) a user who gives up would cost nothing more, which is not true, and without waiting (b) there is nothing to price',
    );
  }
}
