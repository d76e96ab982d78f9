import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { Distribution } from '../random/distribution.ts';
import type { ArrivalModel } from './arrival-process.ts';

/** A ticket class as the engine sees it: all durations in minutes. */
export interface EngineClass {
  id: string;
  /** Share of arrivals, a fraction; the shares of all classes add up to 1. */
  share: number;
  /** Waiting-line level: 0 is served first. */
  level: number;
  work: Distribution;
  /** Patience before abandoning; null when tickets of this class never abandon. */
  patience: Distribution | null;
  /** Service-level target time, minutes; null when the class has no target. */
  targetMinutes: number | null;
  /** The calendar whose business minutes the target counts; null for every minute ("always"). */
  slaCalendar?: WorkingCalendar | null;
  /** Users affected × fraction of their work lost while a ticket of this class is open. */
  lossWeight?: number;
  /** The group a ticket of this class goes to first (default 0). */
  entryGroup?: number;
  /**
   * Per group (by index), what a visit of this class there involves: its work time (null: the
   * class's own) and where the ticket goes next; null or absent where the class never goes.
   */
  routes?: readonly (EngineRoute | null)[];
  /** Probability that a resolved ticket is reopened and goes back to its entry group. */
  reopenProbability?: number;
}

/**
 * Agents on duty by period piece: piece i covers [i·pieceMinutes, (i+1)·pieceMinutes) with
 * agents[i mod length] on duty (168 pieces of 60 minutes for an hourly plan of the week).
 */
export interface AgentSchedule {
  pieceMinutes: number;
  agents: Int32Array;
}

/** A visit of a class to a group: its work, and the probabilities of passing the ticket on. */
export interface EngineRoute {
  /** Work time of a visit here; null: the class's work time. */
  work: Distribution | null;
  /** Escalations: to group index `to` with `probability`; resolved here with the rest. */
  escalate: readonly { to: number; probability: number }[];
}

/** A group of agents and how they take work. */
export interface EngineGroup {
  id: string;
  /** Agents on duty when there is no schedule. */
  agents: number;
  schedule: AgentSchedule | null;
  /** Number of waiting-line levels, and each class's level in this group. */
  levels: number;
  classLevels: Int32Array;
  preemptive: boolean;
  /** Share of paid agent time not available for tickets (default 0); available agents are rounded. */
  shrinkage?: number;
  /** How fast the group's agents work: a visit of w minutes of work takes them w / speed (default 1). */
  speed?: number;
  /** At a shift end, busy leaving agents put their ticket back in the line instead of finishing it. */
  handOverAtShiftEnd?: boolean;
  selection: { rule: 'edf' | 'cherry-pick'; cherryPickProbability: number } | null;
  costPerAgentHour: number | null;
  /** How a group that also does project work takes tickets; null for a pure ticket group. */
  projectWork?: EngineProjectWork | null;
  /**
   * Cross-training, in order of preference after the home group: up to `agents` of this group's
   * agents may work tickets of group `group` at a time when their own line is empty.
   */
  crossTrained?: readonly { group: number; agents: number }[];
}

/**
 * Project work beside tickets:
 * - "interrupt": agents do project work when no ticket needs them and drop it when one comes,
 *   losing `refocusMinutes` of project time per interruption;
 * - "rota": only `rotaAgents` agents take tickets at a time; the others stay on projects;
 * - "review": agents look at the queue every `reviewEveryMinutes` and work it empty, then go back
 *   to projects; tickets arriving in between wait for the next review.
 */
export interface EngineProjectWork {
  policy: 'interrupt' | 'rota' | 'review';
  rotaAgents: number;
  reviewEveryMinutes: number;
  refocusMinutes: number;
}

/** Prices of staff and of users' lost time. */
export interface EngineEconomics {
  /** Cost of an agent-hour on duty; null when not given. */
  costPerAgentHour: number | null;
  /** Cost of a user-hour of lost work; null when not given. */
  userHourCost: number | null;
  /** The calendar users work on (lost time counts only then); null for every minute. */
  userCalendar: WorkingCalendar | null;
  /** A managed service provider's contract, when the scenario is run from the provider's side. */
  contract?: EngineContract | null;
}

/** What a provider is paid, and what it pays for missed targets. */
export interface EngineContract {
  /** Paid per ticket resolved. */
  pricePerTicket: number;
  /** Paid per week whatever the volume (users × price per user-month, as a weekly amount). */
  fixedPerWeek: number;
  /** Penalty per breached target, per class. */
  penaltyPerBreach: readonly number[];
}

/**
 * Everything one replication needs, compiled from a scenario: all times in minutes. With `groups`
 * the tickets of each class enter at their entry group and move between groups by their routes;
 * without, the top-level agents, schedule, levels, preemptive and selection describe one group.
 */
export interface EngineModel {
  groups?: readonly EngineGroup[];
  /** Agents on duty when there is no schedule. */
  agents: number;
  /**
   * Agents on duty over time, or null for a fixed headcount. When the number falls while agents
   * are busy, they finish the ticket in hand first (overtime), then leave.
   */
  schedule?: AgentSchedule | null;
  horizonMinutes: number;
  warmUpMinutes: number;
  arrivals: ArrivalModel;
  classes: readonly EngineClass[];
  /** Number of waiting-line levels (1 for FIFO). */
  levels: number;
  economics?: EngineEconomics;
  /** Bursts of tickets of one class (major incidents): `tickets` spread over [at, at + over). */
  surges?: readonly {
    atMinutes: number;
    overMinutes: number;
    classIndex: number;
    tickets: number;
  }[];
  /** Self-service: the share of tickets that never arrive, and the factor on every work time. */
  knowledgeBase?: { deflection: number; workFactor: number };
  /**
   * Pre-emptive-resume priority: a ticket that finds every agent busy takes the agent of the
   * least urgent ticket in work below its own level (the one started last); that ticket goes back
   * to the front of its level and later resumes where it stopped.
   */
  preemptive?: boolean;
  /**
   * How an agent picks among the fronts of the per-class lines (`levels` = one per class):
   * "edf" takes the ticket whose service-level deadline comes first (tickets without a target
   * last, oldest first); "cherry-pick" takes, with probability `cherryPickProbability`, a ticket
   * of the class with the shortest expected work, and otherwise the oldest ticket. Absent: the
   * lowest level first (FIFO or strict priority).
   */
  selection?: { rule: 'edf' | 'cherry-pick'; cherryPickProbability: number };
}
