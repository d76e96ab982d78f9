import type { RandomStream, StreamSource } from '../random/random-stream.ts';
import type { MetricValues } from '../report/metric-catalogue.ts';
import { ArrivalProcess } from './arrival-process.ts';
import type { EngineModel } from './engine-model.ts';
import { EVENT, EVENT_NAMES } from './event-kind.ts';
import { EventQueue } from './event-queue.ts';
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
  options: { trace?: (event: TraceEvent) => void } = {},
): ReplicationOutput {
  const { classes, horizonMinutes: horizon } = model;
  const trace = options.trace;
  const arrivals = new ArrivalProcess(model.arrivals, horizon, {
    arrivals: source.stream('arrivals'),
    dailyVolume: source.stream('daily-volume'),
  });
  const classRandom = source.stream('class');
  const workRandom: RandomStream[] = classes.map((c) => source.stream(`work:${c.id}`));
  const patienceRandom: RandomStream[] = classes.map((c) => source.stream(`patience:${c.id}`));
  const cumulativeShares = cumulative(classes.map((c) => c.share));
  const levels = Int32Array.from(classes, (c) => c.level);

  const calendar = new EventQueue();
  const store = new TicketStore();
  const line = new WaitingLine(store, model.levels);
  const monitor = new Monitor({
    targetMinutes: classes.map((c) => c.targetMinutes),
    warmUpMinutes: model.warmUpMinutes,
    agents: model.agents,
  });
  const ticketNumber = new Float64Array(trace === undefined ? 0 : 1 << 20);
  let freeAgents = model.agents;
  let generated = 0;
  let events = 0;

  const startWork = (slot: number, time: number): void => {
    store.state[slot] = TICKET_STATE.IN_SERVICE;
    monitor.started(store.classIndex[slot] as number, store.arrivalTime[slot] as number, time);
    calendar.push(time + (store.workMinutes[slot] as number), EVENT.DEPARTURE, slot);
  };

  calendar.push(horizon, EVENT.END, -1);
  const first = arrivals.nextAfter(0);
  if (first <= horizon) calendar.push(first, EVENT.ARRIVAL, -1);

  for (;;) {
    const time = calendar.peekTime();
    const kind = calendar.peekKind();
    const slot = calendar.peekPayload();
    calendar.pop();
    events++;
    if (trace !== undefined) {
      const number =
        slot >= 0 ? (ticketNumber[slot] as number) : kind === EVENT.ARRIVAL ? generated + 1 : null;
      trace({ time, kind: EVENT_NAMES[kind], ticket: number });
    }
    if (kind === EVENT.END) break;
    switch (kind) {
      case EVENT.ARRIVAL: {
        const next = arrivals.nextAfter(time);
        if (next <= horizon) calendar.push(next, EVENT.ARRIVAL, -1);
        const classIndex = pickIndex(cumulativeShares, classRandom());
        const ticketClass = classes[classIndex];
        if (ticketClass === undefined) throw new Error('class index out of range');
        const ticket = store.allocate();
        generated++;
        if (trace !== undefined && ticket < ticketNumber.length) ticketNumber[ticket] = generated;
        store.arrivalTime[ticket] = time;
        store.classIndex[ticket] = classIndex;
        store.workMinutes[ticket] = ticketClass.work.sample(workRandom[classIndex] as RandomStream);
        const patience = ticketClass.patience;
        const deadline =
          patience === null
            ? Number.POSITIVE_INFINITY
            : time + patience.sample(patienceRandom[classIndex] as RandomStream);
        store.patienceDeadline[ticket] = deadline;
        monitor.arrived(classIndex, time);
        if (freeAgents > 0) {
          freeAgents--;
          startWork(ticket, time);
        } else {
          store.state[ticket] = TICKET_STATE.WAITING;
          line.enqueue(ticket, levels[classIndex] as number);
          if (deadline <= horizon) {
            store.pendingEvents[ticket] = 1;
            calendar.push(deadline, EVENT.ABANDON, ticket);
          }
        }
        break;
      }
      case EVENT.DEPARTURE: {
        monitor.served(store.classIndex[slot] as number, store.arrivalTime[slot] as number, time);
        store.state[slot] = TICKET_STATE.DONE;
        store.releaseIfUnreferenced(slot);
        const next = line.dequeue();
        if (next >= 0) startWork(next, time);
        else freeAgents++;
        break;
      }
      case EVENT.ABANDON: {
        store.pendingEvents[slot] = 0;
        if (store.state[slot] === TICKET_STATE.WAITING) {
          const classIndex = store.classIndex[slot] as number;
          line.remove(slot, levels[classIndex] as number);
          store.state[slot] = TICKET_STATE.DONE;
          monitor.abandoned(classIndex, store.arrivalTime[slot] as number, time);
        }
        store.releaseIfUnreferenced(slot);
        break;
      }
      default:
        return assertNever(kind);
    }
  }

  line.forEach((slot) => {
    monitor.openAtEnd(
      store.classIndex[slot] as number,
      store.arrivalTime[slot] as number,
      horizon,
      true,
    );
  });
  for (let slot = 0; slot < store.capacityUsed; slot++) {
    if (store.state[slot] === TICKET_STATE.IN_SERVICE) {
      monitor.openAtEnd(
        store.classIndex[slot] as number,
        store.arrivalTime[slot] as number,
        horizon,
        false,
      );
    }
  }
  return { ...monitor.finish(horizon), events, ticketsGenerated: generated };
}

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
