import { describe, expect, it } from 'vitest';
import { EVENT, type EventKind } from '../../../simulator/engine/event-kind.ts';
import { EventQueue } from '../../../simulator/engine/event-queue.ts';
import { createStreamSource } from '../../../simulator/index.ts';

function drain(queue: EventQueue): { time: number; kind: number; payload: number }[] {
  const out = [];
  while (queue.size > 0) {
    out.push({ time: queue.peekTime(), kind: queue.peekKind(), payload: queue.peekPayload() });
    queue.pop();
  }
  return out;
}

describe('EventQueue', () => {
  it('orders by time first', () => {
    const queue = new EventQueue();
    queue.push(5, EVENT.ARRIVAL, 1);
    queue.push(1, EVENT.END, 2);
    queue.push(3, EVENT.DEPARTURE, 3);
    expect(drain(queue).map((e) => e.payload)).toEqual([2, 3, 1]);
  });

  it('at equal times: staffing change, departure, abandon, arrival, end', () => {
    const queue = new EventQueue();
    queue.push(7, EVENT.END, 1);
    queue.push(7, EVENT.ARRIVAL, 2);
    queue.push(7, EVENT.ABANDON, 3);
    queue.push(7, EVENT.DEPARTURE, 4);
    queue.push(7, EVENT.STAFFING, 5);
    expect(drain(queue).map((e) => e.kind)).toEqual([
      EVENT.STAFFING,
      EVENT.DEPARTURE,
      EVENT.ABANDON,
      EVENT.ARRIVAL,
      EVENT.END,
    ]);
  });

  it('at equal time and kind: the order in which they were scheduled', () => {
    const queue = new EventQueue();
    for (let i = 0; i < 50; i++) queue.push(2, EVENT.DEPARTURE, i);
    expect(drain(queue).map((e) => e.payload)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('matches a stable sort by (time, kind, sequence) on 20,000 random events, growing as needed', () => {
    const random = createStreamSource(3, 0).stream('queue');
    const queue = new EventQueue(4);
    const events: { time: number; kind: EventKind; payload: number }[] = [];
    for (let i = 0; i < 20_000; i++) {
      const event = {
        time: Math.floor(random() * 500),
        kind: Math.floor(random() * 6) as EventKind,
        payload: i,
      };
      events.push(event);
      queue.push(event.time, event.kind, event.payload);
    }
    const expected = [...events].sort(
      (a, b) => a.time - b.time || a.kind - b.kind || a.payload - b.payload,
    );
    expect(drain(queue)).toEqual(expected);
  });

  it('interleaved pushes and pops keep the order', () => {
    const random = createStreamSource(4, 0).stream('queue');
    const queue = new EventQueue(2);
    let now = 0;
    const popped: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      queue.push(now + random() * 10, EVENT.DEPARTURE, i);
      if (random() < 0.5) {
        now = queue.peekTime();
        popped.push(now);
        queue.pop();
      }
    }
    for (let i = 1; i < popped.length; i++)
      expect(popped[i]).toBeGreaterThanOrEqual(popped[i - 1] as number);
  });

  it('an event kept aside comes out exactly where it would from the heap (30,000 random operations)', () => {
    const random = createStreamSource(5, 0).stream('queue');
    const withAside = new EventQueue(2);
    const heapOnly = new EventQueue(2);
    const fromAside: number[] = [];
    const fromHeap: number[] = [];
    let asidePayload = -1;
    let asideUsed = 0;
    let now = 0;
    for (let i = 0; i < 30_000; i++) {
      const u = random();
      // Coarse times, so that many events tie on time and the kind and sequence decide.
      const time = now + Math.floor(random() * 4);
      const kind = Math.floor(random() * 6) as EventKind;
      if (u < 0.3 && asidePayload < 0) {
        withAside.pushAside(time, kind, i);
        heapOnly.push(time, kind, i);
        asidePayload = i;
        asideUsed++;
      } else if (u < 0.5) {
        withAside.push(time, kind, i);
        heapOnly.push(time, kind, i);
      } else if (heapOnly.size > 0) {
        expect(withAside.size).toBe(heapOnly.size);
        expect(withAside.peekTime()).toBe(heapOnly.peekTime());
        expect(withAside.peekKind()).toBe(heapOnly.peekKind());
        fromAside.push(withAside.peekPayload());
        fromHeap.push(heapOnly.peekPayload());
        if (withAside.peekPayload() === asidePayload) asidePayload = -1;
        now = heapOnly.peekTime();
        withAside.pop();
        heapOnly.pop();
      }
    }
    expect(asideUsed).toBeGreaterThan(1000);
    expect(fromAside).toEqual(fromHeap);
    expect(drain(withAside)).toEqual(drain(heapOnly));
  });

  it('refuses a second event aside', () => {
    const queue = new EventQueue();
    queue.pushAside(1, EVENT.ARRIVAL, 0);
    expect(() => queue.pushAside(2, EVENT.ARRIVAL, 1)).toThrow(/already waits aside/);
  });
});
