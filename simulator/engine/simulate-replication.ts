import type { RandomStream, StreamSource } from '../random/random-stream.ts';
import type { MetricValues } from '../report/metric-catalogue.ts';
import { ArrivalProcess } from './arrival-process.ts';
import type { AgentSchedule, EngineClass, EngineModel } from './engine-model.ts';
import { EVENT, EVENT_NAMES } from './event-kind.ts';
import { EventQueue } from './event-queue.ts';
import type { HourOfWeekValues } from './hour-of-week-tally.ts';
import { Monitor } from './monitor.ts';
import { TICKET_STATE, TicketStore } from './ticket-store.ts';
import { WaitingLine } from './waiting-line.ts';

/** One processed event, as handed to a trace callback. */
export interface TraceEvent {
  time: number;
  kind: string;
  /** Number of the ticket in arrival order (1, 2, …); null for events without a ticket. */
  ticket: number | null;
}

/** What one replication measured. */
export interface ReplicationOutput {
  overall: MetricValues;
  classes: MetricValues[];
  /** Events processed (including abandon timers of tickets already in service). */
  events: number;
  /** Tickets generated, warm-up included. */
  ticketsGenerated: number;
  /** Counts and agent time by hour of the week. */
  hourOfWeek: HourOfWeekValues;
}

/** Options of one replication. */
export interface ReplicationOptions {
  /** Called for every event processed, in order (for exact traces in tests). */
  trace?: (event: TraceEvent) => void;
  /**
   * Called every `everyMinutes` from `startMinutes` (default 0) with the number of tickets in the
   * system (waiting or in work) at that instant, before any event at the same time.
   */
  sample?: {
    everyMinutes: number;
    startMinutes?: number;
    onSample: (time: number, inSystem: number) => void;
  };
}

/**
 * Runs one replication of `model` with the random streams of `source` and returns its metrics.
 * A pure function of (model, streams): the same streams give the same output, bit for bit.
 *
 * The streams used are: `arrivals` (gaps), `daily-volume` (daily multipliers), `class` (class of
 * each ticket), and per class `work:<id>` and `patience:<id>`. Work time and patience are drawn
 * when a ticket arrives, whatever happens to it later, so that two scenarios run with the same
 * streams give the same ticket the same work.
 */
export function simulateReplication(
  model: EngineModel,
  source: StreamSource,
  options: ReplicationOptions = {},
): ReplicationOutput {
  return new Replication(model, source, options).run();
}

/** The state of one replication; the engine emits to the monitor, which does all the counting. */
class Replication {
  private readonly classes: readonly EngineClass[];
  private readonly horizon: number;
  private readonly arrivals: ArrivalProcess;
  private readonly classRandom: RandomStream;
  private readonly workRandom: RandomStream[];
  private readonly patienceRandom: RandomStream[];
  private readonly cumulativeShares: Float64Array;
  private readonly levels: Int32Array;
  private readonly calendar = new EventQueue();
  private readonly store = new TicketStore();
  private readonly line: WaitingLine;
  /** Tickets in work by level, when pre-emption is on. */
  private readonly inWork: WaitingLine | null;
  private readonly monitor: Monitor;
  private readonly trace: ((event: TraceEvent) => void) | undefined;
  private readonly sample: ReplicationOptions['sample'];
  /** Arrival number of the ticket in each slot, kept only when tracing. */
  private readonly ticketNumbers: number[] = [];
  private readonly schedule: AgentSchedule | null;
  private freeAgents: number;
  /** Agents to send home as soon as they finish their ticket (the schedule fell while they were busy). */
  private leavingAgents = 0;
  /** Agents the schedule has on duty now. */
  private scheduledAgents: number;
  private generated = 0;
  private nextSampleTime = 0;

  constructor(model: EngineModel, source: StreamSource, options: ReplicationOptions) {
    this.classes = model.classes;
    this.horizon = model.horizonMinutes;
    this.arrivals = new ArrivalProcess(model.arrivals, model.horizonMinutes, {
      arrivals: source.stream('arrivals'),
      dailyVolume: source.stream('daily-volume'),
    });
    this.classRandom = source.stream('class');
    this.workRandom = model.classes.map((c) => source.stream(`work:${c.id}`));
    this.patienceRandom = model.classes.map((c) => source.stream(`patience:${c.id}`));
    this.cumulativeShares = cumulative(model.classes.map((c) => c.share));
    this.levels = Int32Array.from(model.classes, (c) => c.level);
    this.line = new WaitingLine(this.store, model.levels);
    this.inWork = model.preemptive === true ? new WaitingLine(this.store, model.levels) : null;
    this.schedule = model.schedule ?? null;
    this.scheduledAgents =
      this.schedule === null ? model.agents : (this.schedule.agents[0] as number);
    this.freeAgents = this.scheduledAgents;
    this.trace = options.trace;
    this.sample = options.sample;
    this.nextSampleTime = options.sample?.startMinutes ?? 0;
    this.monitor = new Monitor({
      targetMinutes: model.classes.map((c) => c.targetMinutes),
      slaCalendars: model.classes.map((c) => c.slaCalendar ?? null),
      lossWeights: model.classes.map((c) => c.lossWeight ?? 1),
      economics: model.economics,
      warmUpMinutes: model.warmUpMinutes,
      agents: this.scheduledAgents,
    });
  }

  run(): ReplicationOutput {
    const calendar = this.calendar;
    calendar.push(this.horizon, EVENT.END, -1);
    this.scheduleArrivalAfter(0);
    this.scheduleStaffingAfter(0);
    let events = 0;
    for (;;) {
      const time = calendar.peekTime();
      const kind = calendar.peekKind();
      const slot = calendar.peekPayload();
      calendar.pop();
      events++;
      if (this.trace !== undefined) this.traceEvent(time, kind, slot);
      if (this.sample !== undefined) this.takeSamples(time);
      if (kind === EVENT.END) break;
      switch (kind) {
        case EVENT.STAFFING:
          this.changeStaffing(slot, time);
          break;
        case EVENT.ARRIVAL:
          this.arrive(time);
          break;
        case EVENT.DEPARTURE:
          this.depart(slot % EPISODE_SPAN, Math.floor(slot / EPISODE_SPAN), time);
          break;
        case EVENT.ABANDON:
          this.abandon(slot, time);
          break;
        default:
          return assertNever(kind);
      }
    }
    this.recordOpenTickets();
    return { ...this.monitor.finish(this.horizon), events, ticketsGenerated: this.generated };
  }

  private scheduleArrivalAfter(time: number): void {
    const next = this.arrivals.nextAfter(time);
    if (next <= this.horizon) this.calendar.push(next, EVENT.ARRIVAL, -1);
  }

  /** A ticket arrives: draw its class, work and patience; start it or put it in line. */
  private arrive(time: number): void {
    this.scheduleArrivalAfter(time);
    const { store } = this;
    const classIndex = pickIndex(this.cumulativeShares, this.classRandom());
    const ticketClass = this.classes[classIndex] as EngineClass;
    const ticket = store.allocate();
    this.generated++;
    if (this.trace !== undefined) this.ticketNumbers[ticket] = this.generated;
    store.arrivalTime[ticket] = time;
    store.classIndex[ticket] = classIndex;
    store.workMinutes[ticket] = ticketClass.work.sample(
      this.workRandom[classIndex] as RandomStream,
    );
    const patience = ticketClass.patience;
    const deadline =
      patience === null
        ? Number.POSITIVE_INFINITY
        : time + patience.sample(this.patienceRandom[classIndex] as RandomStream);
    this.monitor.arrived(classIndex, time);
    if (this.freeAgents > 0) {
      this.freeAgents--;
      this.startWork(ticket, time);
      return;
    }
    if (this.inWork !== null && this.preempt(this.levels[classIndex] as number, time)) {
      this.startWork(ticket, time);
      return;
    }
    store.state[ticket] = TICKET_STATE.WAITING;
    this.line.enqueue(ticket, this.levels[classIndex] as number);
    if (deadline <= this.horizon) {
      store.pendingEvents[ticket] = 1;
      this.calendar.push(deadline, EVENT.ABANDON, ticket);
    }
  }

  /**
   * An agent finishes a ticket and takes the next one waiting, if any, or goes off duty. A
   * departure scheduled for a spell of work that was since pre-empted is stale and ignored.
   */
  private depart(slot: number, episode: number, time: number): void {
    const { store } = this;
    if (
      store.state[slot] !== TICKET_STATE.IN_SERVICE ||
      (store.episode[slot] as number) % MAX_EPISODES !== episode
    )
      return;
    this.inWork?.remove(slot, this.levels[store.classIndex[slot] as number] as number);
    this.monitor.served(store.classIndex[slot] as number, store.arrivalTime[slot] as number, time);
    store.state[slot] = TICKET_STATE.DONE;
    store.releaseIfUnreferenced(slot);
    if (this.leavingAgents > 0) {
      this.leavingAgents--;
      this.monitor.onDutyChanged(time, this.scheduledAgents, this.leavingAgents);
      return;
    }
    const next = this.line.dequeue();
    if (next >= 0) this.startWork(next, time);
    else this.freeAgents++;
  }

  /** The schedule moves to piece `piece`: agents come on duty (and take waiting tickets) or go. */
  private changeStaffing(piece: number, time: number): void {
    const schedule = this.schedule as AgentSchedule;
    const wanted = schedule.agents[piece % schedule.agents.length] as number;
    const change = wanted - this.scheduledAgents;
    this.scheduledAgents = wanted;
    if (change > 0) {
      const returning = Math.min(change, this.leavingAgents);
      this.leavingAgents -= returning;
      this.freeAgents += change - returning;
      while (this.freeAgents > 0 && this.line.length > 0) {
        this.freeAgents--;
        this.startWork(this.line.dequeue(), time);
      }
    } else {
      const idleLeaving = Math.min(-change, this.freeAgents);
      this.freeAgents -= idleLeaving;
      this.leavingAgents += -change - idleLeaving;
    }
    this.monitor.onDutyChanged(time, this.scheduledAgents, this.leavingAgents);
    this.scheduleStaffingAfter(time);
  }

  /** Schedules the next change of the number of agents on duty, if any comes before the horizon. */
  private scheduleStaffingAfter(time: number): void {
    const schedule = this.schedule;
    if (schedule === null) return;
    const { pieceMinutes, agents } = schedule;
    let piece = Math.floor(time / pieceMinutes) + 1;
    for (let i = 0; i < agents.length; i++, piece++) {
      if (piece * pieceMinutes > this.horizon) return;
      if (agents[piece % agents.length] !== this.scheduledAgents) {
        this.calendar.push(piece * pieceMinutes, EVENT.STAFFING, piece);
        return;
      }
    }
  }

  private takeSamples(time: number): void {
    const sample = this.sample as NonNullable<ReplicationOptions['sample']>;
    while (this.nextSampleTime <= time && this.nextSampleTime <= this.horizon) {
      sample.onSample(this.nextSampleTime, this.line.length + this.busyAgents());
      this.nextSampleTime += sample.everyMinutes;
    }
  }

  private busyAgents(): number {
    return this.scheduledAgents + this.leavingAgents - this.freeAgents;
  }

  /** A patience timer fires: the ticket leaves if it is still waiting (else the timer is stale). */
  private abandon(slot: number, time: number): void {
    const { store } = this;
    store.pendingEvents[slot] = 0;
    if (store.state[slot] === TICKET_STATE.WAITING) {
      const classIndex = store.classIndex[slot] as number;
      this.line.remove(slot, this.levels[classIndex] as number);
      store.state[slot] = TICKET_STATE.DONE;
      this.monitor.abandoned(classIndex, store.arrivalTime[slot] as number, time);
    }
    store.releaseIfUnreferenced(slot);
  }

  private startWork(slot: number, time: number): void {
    const { store } = this;
    const state = store.state[slot];
    const classIndex = store.classIndex[slot] as number;
    store.state[slot] = TICKET_STATE.IN_SERVICE;
    if (state === TICKET_STATE.PREEMPTED) this.monitor.resumed(classIndex, time);
    else
      this.monitor.started(
        classIndex,
        store.arrivalTime[slot] as number,
        time,
        state === TICKET_STATE.WAITING,
      );
    const end = time + (store.workMinutes[slot] as number);
    const spells = (store.episode[slot] as number) + 1;
    store.episode[slot] = spells;
    const episode = spells % MAX_EPISODES;
    store.departureTime[slot] = end;
    this.calendar.push(end, EVENT.DEPARTURE, slot + episode * EPISODE_SPAN);
    this.inWork?.enqueue(slot, this.levels[classIndex] as number);
  }

  /**
   * Frees an agent for a ticket at `level` by pre-empting the last-started ticket of the least
   * urgent level below it; false when every ticket in work is at least as urgent.
   */
  private preempt(level: number, time: number): boolean {
    const inWork = this.inWork as WaitingLine;
    const victim = inWork.lastBelow(level);
    if (victim < 0) return false;
    const { store } = this;
    const classIndex = store.classIndex[victim] as number;
    const victimLevel = this.levels[classIndex] as number;
    inWork.remove(victim, victimLevel);
    store.workMinutes[victim] = (store.departureTime[victim] as number) - time;
    store.state[victim] = TICKET_STATE.PREEMPTED;
    store.episode[victim] = (store.episode[victim] as number) + 1;
    this.monitor.preempted(classIndex, time);
    this.line.enqueueFront(victim, victimLevel);
    return true;
  }

  /** Tells the monitor about every ticket still waiting or in work at the horizon. */
  private recordOpenTickets(): void {
    const { store, monitor, horizon } = this;
    this.line.forEach((slot) => {
      monitor.openAtEnd(
        store.classIndex[slot] as number,
        store.arrivalTime[slot] as number,
        horizon,
        store.state[slot] === TICKET_STATE.WAITING,
      );
    });
    for (let slot = 0; slot < store.capacityUsed; slot++) {
      if (store.state[slot] !== TICKET_STATE.IN_SERVICE) continue;
      monitor.openAtEnd(
        store.classIndex[slot] as number,
        store.arrivalTime[slot] as number,
        horizon,
        false,
      );
    }
  }

  private traceEvent(time: number, kind: (typeof EVENT)[keyof typeof EVENT], slot: number): void {
    const ticket =
      slot >= 0
        ? (this.ticketNumbers[slot % EPISODE_SPAN] ?? null)
        : kind === EVENT.ARRIVAL
          ? this.generated + 1
          : null;
    this.trace?.({ time, kind: EVENT_NAMES[kind], ticket });
  }
}

/** A departure's payload is slot + episode·EPISODE_SPAN: slots stay below 2^32, episodes below 2^20. */
const EPISODE_SPAN = 2 ** 32;
const MAX_EPISODES = 2 ** 20;

function cumulative(shares: readonly number[]): Float64Array {
  const result = new Float64Array(shares.length);
  let total = 0;
  shares.forEach((share, i) => {
    total += share;
    result[i] = total;
  });
  return result.map((value) => value / total);
}

/** Index of the first cumulative share above u (u in [0, 1)). */
function pickIndex(cumulativeShares: Float64Array, u: number): number {
  const last = cumulativeShares.length - 1;
  for (let i = 0; i < last; i++) if (u < (cumulativeShares[i] as number)) return i;
  return last;
}

function assertNever(kind: never): never {
  throw new Error(`unknown event kind ${String(kind)}`);
}
