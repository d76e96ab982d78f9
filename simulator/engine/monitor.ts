import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { MetricValues } from '../report/metric-catalogue.ts';
import { QuantileSketch } from '../report/quantile-sketch.ts';
import { AgentTally, type GroupAgentValues } from './agent-tally.ts';
import type { EngineContract, EngineEconomics, EngineProjectWork } from './engine-model.ts';
import {
  HourOfWeekTally,
  type HourOfWeekValues,
  hourCursor,
  hourOfWeek,
} from './hour-of-week-tally.ts';

/** Adds one to `counts[index]`. */
function bump(counts: number[], index: number): void {
  counts[index] = (counts[index] as number) + 1;
}

/** The tallies of one class; plain counters and sums, no averages. */
class ClassTally {
  arrived = 0;
  started = 0;
  served = 0;
  abandoned = 0;
  openAtEnd = 0;
  deflected = 0;
  escalations = 0;
  reopened = 0;
  queued = 0;
  waitSum = 0;
  slMet = 0;
  /** Tickets that started within target but with less than a fifth of it left. */
  nearBreaches = 0;
  /** Time to resolve counted on the class's SLA calendar, minutes: sum and sketch. */
  businessTimeSum = 0;
  /** Only for classes on a calendar; the others use `timesInSystem` (the same numbers). */
  readonly businessTimes = new QuantileSketch();
  onCalendar = false;
  slDecided = 0;
  timeInSystemSum = 0;
  readonly waits = new QuantileSketch();
  readonly timesInSystem = new QuantileSketch();
  waitingNow = 0;
  inServiceNow = 0;
  waitingArea = 0;
  inServiceArea = 0;
  /** Open tickets × users' working minutes (on their calendar), weighted by the lost share of work. */
  lossArea = 0;
  lastChange = 0;
}

/**
 * Records what the engine reports (arrivals, starts, departures, abandonments, changes of the
 * waiting and busy counts) and turns it into metrics at the end. Tickets that arrived before the
 * warm-up ends are left out of every per-ticket statistic, and time averages start at the warm-up.
 */
export class Monitor {
  private readonly tallies: ClassTally[];
  private readonly targets: readonly (number | null)[];
  private readonly slaCalendars: readonly (WorkingCalendar | null)[];
  private readonly lossWeights: readonly number[];
  private readonly economics: EngineEconomics;
  private readonly warmUp: number;
  private readonly hours = new HourOfWeekTally();
  /** The hour of the week of tickets' arrival times (asked about in nearly increasing order). */
  private readonly arrivalHours = hourCursor();
  /** The agent time of each group. */
  private readonly groups: AgentTally[];

  constructor(options: {
    targetMinutes: readonly (number | null)[];
    /** Per class, the calendar its target counts in; null (or absent) for every minute. */
    slaCalendars?: readonly (WorkingCalendar | null)[];
    /** Per class, users affected × share of their work lost while a ticket is open (default 1). */
    lossWeights?: readonly number[];
    economics?: EngineEconomics;
    warmUpMinutes: number;
    /** The groups: agents on duty at time 0 and the cost of an agent-hour. */
    groups?: readonly {
      agents: number;
      /** Agents paid at time 0 (before shrinkage); default `agents`. */
      paidAgents?: number;
      costPerAgentHour: number | null;
      projectWork?: EngineProjectWork | null;
    }[];
    /** Agents on duty at time 0 when there is one group. */
    agents?: number;
  }) {
    this.targets = options.targetMinutes;
    this.slaCalendars = options.slaCalendars ?? options.targetMinutes.map(() => null);
    this.lossWeights = options.lossWeights ?? options.targetMinutes.map(() => 1);
    this.economics = options.economics ?? {
      costPerAgentHour: null,
      userHourCost: null,
      userCalendar: null,
    };
    this.tallies = options.targetMinutes.map((_, i) => {
      const tally = new ClassTally();
      tally.onCalendar = (this.slaCalendars[i] ?? null) !== null;
      return tally;
    });
    this.warmUp = options.warmUpMinutes;
    const groups = options.groups ?? [
      { agents: options.agents ?? 0, costPerAgentHour: this.economics.costPerAgentHour },
    ];
    this.groups = groups.map(
      (group) =>
        new AgentTally({
          agents: group.agents,
          paidAgents: group.paidAgents ?? group.agents,
          warmUpMinutes: this.warmUp,
          costPerAgentHour: group.costPerAgentHour,
          projectWork: group.projectWork ?? null,
        }),
    );
  }

  /** The agent time of group `index`. */
  group(index: number): AgentTally {
    return this.groups[index] as AgentTally;
  }

  /** A ticket the knowledge base solved: it never reaches an agent. */
  deflected(classIndex: number, time: number): void {
    if (time >= this.warmUp) this.tally(classIndex).deflected++;
  }

  arrived(classIndex: number, time: number): void {
    const tally = this.tally(classIndex);
    this.integrate(tally, time);
    tally.waitingNow++;
    if (time < this.warmUp) return;
    tally.arrived++;
    bump(this.hours.values.arrived, this.arrivalHours.at(time));
  }

  /**
   * Work starts on a ticket that arrived at `arrivalTime`; `queued` tells whether it had to join
   * the waiting line (all agents busy on arrival), even if only for an instant.
   */
  started(classIndex: number, arrivalTime: number, time: number, queued: boolean): void {
    const tally = this.tally(classIndex);
    this.integrate(tally, time);
    tally.waitingNow--;
    tally.inServiceNow++;
    if (arrivalTime < this.warmUp) return;
    const wait = time - arrivalTime;
    const hour = this.arrivalHours.at(arrivalTime);
    tally.started++;
    this.recordWait(tally, wait, hour, queued);
    const target = this.targets[classIndex];
    if (target !== null && target !== undefined) {
      tally.slDecided++;
      bump(this.hours.values.slDecided, hour);
      const slaWait = this.slaWait(classIndex, arrivalTime, time);
      if (slaWait <= target) {
        tally.slMet++;
        bump(this.hours.values.slMet, hour);
        if (slaWait > NEAR_BREACH_SHARE * target) tally.nearBreaches++;
      }
    }
  }

  /** A visit ends and the ticket goes on waiting: passed to another group, or reopened. */
  stoppedWork(classIndex: number, time: number): void {
    const tally = this.tally(classIndex);
    this.integrate(tally, time);
    tally.inServiceNow--;
    tally.waitingNow++;
  }

  /** A ticket that arrived at `arrivalTime` is passed to another group. */
  escalated(classIndex: number, arrivalTime: number): void {
    if (arrivalTime >= this.warmUp) this.tally(classIndex).escalations++;
  }

  /** A resolved ticket that arrived at `arrivalTime` is reopened. */
  reopened(classIndex: number, arrivalTime: number): void {
    if (arrivalTime >= this.warmUp) this.tally(classIndex).reopened++;
  }

  /** Work on a ticket stops for a more urgent one: it goes back to the line, its agent switches. */
  preempted(classIndex: number, time: number): void {
    const tally = this.tally(classIndex);
    this.integrate(tally, time);
    tally.inServiceNow--;
    tally.waitingNow++;
  }

  /** Work resumes on a pre-empted ticket (its wait was recorded when work first started). */
  resumed(classIndex: number, time: number): void {
    const tally = this.tally(classIndex);
    this.integrate(tally, time);
    tally.waitingNow--;
    tally.inServiceNow++;
  }

  served(classIndex: number, arrivalTime: number, time: number): void {
    const tally = this.tally(classIndex);
    this.integrate(tally, time);
    tally.inServiceNow--;
    if (arrivalTime < this.warmUp) return;
    tally.served++;
    const timeInSystem = time - arrivalTime;
    tally.timeInSystemSum += timeInSystem;
    tally.timesInSystem.add(timeInSystem);
    const calendar = this.slaCalendars[classIndex];
    if (calendar === null || calendar === undefined) {
      tally.businessTimeSum += timeInSystem;
    } else {
      const businessTime = calendar.businessMinutesBetween(arrivalTime, time);
      tally.businessTimeSum += businessTime;
      tally.businessTimes.add(businessTime);
    }
  }

  abandoned(classIndex: number, arrivalTime: number, time: number): void {
    const tally = this.tally(classIndex);
    this.integrate(tally, time);
    tally.waitingNow--;
    if (arrivalTime < this.warmUp) return;
    const hour = this.arrivalHours.at(arrivalTime);
    tally.abandoned++;
    this.recordWait(tally, time - arrivalTime, hour, true);
    if (this.targets[classIndex] !== null) {
      tally.slDecided++;
      bump(this.hours.values.slDecided, hour);
    }
  }

  /** A ticket still open at the end of the run (`waiting` or in service). */
  openAtEnd(classIndex: number, arrivalTime: number, endTime: number, waiting: boolean): void {
    if (arrivalTime < this.warmUp) return;
    const tally = this.tally(classIndex);
    tally.openAtEnd++;
    const target = this.targets[classIndex];
    if (
      waiting &&
      target !== null &&
      target !== undefined &&
      this.slaWait(classIndex, arrivalTime, endTime) > target
    ) {
      tally.slDecided++;
      bump(this.hours.values.slDecided, hourOfWeek(arrivalTime));
    }
  }

  /** Closes the time averages at `endTime` and computes every metric, per class and overall. */
  finish(endTime: number): {
    overall: MetricValues;
    classes: MetricValues[];
    groups: GroupAgentValues[];
    hourOfWeek: HourOfWeekValues;
    distributions: TimeDistributions;
  } {
    for (const tally of this.tallies) this.integrate(tally, endTime);
    const duration = Math.max(endTime - this.warmUp, 0);
    const weeks = duration / 10080;
    const groups = this.groups.map((group) => group.finish(endTime, weeks));
    const { busyMinutes, onDutyMinutes } = this.hours.values;
    for (let hour = 0; hour < busyMinutes.length; hour++) {
      busyMinutes[hour] = groups.reduce(
        (sum, g) => sum + (g.busyMinutesByHourOfWeek[hour] ?? 0),
        0,
      );
      onDutyMinutes[hour] = groups.reduce(
        (sum, g) => sum + (g.onDutyMinutesByHourOfWeek[hour] ?? 0),
        0,
      );
    }
    const total = (pick: (g: (typeof groups)[number]) => number) =>
      groups.reduce((sum, g) => sum + pick(g), 0);
    const onDutyArea = total((g) => g.onDutyArea);
    const agents: AgentMetrics = {
      occupancy: onDutyArea > 0 ? total((g) => g.busyArea) / onDutyArea : null,
      agentHoursPerWeek: weeks > 0 ? total((g) => g.paidArea) / 60 / weeks : null,
      overtimeHoursPerWeek: weeks > 0 ? total((g) => g.overtimeArea) / 60 / weeks : null,
    };
    const lost = this.tallies.map((tally, i) =>
      weeks > 0 ? (tally.lossArea * (this.lossWeights[i] ?? 1)) / 60 / weeks : null,
    );
    const { userHourCost } = this.economics;
    const staffCost = groups.some((g) => g.staffCostPerWeek === null)
      ? null
      : total((g) => g.staffCostPerWeek as number);
    const totalLost = lost.some((hours) => hours === null)
      ? null
      : lost.reduce((sum: number, hours) => sum + (hours as number), 0);
    const contract = this.economics.contract ?? null;
    const classes = this.tallies.map((tally, i) => ({
      ...classMetrics([tally], duration, null),
      ...costMetrics(lost[i] ?? null, userHourCost, null),
      ...contractMetrics(
        contract,
        [tally],
        [contract?.penaltyPerBreach[i] ?? 0],
        weeks,
        null,
        false,
      ),
    }));
    return {
      overall: {
        ...classMetrics(this.tallies, duration, agents),
        ...costMetrics(totalLost, userHourCost, staffCost),
        ...contractMetrics(
          contract,
          this.tallies,
          contract?.penaltyPerBreach ?? [],
          weeks,
          staffCost,
          true,
        ),
      },
      classes,
      groups: groups.map(
        ({ busyArea: _b, onDutyArea: _o, paidArea: _p, overtimeArea: _t, ...values }) => values,
      ),
      hourOfWeek: this.hours.values,
      distributions: {
        waitMinutes: quantileGrid(merged(this.tallies.map((t) => t.waits))),
        timeToResolveMinutes: quantileGrid(merged(this.tallies.map((t) => t.timesInSystem))),
      },
    };
  }

  private tally(classIndex: number): ClassTally {
    return this.tallies[classIndex] as ClassTally;
  }

  /** The wait from `arrivalTime` to `time` as the class's SLA clock counts it. */
  private slaWait(classIndex: number, arrivalTime: number, time: number): number {
    const calendar = this.slaCalendars[classIndex];
    return calendar === null || calendar === undefined
      ? time - arrivalTime
      : calendar.businessMinutesBetween(arrivalTime, time);
  }

  private recordWait(tally: ClassTally, wait: number, hour: number, queued: boolean): void {
    tally.waitSum += wait;
    tally.waits.add(wait);
    bump(this.hours.values.waitKnown, hour);
    if (queued) {
      tally.queued++;
      bump(this.hours.values.waited, hour);
    }
  }

  private integrate(tally: ClassTally, time: number): void {
    const from = Math.max(tally.lastChange, this.warmUp);
    if (time > from) {
      tally.waitingArea += tally.waitingNow * (time - from);
      tally.inServiceArea += tally.inServiceNow * (time - from);
      const open = tally.waitingNow + tally.inServiceNow;
      if (open > 0) {
        const calendar = this.economics.userCalendar;
        tally.lossArea +=
          open * (calendar === null ? time - from : calendar.businessMinutesBetween(from, time));
      }
    }
    tally.lastChange = time;
  }
}

/**
 * A provider's week under its contract: revenue (the fixed fee, overall only, plus the price of
 * each resolved ticket), penalties (breaches × penalty) and margin (revenue − penalties − staff
 * cost, overall only). Null without a contract.
 */
function contractMetrics(
  contract: EngineContract | null,
  tallies: readonly ClassTally[],
  penalties: readonly number[],
  weeks: number,
  staffCostPerWeek: number | null,
  overall: boolean,
): Pick<MetricValues, ContractMetricName> {
  if (contract === null || !(weeks > 0))
    return { revenuePerWeek: null, penaltiesPerWeek: null, marginPerWeek: null };
  const resolved = tallies.reduce((sum, t) => sum + t.served, 0);
  const revenue =
    (overall ? contract.fixedPerWeek : 0) + (contract.pricePerTicket * resolved) / weeks;
  const penalty =
    tallies.reduce((sum, t, i) => sum + (t.slDecided - t.slMet) * (penalties[i] ?? 0), 0) / weeks;
  return {
    revenuePerWeek: revenue,
    penaltiesPerWeek: penalty,
    marginPerWeek: staffCostPerWeek === null ? null : revenue - penalty - staffCostPerWeek,
  };
}

/** A ticket that starts within target but after this share of it has gone is "near breach". */
const NEAR_BREACH_SHARE = 0.8;

type ContractMetricName = 'revenuePerWeek' | 'penaltiesPerWeek' | 'marginPerWeek';

type CostMetricName =
  | 'lostUserHoursPerWeek'
  | 'lostProductivityCostPerWeek'
  | 'staffCostPerWeek'
  | 'totalCostPerWeek';

/** Lost user time and what it and the staff cost, per week; null where no price was given. */
function costMetrics(
  lostUserHoursPerWeek: number | null,
  userHourCost: number | null,
  staffCostPerWeek: number | null,
): Pick<MetricValues, CostMetricName> {
  const lostCost =
    lostUserHoursPerWeek === null || userHourCost === null
      ? null
      : lostUserHoursPerWeek * userHourCost;
  return {
    lostUserHoursPerWeek,
    lostProductivityCostPerWeek: lostCost,
    staffCostPerWeek,
    totalCostPerWeek:
      lostCost === null || staffCostPerWeek === null ? null : lostCost + staffCostPerWeek,
  };
}

/** What the agents did: overall only (null for a class). */
interface AgentMetrics {
  occupancy: number | null;
  agentHoursPerWeek: number | null;
  overtimeHoursPerWeek: number | null;
}

function classMetrics(
  tallies: readonly ClassTally[],
  duration: number,
  agents: AgentMetrics | null,
): Omit<MetricValues, CostMetricName | ContractMetricName> {
  const sum = (pick: (tally: ClassTally) => number) =>
    tallies.reduce((total, tally) => total + pick(tally), 0);
  const waitsKnown = sum((t) => t.started + t.abandoned);
  const served = sum((t) => t.served);
  const slDecided = sum((t) => t.slDecided);
  const waits = merged(tallies.map((t) => t.waits));
  const times = merged(tallies.map((t) => t.timesInSystem));
  const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  const waitingArea = sum((t) => t.waitingArea);
  return {
    arrived: sum((t) => t.arrived),
    served,
    abandoned: sum((t) => t.abandoned),
    openAtEnd: sum((t) => t.openAtEnd),
    deflected: sum((t) => t.deflected),
    escalations: sum((t) => t.escalations),
    reopened: sum((t) => t.reopened),
    serviceLevel: ratio(
      sum((t) => t.slMet),
      slDecided,
    ),
    waitProbability: ratio(
      sum((t) => t.queued),
      waitsKnown,
    ),
    abandonmentRate: ratio(
      sum((t) => t.abandoned),
      waitsKnown,
    ),
    asaMinutes: ratio(
      sum((t) => t.waitSum),
      waitsKnown,
    ),
    waitP50Minutes: waits.quantile(0.5),
    waitP90Minutes: waits.quantile(0.9),
    waitP95Minutes: waits.quantile(0.95),
    waitP99Minutes: waits.quantile(0.99),
    meanTimeInSystemMinutes: ratio(
      sum((t) => t.timeInSystemSum),
      served,
    ),
    timeInSystemP50Minutes: times.quantile(0.5),
    timeInSystemP90Minutes: times.quantile(0.9),
    timeInSystemP95Minutes: times.quantile(0.95),
    timeInSystemP99Minutes: times.quantile(0.99),
    meanBusinessTimeToResolveMinutes: ratio(
      sum((t) => t.businessTimeSum),
      served,
    ),
    businessTimeToResolveP95Minutes: merged(
      tallies.map((t) => (t.onCalendar ? t.businessTimes : t.timesInSystem)),
    ).quantile(0.95),
    breaches: sum((t) => t.slDecided - t.slMet),
    nearBreaches: sum((t) => t.nearBreaches),
    meanQueueLength: ratio(waitingArea, duration),
    meanInSystem: ratio(waitingArea + sum((t) => t.inServiceArea), duration),
    occupancy: agents?.occupancy ?? null,
    agentHoursPerWeek: agents?.agentHoursPerWeek ?? null,
    overtimeHoursPerWeek: agents?.overtimeHoursPerWeek ?? null,
  };
}

/**
 * Probabilities at which the wait and time-to-resolve distributions are reported: 5 % steps, then
 * 97.5 % and 99 % for the tail a service level is judged on.
 */
export const DISTRIBUTION_PROBABILITIES: readonly number[] = [
  ...Array.from({ length: 19 }, (_, i) => (i + 1) / 20),
  0.975,
  0.99,
];

/** Wait and time to resolve of every ticket (all classes), as quantiles at DISTRIBUTION_PROBABILITIES. */
export interface TimeDistributions {
  /** null where no ticket started work after the warm-up. */
  waitMinutes: (number | null)[];
  /** null where no ticket was resolved after the warm-up. */
  timeToResolveMinutes: (number | null)[];
}

function quantileGrid(sketch: QuantileSketch): (number | null)[] {
  return DISTRIBUTION_PROBABILITIES.map((p) => sketch.quantile(p));
}

function merged(sketches: readonly QuantileSketch[]): QuantileSketch {
  if (sketches.length === 1) return sketches[0] as QuantileSketch;
  const all = new QuantileSketch();
  for (const sketch of sketches) all.merge(sketch);
  return all;
}
