import type { RandomStream } from '../random/random-stream.ts';
import type { AgentTally } from './agent-tally.ts';
import type { EngineGroup } from './engine-model.ts';
import type { TicketStore } from './ticket-store.ts';
import { WaitingLine } from './waiting-line.ts';

/**
 * The live state of one group in a replication: its waiting line (one level per priority, or per
 * class for EDF and cherry-picking), its tickets in work when it pre-empts, and its agents: free,
 * on duty by the schedule, and leaving once they finish their ticket.
 */
export class AgentGroup {
  readonly index: number;
  readonly spec: EngineGroup;
  readonly line: WaitingLine;
  readonly inWork: WaitingLine | null;
  freeAgents: number;
  /** Agents available for tickets by the schedule: the paid headcount less shrinkage, rounded. */
  scheduledAgents: number;
  /** Agents paid by the schedule (before shrinkage). */
  paidAgents: number;
  leavingAgents = 0;
  /** Where the monitor keeps this group's agent time (set once the monitor exists). */
  tally!: AgentTally;
  /** Agents of this group now working tickets of each other group (cross-training). */
  readonly lending: Int32Array;
  /** The groups this one's agents may help, with how many at a time, in order of preference. */
  readonly crossTrained: readonly { group: number; agents: number }[];
  /** The groups whose agents may help this one, in group order (set once all groups exist). */
  helpers: AgentGroup[] = [];
  /** Whether agents take tickets now (false between queue reviews). */
  open: boolean;
  /** Agents that may work tickets at a time (the rota), Infinity when all may. */
  private readonly ticketCap: number;
  private readonly store: TicketStore;
  private readonly expectedWork: Float64Array;
  private readonly disciplineRandom: RandomStream;

  constructor(
    index: number,
    spec: EngineGroup,
    context: {
      store: TicketStore;
      expectedWork: Float64Array;
      disciplineRandom: RandomStream;
      /** Number of groups in the model. */
      groups: number;
    },
  ) {
    this.index = index;
    this.spec = spec;
    this.store = context.store;
    this.line = new WaitingLine(context.store, spec.levels);
    this.inWork =
      spec.preemptive || spec.handOverAtShiftEnd === true
        ? new WaitingLine(context.store, spec.levels)
        : null;
    this.paidAgents = spec.schedule === null ? spec.agents : (spec.schedule.agents[0] as number);
    this.scheduledAgents = this.available(this.paidAgents);
    this.freeAgents = this.scheduledAgents;
    this.lending = new Int32Array(context.groups);
    this.crossTrained = spec.crossTrained ?? [];
    const project = spec.projectWork ?? null;
    this.open = project?.policy !== 'review';
    this.ticketCap = project?.policy === 'rota' ? project.rotaAgents : Number.POSITIVE_INFINITY;
    this.expectedWork = context.expectedWork;
    this.disciplineRandom = context.disciplineRandom;
  }

  /** Agents free for tickets out of `paid` on duty: shrinkage (breaks, training, absence) removed. */
  available(paid: number): number {
    const shrinkage = this.spec.shrinkage ?? 0;
    return shrinkage > 0 ? Math.round(paid * (1 - shrinkage)) : paid;
  }

  /** True when an idle agent may start a ticket now. */
  canStart(): boolean {
    return this.freeAgents > 0 && this.open && this.busyAgents() < this.ticketCap;
  }

  /** True when an idle agent of this group may take a ticket of group `target` (cross-training). */
  canHelp(target: number): boolean {
    if (this.freeAgents === 0 || this.line.length > 0 || this.busyAgents() >= this.ticketCap)
      return false;
    const limit = this.crossTrained.find((entry) => entry.group === target)?.agents ?? 0;
    return (this.lending[target] as number) < limit;
  }

  /** True when an agent who just finished a ticket should take the next one rather than a project. */
  mayContinue(): boolean {
    if (this.line.length === 0) {
      if (this.spec.projectWork?.policy === 'review') this.open = false;
      return false;
    }
    // The agent asking has just finished, so one fewer is busy than busyAgents() still counts.
    return this.open && this.busyAgents() - 1 < this.ticketCap;
  }

  /** The waiting-line level of class `classIndex` in this group. */
  levelOf(classIndex: number): number {
    return this.spec.classLevels[classIndex] as number;
  }

  /** Agents working tickets now (those finishing past the end of their shift included). */
  busyAgents(): number {
    return this.scheduledAgents + this.leavingAgents - this.freeAgents;
  }

  /** The waiting ticket an agent takes next, by the group's discipline; -1 when none waits. */
  nextWaiting(): number {
    const selection = this.spec.selection;
    if (selection === null) return this.line.dequeue();
    const { store } = this;
    if (selection.rule === 'edf') {
      // Due times are below 1e12 minutes; tickets without a target come after, oldest first.
      return this.line.dequeueBest((slot) => {
        const due = store.dueTime[slot] as number;
        return due < Number.POSITIVE_INFINITY ? due : 1e12 + (store.arrivalTime[slot] as number);
      });
    }
    if (this.disciplineRandom() < selection.cherryPickProbability) {
      return this.line.dequeueBest(
        (slot) => this.expectedWork[store.classIndex[slot] as number] as number,
      );
    }
    return this.line.dequeueBest((slot) => store.arrivalTime[slot] as number);
  }
}
