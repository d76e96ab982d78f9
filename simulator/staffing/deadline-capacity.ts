import { fail, SIM_ERR } from '../errors.ts';
import { checkPositive } from '../queueing/check-input.ts';
import { checkHourlyRates } from './check-hourly-rates.ts';

export interface DeadlineQuestion {
  /** Tickets arriving in each hour of the period (168 for a week), repeating. */
  arrivalsPerHour: readonly number[];
  meanWorkMinutes: number;
  /** Deadline on the business-hours clock: work arrived at business time b is due by b + target. */
  targetBusinessMinutes: number;
  /** Whether each hour of the period is a business hour (the clock runs and agents work). */
  businessHours: readonly boolean[];
  shrinkage?: number;
}

/** The work due and the agents it implies on one day of the period. */
export interface DeadlineDay {
  /** Day of the period, 0 = Monday. */
  day: number;
  businessHours: number;
  /** Work (agent-hours) whose deadline falls in the day's business hours: the just-in-time curve. */
  dueWorkHours: number;
  /** Agents the day needs at least: due work spread over its business hours (0 on closed days). */
  agents: number;
  rosteredAgents: number;
}

export interface DeadlineCapacity {
  /**
   * The fewest agents working every business hour (the same number all week) that finish all work
   * by its deadline, as a fluid: work-minutes per business minute. Fractional: round up to staff.
   */
  levelAgents: number;
  levelRosteredAgents: number;
  /** Mean work per business hour: no capacity below it keeps the backlog bounded. */
  averageAgents: number;
  days: DeadlineDay[];
}

interface Breakpoint {
  /** Business minute. */
  business: number;
  /** Work arrived strictly before, and up to and including, this business instant (minutes). */
  before: number;
  after: number;
}

const MINUTES_PER_HOUR = 60;

/**
 * Capacity for deferred work (tickets with targets in hours or days) on the business-hours
 * clock, which stops outside business hours: work arrived by business time b must be done by
 * b + T. Arrivals are a fluid at each hour's rate; work that arrives while closed joins at the
 * next opening.
 *
 * The just-in-time curve is the work due by each instant, A(τ − T); a day's agents are its due
 * work over its business hours. The level capacity is the smallest constant rate r with
 * A(u⁻) + r·(τ − u) ≥ A(τ − T) for all u ≤ τ (a work-conserving server at rate r has served
 * min_u [A(u⁻) + r(τ − u)] by τ), i.e. r = sup (A(v) − A(u⁻)) / (v − u + T); A is piecewise
 * linear, so the supremum is found at its breakpoints (hour boundaries), searched over windows of
 * up to two periods in a steady-state run of four.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT for profiles of unequal length, no business
 *   hours, negative rates or shrinkage outside [0, 1).
 */
export function deadlineCapacity(question: DeadlineQuestion): DeadlineCapacity {
  const {
    arrivalsPerHour: rates,
    businessHours: open,
    meanWorkMinutes: s,
    targetBusinessMinutes: target,
  } = question;
  const shrinkage = question.shrinkage ?? 0;
  checkPositive('meanWorkMinutes', s);
  checkPositive('targetBusinessMinutes', target);
  checkHourlyRates(rates);
  if (open.length !== rates.length) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'businessHours',
      open.length,
      `one flag per hour of the arrival profile (${rates.length})`,
    );
  }
  const businessPerPeriod = open.filter(Boolean).length * MINUTES_PER_HOUR;
  if (businessPerPeriod === 0)
    fail(SIM_ERR.INVALID_MODEL_INPUT, 'businessHours', open, 'at least one business hour');
  if (!(shrinkage >= 0 && shrinkage < 1))
    fail(SIM_ERR.INVALID_MODEL_INPUT, 'shrinkage', shrinkage, 'a fraction from 0 to below 1');

  const workPerPeriod = rates.reduce((sum, rate) => sum + rate * s, 0);
  // Periods of history before the one measured: enough for every deadline to fall after time 0.
  const lead = Math.ceil(target / businessPerPeriod) + 1;
  const points = breakpoints(rates, open, s, lead + 3);
  const level = Math.max(
    levelRate(points, target, businessPerPeriod / MINUTES_PER_HOUR, lead),
    workPerPeriod / businessPerPeriod,
  );
  const roster = (agents: number) => Math.ceil(agents / (1 - shrinkage) - 1e-9);
  return {
    levelAgents: level,
    levelRosteredAgents: roster(level),
    averageAgents: workPerPeriod / businessPerPeriod,
    days: dailyDue(points, open, target, lead * businessPerPeriod).map((day) => ({
      ...day,
      rosteredAgents: roster(day.agents),
    })),
  };
}

/** Cumulative work against business time, at every hour boundary, over `periods` periods. */
function breakpoints(
  rates: readonly number[],
  open: readonly boolean[],
  s: number,
  periods: number,
): Breakpoint[] {
  const points: Breakpoint[] = [];
  let business = 0;
  let arrived = 0;
  let pending = 0;
  for (let week = 0; week < periods; week++) {
    rates.forEach((rate, hour) => {
      const work = rate * s;
      if (!open[hour]) {
        pending += work;
        return;
      }
      points.push({ business, before: arrived, after: arrived + pending });
      arrived += pending + work;
      pending = 0;
      business += MINUTES_PER_HOUR;
    });
  }
  points.push({ business, before: arrived, after: arrived + pending });
  return points;
}

function levelRate(
  points: readonly Breakpoint[],
  target: number,
  perPeriod: number,
  lead: number,
): number {
  let best = 0;
  for (let i = lead * perPeriod; i < (lead + 1) * perPeriod; i++) {
    const u = points[i] as Breakpoint;
    for (let j = i; j < points.length && j <= i + 2 * perPeriod; j++) {
      const v = points[j] as Breakpoint;
      const rate = (v.after - u.before) / (v.business - u.business + target);
      if (rate > best) best = rate;
    }
  }
  return best;
}

/** Work due per day of the period starting at business time `startBusiness` (in steady state), from the curve A(τ − T). */
function dailyDue(
  points: readonly Breakpoint[],
  open: readonly boolean[],
  target: number,
  startBusiness: number,
) {
  const arrivedBy = (business: number): number => {
    let i = 0;
    while (i + 1 < points.length && (points[i + 1] as Breakpoint).business <= business) i++;
    const p = points[i] as Breakpoint;
    const next = points[i + 1];
    if (next === undefined || business === p.business) return p.after;
    return (
      p.after + ((next.before - p.after) * (business - p.business)) / (next.business - p.business)
    );
  };
  const days = Math.ceil(open.length / 24);
  const days_: { day: number; businessHours: number; dueWorkHours: number; agents: number }[] = [];
  let business = startBusiness;
  for (let day = 0; day < days; day++) {
    const hours = open.slice(day * 24, day * 24 + 24).filter(Boolean).length;
    const start = business;
    business += hours * MINUTES_PER_HOUR;
    const due = hours === 0 ? 0 : arrivedBy(business - target) - arrivedBy(start - target);
    days_.push({
      day,
      businessHours: hours,
      dueWorkHours: due / MINUTES_PER_HOUR,
      agents: hours === 0 ? 0 : due / (hours * MINUTES_PER_HOUR),
    });
  }
  return days_;
}
