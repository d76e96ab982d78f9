import { grown } from './grown.ts';

/** Where a ticket is in its life. */
export const TICKET_STATE = {
  FREE: 0,
  WAITING: 1,
  IN_SERVICE: 2,
  DONE: 3,
  /** Back in the line after work on it was pre-empted by a more urgent ticket. */
  PREEMPTED: 4,
  /** Waiting for another visit: passed to another group, or reopened. */
  REQUEUED: 5,
} as const;

const NONE = -1;

/**
 * A pool of tickets held in parallel typed arrays (structure of arrays), indexed by slot. A slot is
 * reused once its ticket is done and no event still refers to it, so memory follows the number of
 * tickets in the system, not the number that passed through. Nothing is allocated per ticket.
 */
export class TicketStore {
  /** Arrival time, minutes. */
  arrivalTime: Float64Array;
  /** Work (handle) time this ticket needs, minutes; drawn at arrival for common random numbers. */
  workMinutes: Float64Array;
  /** Time its patience runs out (Infinity when it never abandons). */
  patienceDeadline: Float64Array;
  /** Index of its class. */
  classIndex: Uint8Array;
  /** One of TICKET_STATE. */
  state: Uint8Array;
  /** Number of scheduled events that still name this slot (abandon timers). */
  pendingEvents: Uint8Array;
  /** The group the ticket is in now (waiting or in work). */
  group: Uint8Array;
  /** The group of the agent working it (another group's when cross-trained). */
  servedBy: Uint8Array;
  /** When the ticket joined its current group's line (minutes). */
  queuedAt: Float64Array;
  /** When the ticket's service-level target falls due (minutes); Infinity without a target. */
  dueTime: Float64Array;
  /** When the current spell of work ends (minutes); valid while IN_SERVICE. */
  departureTime: Float64Array;
  /**
   * Spells of work started in this slot, ever (never reset, so a departure scheduled for an
   * interrupted spell can be told from the current one).
   */
  episode: Uint32Array;
  /** Links of the waiting line (and of the free list), slot indices or -1. */
  next: Int32Array;
  prev: Int32Array;
  private freeHead = NONE;
  private used = 0;

  constructor(initialCapacity = 1024) {
    this.arrivalTime = new Float64Array(initialCapacity);
    this.workMinutes = new Float64Array(initialCapacity);
    this.patienceDeadline = new Float64Array(initialCapacity);
    this.classIndex = new Uint8Array(initialCapacity);
    this.state = new Uint8Array(initialCapacity);
    this.pendingEvents = new Uint8Array(initialCapacity);
    this.departureTime = new Float64Array(initialCapacity);
    this.dueTime = new Float64Array(initialCapacity);
    this.group = new Uint8Array(initialCapacity);
    this.servedBy = new Uint8Array(initialCapacity);
    this.queuedAt = new Float64Array(initialCapacity);
    this.episode = new Uint32Array(initialCapacity);
    this.next = new Int32Array(initialCapacity);
    this.prev = new Int32Array(initialCapacity);
  }

  /** Slots ever handed out (the high-water mark of tickets in the system). */
  get capacityUsed(): number {
    return this.used;
  }

  /** A free slot for a new ticket, its fields to be filled by the caller. */
  allocate(): number {
    let slot = this.freeHead;
    if (slot !== NONE) {
      this.freeHead = this.next[slot] as number;
    } else {
      if (this.used === this.state.length) this.grow();
      slot = this.used++;
    }
    this.pendingEvents[slot] = 0;
    this.state[slot] = TICKET_STATE.FREE;
    this.next[slot] = NONE;
    this.prev[slot] = NONE;
    return slot;
  }

  /** Returns the slot to the pool when its ticket is done and no event names it any more. */
  releaseIfUnreferenced(slot: number): void {
    if (this.state[slot] !== TICKET_STATE.DONE || this.pendingEvents[slot] !== 0) return;
    this.state[slot] = TICKET_STATE.FREE;
    this.next[slot] = this.freeHead;
    this.freeHead = slot;
  }

  private grow(): void {
    const capacity = this.state.length * 2;
    this.arrivalTime = grown(this.arrivalTime, capacity);
    this.workMinutes = grown(this.workMinutes, capacity);
    this.patienceDeadline = grown(this.patienceDeadline, capacity);
    this.classIndex = grown(this.classIndex, capacity);
    this.state = grown(this.state, capacity);
    this.pendingEvents = grown(this.pendingEvents, capacity);
    this.departureTime = grown(this.departureTime, capacity);
    this.dueTime = grown(this.dueTime, capacity);
    this.group = grown(this.group, capacity);
    this.servedBy = grown(this.servedBy, capacity);
    this.queuedAt = grown(this.queuedAt, capacity);
    this.episode = grown(this.episode, capacity);
    this.next = grown(this.next, capacity);
    this.prev = grown(this.prev, capacity);
  }
}
