import type { EngineProjectWork } from './engine-model.ts';
import { HourOfWeekTally } from './hour-of-week-tally.ts';

/** What one group's agents did, per week of the measured run; null where undefined. */
export interface GroupAgentValues {
  occupancy: number | null;
  agentHoursPerWeek: number | null;
  overtimeHoursPerWeek: number | null;
  /** Visits that started work in the group (first touches, escalations and reopenings). */
  visits: number;
  /** Mean wait of a visit in the group's line, minutes. */
  meanVisitWaitMinutes: number | null;
  staffCostPerWeek: number | null;
  /** Agent-hours left for project work a week, after refocusing after interruptions; null without project work. */
  projectHoursPerWeek: number | null;
  /** Agent-minutes busy and on duty in each hour of the week (0 = Monday 00:00), measured run. */
  busyMinutesByHourOfWeek: number[];
  onDutyMinutesByHourOfWeek: number[];
}

/**
 * The agent time of one group: busy, on duty and overtime, integrated from the end of the warm-up,
 * and the waits of the visits its agents started, with agent time by hour of the week.
 */
export class AgentTally {
  private busyNow = 0;
  private onDutyNow: number;
  private paidNow: number;
  private paidArea = 0;
  private overtimeNow = 0;
  private busyArea = 0;
  private onDutyArea = 0;
  private overtimeArea = 0;
  private lastChange = 0;
  private visits = 0;
  private visitWaitSum = 0;
  private interruptions = 0;
  private readonly warmUp: number;
  private readonly hours = new HourOfWeekTally();
  private readonly costPerAgentHour: number | null;

  /** Project work of the group, null for a pure ticket group. */
  private readonly projectWork: EngineProjectWork | null;

  constructor(options: {
    agents: number;
    paidAgents?: number;
    warmUpMinutes: number;
    costPerAgentHour: number | null;
    projectWork?: EngineProjectWork | null;
  }) {
    this.projectWork = options.projectWork ?? null;
    this.onDutyNow = options.agents;
    this.paidNow = options.paidAgents ?? options.agents;
    this.warmUp = options.warmUpMinutes;
    this.costPerAgentHour = options.costPerAgentHour;
  }

  /** `change` more (or fewer) agents are busy from `time`. */
  busyChanged(time: number, change: number): void {
    this.integrate(time);
    this.busyNow += change;
  }

  /**
   * Agents on duty from `time`: `scheduled` available by the plan plus `overtime` finishing their
   * ticket; `paid` (default `scheduled`) is the headcount before shrinkage.
   */
  onDutyChanged(time: number, scheduled: number, overtime: number, paid = scheduled): void {
    this.integrate(time);
    this.onDutyNow = scheduled + overtime;
    this.paidNow = paid + overtime;
    this.overtimeNow = overtime;
  }

  /** An agent drops project work for a ticket (interrupt policy). */
  interrupted(time: number): void {
    if (time >= this.warmUp) this.interruptions++;
  }

  /** An agent starts a visit that waited `wait` minutes in the group's line. */
  visitStarted(time: number, wait: number): void {
    if (time < this.warmUp) return;
    this.visits++;
    this.visitWaitSum += wait;
  }

  /** Areas closed at `endTime`, then the group's values over `weeks` measured weeks. */
  finish(
    endTime: number,
    weeks: number,
  ): GroupAgentValues & {
    busyArea: number;
    onDutyArea: number;
    paidArea: number;
    overtimeArea: number;
  } {
    this.integrate(endTime);
    const agentHoursPerWeek = weeks > 0 ? this.paidArea / 60 / weeks : null;
    return {
      occupancy: this.onDutyArea > 0 ? this.busyArea / this.onDutyArea : null,
      agentHoursPerWeek,
      overtimeHoursPerWeek: weeks > 0 ? this.overtimeArea / 60 / weeks : null,
      visits: this.visits,
      meanVisitWaitMinutes: this.visits > 0 ? this.visitWaitSum / this.visits : null,
      staffCostPerWeek:
        agentHoursPerWeek === null || this.costPerAgentHour === null
          ? null
          : agentHoursPerWeek * this.costPerAgentHour,
      projectHoursPerWeek:
        this.projectWork === null || !(weeks > 0)
          ? null
          : Math.max(
              0,
              (this.onDutyArea -
                this.busyArea -
                this.interruptions * this.projectWork.refocusMinutes) /
                60 /
                weeks,
            ),
      busyMinutesByHourOfWeek: this.hours.values.busyMinutes,
      onDutyMinutesByHourOfWeek: this.hours.values.onDutyMinutes,
      busyArea: this.busyArea,
      onDutyArea: this.onDutyArea,
      paidArea: this.paidArea,
      overtimeArea: this.overtimeArea,
    };
  }

  private integrate(time: number): void {
    const from = this.lastChange > this.warmUp ? this.lastChange : this.warmUp;
    if (time > from) {
      this.busyArea += this.busyNow * (time - from);
      this.onDutyArea += this.onDutyNow * (time - from);
      this.paidArea += this.paidNow * (time - from);
      this.overtimeArea += this.overtimeNow * (time - from);
      this.hours.spreadAgents(from, time, this.busyNow, this.onDutyNow);
    }
    this.lastChange = time;
  }
}
