import { describe, expect, it } from 'vitest';
import {
  compileScenario,
  parseScenario,
  type Scenario,
  simulateReplication,
  type TraceEvent,
} from '../../../simulator/index.ts';
import { scriptedSource } from '../../helpers/scripted-streams.ts';

// One agent, arrivals at one ticket a minute. The scripted arrival stream makes the first gap
// T = −ln(1 − u₁) and the next two gaps exactly 0 (u = 0), so three tickets arrive at T.
const U1 = 1 - Math.exp(-1);
const T = -Math.log(1 - U1);

function scenario(classes: Scenario['classes'], discipline: 'fifo' | 'priority'): Scenario {
  return parseScenario({
    schemaVersion: 1,
    name: 'trace',
    arrivals: { kind: 'poisson', ticketsPerHour: 60 },
    classes,
    groups: [{ id: 'desk', agents: 1, discipline }],
    run: { horizon: 10 },
  });
}

function trace(model: Scenario, scripts: Record<string, number[]>) {
  const events: TraceEvent[] = [];
  const output = simulateReplication(compileScenario(model), scriptedSource(scripts), {
    trace: (event) => events.push(event),
  });
  return { events, output };
}

describe('exact event traces', () => {
  it('releases capacity before claiming it: departure, then abandon, then arrival at equal times', () => {
    const model = scenario(
      [
        {
          id: 'only',
          share: 1,
          workTime: { kind: 'deterministic', value: 2 },
          patience: { kind: 'deterministic', value: 2 },
        },
      ],
      'fifo',
    );
    const { events, output } = trace(model, { arrivals: [U1, 0, 0] });
    expect(events).toEqual([
      { time: T, kind: 'arrival', ticket: 1 }, // starts at once; departs at T + 2
      { time: T, kind: 'arrival', ticket: 2 }, // waits; patience runs out at T + 2
      { time: T, kind: 'arrival', ticket: 3 }, // waits; patience runs out at T + 2
      { time: T + 2, kind: 'departure', ticket: 1 }, // first at T + 2: ticket 2 starts before its patience ends
      { time: T + 2, kind: 'abandon', ticket: 2 }, // stale timer: ticket 2 is in service
      { time: T + 2, kind: 'abandon', ticket: 3 }, // ticket 3 leaves
      { time: T + 4, kind: 'departure', ticket: 2 },
      { time: 10, kind: 'end', ticket: null },
    ]);
    expect(output.overall.arrived).toBe(3);
    expect(output.overall.served).toBe(2);
    expect(output.overall.abandoned).toBe(1);
    expect(output.overall.openAtEnd).toBe(0);
    // Waits: 0, 2 (started at T + 2) and 2 (abandoned at T + 2).
    expect(output.overall.asaMinutes).toBeCloseTo(4 / 3, 12);
    expect(output.overall.waitProbability).toBeCloseTo(2 / 3, 12);
    expect(output.ticketsGenerated).toBe(3);
  });

  it('a departure and an arrival at the same time: the departure goes first although scheduled later', () => {
    const model = scenario(
      [{ id: 'only', share: 1, workTime: { kind: 'deterministic', value: 0 } }],
      'fifo',
    );
    const { events } = trace(model, { arrivals: [U1, 0] });
    // Ticket 1 needs no work: its departure (scheduled after ticket 2's arrival) still comes first.
    expect(events.slice(0, 4)).toEqual([
      { time: T, kind: 'arrival', ticket: 1 },
      { time: T, kind: 'departure', ticket: 1 },
      { time: T, kind: 'arrival', ticket: 2 },
      { time: T, kind: 'departure', ticket: 2 },
    ]);
  });

  it('strict priority serves the urgent ticket first, FIFO within a priority', () => {
    const model = scenario(
      [
        { id: 'low', share: 0.5, priority: 2, workTime: { kind: 'deterministic', value: 1 } },
        { id: 'high', share: 0.5, priority: 1, workTime: { kind: 'deterministic', value: 1 } },
      ],
      'priority',
    );
    // Class stream: u < 0.5 is "low", otherwise "high". Tickets: low, low, high, high at T.
    const { events } = trace(model, { arrivals: [U1, 0, 0, 0], class: [0.1, 0.2, 0.7, 0.8] });
    const departures = events.filter((e) => e.kind === 'departure');
    expect(departures).toEqual([
      { time: T + 1, kind: 'departure', ticket: 1 },
      { time: T + 2, kind: 'departure', ticket: 3 },
      { time: T + 3, kind: 'departure', ticket: 4 },
      { time: T + 4, kind: 'departure', ticket: 2 },
    ]);
  });

  it('FIFO ignores priorities', () => {
    const model = scenario(
      [
        { id: 'low', share: 0.5, priority: 2, workTime: { kind: 'deterministic', value: 1 } },
        { id: 'high', share: 0.5, priority: 1, workTime: { kind: 'deterministic', value: 1 } },
      ],
      'fifo',
    );
    const { events } = trace(model, { arrivals: [U1, 0, 0, 0], class: [0.1, 0.2, 0.7, 0.8] });
    expect(events.filter((e) => e.kind === 'departure').map((e) => e.ticket)).toEqual([1, 2, 3, 4]);
  });

  it('service level: a ticket still waiting past its target at the end counts as missed; one within it is left out', () => {
    const model = parseScenario({
      schemaVersion: 1,
      name: 'sl',
      arrivals: { kind: 'poisson', ticketsPerHour: 6 },
      classes: [
        {
          id: 'only',
          share: 1,
          workTime: { kind: 'deterministic', value: 100 },
          serviceLevel: { targetTime: 5, attainment: 0.9 },
        },
      ],
      groups: [{ id: 'desk', agents: 1 }],
      run: { horizon: 50 },
    });
    // At 6 tickets an hour a gap is 10 × the exponential mass: tickets at 10·T ≈ 10, again at
    // 10·T (gap 0), and ≈ 47 (mass 3.7).
    const { output } = trace(model, { arrivals: [U1, 0, 1 - Math.exp(-3.7)] });
    expect(output.overall.arrived).toBe(3);
    expect(output.overall.openAtEnd).toBe(3);
    // Ticket 1 started at once (met); ticket 2 has waited 40 min > 5 (missed); ticket 3 has waited
    // 3 min, still within its target: undecided, so not counted.
    expect(output.overall.serviceLevel).toBe(0.5);
    // Waits are known only for ticket 1 (0 min): tickets still waiting have no wait yet.
    expect(output.overall.asaMinutes).toBe(0);
  });

  it('warm-up: earlier tickets are left out and time averages start at its end', () => {
    const model = parseScenario({
      schemaVersion: 1,
      name: 'warm-up',
      arrivals: { kind: 'poisson', ticketsPerHour: 60 },
      classes: [{ id: 'only', share: 1, workTime: { kind: 'deterministic', value: 10 } }],
      groups: [{ id: 'desk', agents: 1 }],
      run: { horizon: 30, warmUp: 2 },
    });
    const gap = -Math.log(Math.exp(-3));
    const second = T + gap;
    const { output } = trace(model, { arrivals: [U1, 1 - Math.exp(-3)] });
    // Ticket 1 arrives at T ≈ 1 (warm-up) and works until T + 10; ticket 2 arrives at ≈ 4,
    // waits until T + 10 and works until T + 20.
    expect(output.overall.arrived).toBe(1);
    expect(output.overall.served).toBe(1);
    expect(output.overall.asaMinutes).toBeCloseTo(T + 10 - second, 12);
    expect(output.overall.meanTimeInSystemMinutes).toBeCloseTo(T + 20 - second, 12);
    expect(output.overall.occupancy).toBeCloseTo((T + 20 - 2) / 28, 12);
    expect(output.overall.meanQueueLength).toBeCloseTo((T + 10 - second) / 28, 12);
  });

  it('pre-emptive resume: an urgent ticket interrupts, the other resumes where it stopped', () => {
    const model = parseScenario({
      schemaVersion: 1,
      name: 'pre-emption',
      arrivals: { kind: 'poisson', ticketsPerHour: 60 },
      classes: [
        { id: 'low', share: 0.5, priority: 2, workTime: { kind: 'deterministic', value: 10 } },
        { id: 'high', share: 0.5, priority: 1, workTime: { kind: 'deterministic', value: 2 } },
      ],
      groups: [{ id: 'desk', agents: 1, discipline: 'preemptive' }],
      run: { horizon: 20 },
    });
    // Both gaps are T: the low ticket arrives at T, the high one at 2T.
    const { events, output } = trace(model, { arrivals: [U1, U1], class: [0.1, 0.9] });
    expect(events).toEqual([
      { time: T, kind: 'arrival', ticket: 1 },
      { time: 2 * T, kind: 'arrival', ticket: 2 }, // interrupts ticket 1 with 10 − T minutes left
      { time: 2 * T + 2, kind: 'departure', ticket: 2 }, // ticket 1 resumes
      { time: T + 10, kind: 'departure', ticket: 1 }, // stale: the interrupted spell
      { time: 2 * T + 2 + (T + 10 - 2 * T), kind: 'departure', ticket: 1 },
      { time: 20, kind: 'end', ticket: null },
    ]);
    expect(output.classes[0]?.meanTimeInSystemMinutes).toBeCloseTo(12, 10);
    expect(output.classes[1]?.meanTimeInSystemMinutes).toBeCloseTo(2, 10);
    // The urgent ticket started at once; the low one too (before it was interrupted).
    expect(output.overall.waitProbability).toBe(0);
    // One agent busy from T to T + 12 without a break.
    expect(output.overall.occupancy).toBeCloseTo(12 / 20, 10);
    expect(output.overall.served).toBe(2);
  });
});
