import type { TicketStore } from './ticket-store.ts';

const NONE = -1;

/**
 * The tickets waiting for an agent: one first-in-first-out list per priority level, linked through
 * the ticket store's `next`/`prev` arrays, so a ticket that abandons leaves from the middle in O(1)
 * and nothing is allocated per ticket. Level 0 is served first. With one level this is plain FIFO;
 * with several it is strict non-preemptive priority, FIFO within a level.
 */
export class WaitingLine {
  private readonly heads: Int32Array;
  private readonly tails: Int32Array;
  private readonly store: TicketStore;
  private waiting = 0;

  constructor(store: TicketStore, levels: number) {
    this.store = store;
    this.heads = new Int32Array(levels).fill(NONE);
    this.tails = new Int32Array(levels).fill(NONE);
  }

  /** Number of tickets waiting, all levels. */
  get length(): number {
    return this.waiting;
  }

  /** Puts `slot` at the back of `level`. */
  enqueue(slot: number, level: number): void {
    const { next, prev } = this.store;
    const tail = this.tails[level] as number;
    prev[slot] = tail;
    next[slot] = NONE;
    if (tail === NONE) this.heads[level] = slot;
    else next[tail] = slot;
    this.tails[level] = slot;
    this.waiting++;
  }

  /** Puts `slot` at the front of `level` (a pre-empted ticket resumes before the others). */
  enqueueFront(slot: number, level: number): void {
    const { next, prev } = this.store;
    const head = this.heads[level] as number;
    next[slot] = head;
    prev[slot] = NONE;
    if (head === NONE) this.tails[level] = slot;
    else prev[head] = slot;
    this.heads[level] = slot;
    this.waiting++;
  }

  /** The ticket at the back of the least urgent non-empty level below `above`; -1 when none. */
  lastBelow(above: number): number {
    for (let level = this.tails.length - 1; level > above; level--) {
      const slot = this.tails[level] as number;
      if (slot !== NONE) return slot;
    }
    return NONE;
  }

  /**
   * Takes the front ticket of the level minimising `score(front ticket, level)` (ties to the lower
   * level); -1 when none waits. The other disciplines choose among the fronts of per-class lines.
   */
  dequeueBest(score: (slot: number, level: number) => number): number {
    const heads = this.heads;
    let best = NONE;
    let bestLevel = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let level = 0; level < heads.length; level++) {
      const slot = heads[level] as number;
      if (slot === NONE) continue;
      const value = score(slot, level);
      if (best === NONE || value < bestScore) {
        best = slot;
        bestLevel = level;
        bestScore = value;
      }
    }
    if (best !== NONE) this.remove(best, bestLevel);
    return best;
  }

  /** Takes the ticket at the front of the most urgent non-empty level; -1 when none waits. */
  dequeue(): number {
    const heads = this.heads;
    for (let level = 0; level < heads.length; level++) {
      const slot = heads[level] as number;
      if (slot !== NONE) {
        this.remove(slot, level);
        return slot;
      }
    }
    return NONE;
  }

  /** Removes `slot`, known to wait at `level`, from wherever it stands. */
  remove(slot: number, level: number): void {
    const { next, prev } = this.store;
    const before = prev[slot] as number;
    const after = next[slot] as number;
    if (before === NONE) this.heads[level] = after;
    else next[before] = after;
    if (after === NONE) this.tails[level] = before;
    else prev[after] = before;
    next[slot] = NONE;
    prev[slot] = NONE;
    this.waiting--;
  }

  /** Calls `visit` for every waiting ticket, most urgent level first, front to back. */
  forEach(visit: (slot: number) => void): void {
    const next = this.store.next;
    for (let level = 0; level < this.heads.length; level++) {
      for (let slot = this.heads[level] as number; slot !== NONE; slot = next[slot] as number) {
        visit(slot);
      }
    }
  }
}
