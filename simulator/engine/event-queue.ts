import type { EventKind } from './event-kind.ts';
import { grown } from './grown.ts';

/** Sequence numbers stay below 2^44, leaving room for the kind priority above them in one key. */
const SEQUENCE_SPAN = 2 ** 44;
const KIND_OF_KEY = 2 ** -44;

/**
 * The event calendar: a binary min-heap over parallel typed arrays, ordered by
 * (time, kind priority, sequence). Kind priority and sequence are packed in one float key
 * (priority · 2^44 + sequence), so a comparison is at most two float compares and the kind is
 * read back from the key. Nothing is allocated per event; the arrays double when full.
 *
 * One event at a time may wait beside the heap (`pushAside`): the next arrival, which is
 * scheduled once for every ticket, would otherwise go into the heap and out again. It is ordered
 * with the heap's events by the same (time, kind, sequence), so events come out in exactly the
 * order they would if it were in the heap.
 *
 * @example
 * const q = new EventQueue();
 * q.push(5, EVENT.ARRIVAL, 1); q.push(5, EVENT.DEPARTURE, 2);
 * q.peekKind() // => EVENT.DEPARTURE (departures go first at equal times)
 */
export class EventQueue {
  private times: Float64Array;
  private keys: Float64Array;
  private payloads: Float64Array;
  private count = 0;
  private sequence = 0;
  /** The event beside the heap: its time (Infinity when there is none), key and payload. */
  private asideTime = Number.POSITIVE_INFINITY;
  private asideKey = Number.POSITIVE_INFINITY;
  private asidePayload = 0;
  /** Whether the event beside the heap comes before the heap's first. */
  private asideFirst = false;

  constructor(initialCapacity = 64) {
    this.times = new Float64Array(initialCapacity);
    this.keys = new Float64Array(initialCapacity);
    this.payloads = new Float64Array(initialCapacity);
  }

  /** Number of scheduled events. */
  get size(): number {
    return this.count + (this.asideTime < Number.POSITIVE_INFINITY ? 1 : 0);
  }

  /**
   * Schedules an event beside the heap; at most one may wait there at a time (its time must be
   * finite). Its place in the order is the one `push` would give it.
   */
  pushAside(time: number, kind: EventKind, payload: number): void {
    if (this.asideTime < Number.POSITIVE_INFINITY) throw new Error('an event already waits aside');
    this.asideTime = time;
    this.asideKey = kind * SEQUENCE_SPAN + this.sequence++;
    this.asidePayload = payload;
    this.compareAside();
  }

  /** Decides whether the event beside the heap comes first. */
  private compareAside(): void {
    const time = this.count > 0 ? (this.times[0] as number) : Number.POSITIVE_INFINITY;
    const aside = this.asideTime;
    this.asideFirst =
      aside < time ||
      (aside === time &&
        aside < Number.POSITIVE_INFINITY &&
        this.asideKey < (this.keys[0] as number));
  }

  /** Schedules an event of `kind` at `time` (minutes) carrying an integer `payload`. */
  push(time: number, kind: EventKind, payload: number): void {
    if (this.count === this.times.length) this.grow();
    const key = kind * SEQUENCE_SPAN + this.sequence++;
    const { times, keys, payloads } = this;
    let hole = this.count++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const parentTime = times[parent] as number;
      if (parentTime < time || (parentTime === time && (keys[parent] as number) < key)) break;
      times[hole] = parentTime;
      keys[hole] = keys[parent] as number;
      payloads[hole] = payloads[parent] as number;
      hole = parent;
    }
    times[hole] = time;
    keys[hole] = key;
    payloads[hole] = payload;
    if (hole === 0 && this.asideFirst) this.compareAside();
  }

  /** Time of the next event; Infinity when empty. */
  peekTime(): number {
    if (this.asideFirst) return this.asideTime;
    return this.count > 0 ? (this.times[0] as number) : Number.POSITIVE_INFINITY;
  }

  /** Kind of the next event (undefined behaviour when empty: check `size`). */
  peekKind(): EventKind {
    const key = this.asideFirst ? this.asideKey : (this.keys[0] as number);
    // Multiplying by 2^-44 is exact, as dividing by 2^44 would be, and quicker.
    return Math.floor(key * KIND_OF_KEY) as EventKind;
  }

  /** Payload of the next event. */
  peekPayload(): number {
    return this.asideFirst ? this.asidePayload : (this.payloads[0] as number);
  }

  /** Removes the next event (read it with the peek methods first). */
  pop(): void {
    if (this.asideFirst) {
      this.asideTime = Number.POSITIVE_INFINITY;
      this.asideKey = Number.POSITIVE_INFINITY;
      this.asideFirst = false;
      return;
    }
    this.popHeap();
    if (this.asideTime < Number.POSITIVE_INFINITY) this.compareAside();
  }

  private popHeap(): void {
    const last = --this.count;
    if (last <= 0) return;
    const { times, keys, payloads } = this;
    const time = times[last] as number;
    const key = keys[last] as number;
    const payload = payloads[last] as number;
    let hole = 0;
    for (;;) {
      let child = 2 * hole + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last) {
        const ct = times[child] as number;
        const rt = times[right] as number;
        if (rt < ct || (rt === ct && (keys[right] as number) < (keys[child] as number)))
          child = right;
      }
      const childTime = times[child] as number;
      if (time < childTime || (time === childTime && key < (keys[child] as number))) break;
      times[hole] = childTime;
      keys[hole] = keys[child] as number;
      payloads[hole] = payloads[child] as number;
      hole = child;
    }
    times[hole] = time;
    keys[hole] = key;
    payloads[hole] = payload;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    this.times = grown(this.times, capacity);
    this.keys = grown(this.keys, capacity);
    this.payloads = grown(this.payloads, capacity);
  }
}
