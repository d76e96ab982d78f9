import { describe, expect, it } from 'vitest';
import {
  compileScenario,
  parseScenario,
  runScenario,
  type Scenario,
  SimulatorError,
  simulateReplication,
  type TraceEvent,
} from '../../../simulator/index.ts';
import { scriptedSource } from '../../helpers/scripted-streams.ts';

const U1 = 1 - Math.exp(-1);
const T = -Math.log(1 - U1);

// A resolver group of 4 engineers who also do project work: 3 tickets an hour, 40 minutes each
// (2 Erlangs of ticket work), for 6 weeks.
function resolvers(projectWork: Record<string, unknown>): Scenario {
  return parseScenario({
    schemaVersion: 1,
    name: 'resolvers',
    arrivals: { kind: 'poisson', ticketsPerHour: 3 },
    classes: [{ id: 'all', share: 1, workTime: { kind: 'exponential', mean: '40m' } }],
    groups: [{ id: 'apps', agents: 4, projectWork }],
    run: { horizon: '7w', warmUp: '1w', replications: 10, seed: 12 },
  });
}

describe('project work', () => {
  it('with periodic review, a ticket waits for the next review, then the queue is worked empty', () => {
    const scenario = parseScenario({
      schemaVersion: 1,
      name: 'review',
      arrivals: { kind: 'poisson', ticketsPerHour: 6 },
      classes: [{ id: 'only', share: 1, workTime: { kind: 'deterministic', value: 5 } }],
      groups: [{ id: 'apps', agents: 1, projectWork: { policy: 'review', reviewEvery: '1h' } }],
      run: { horizon: 70 },
    });
    const events: TraceEvent[] = [];
    // At 6 tickets an hour, tickets at 10T and 20T (≈ 10 and 20 minutes); reviews at 0 and 60.
    const output = simulateReplication(
      compileScenario(scenario),
      scriptedSource({ arrivals: [U1, U1] }),
      {
        trace: (event) => events.push(event),
      },
    );
    expect(events.map((e) => [e.kind, Number(e.time.toFixed(6))])).toEqual([
      ['review', 0],
      ['arrival', Number((10 * T).toFixed(6))],
      ['arrival', Number((20 * T).toFixed(6))],
      ['review', 60], // both start now: one after the other
      ['departure', 65],
      ['departure', 70],
      ['end', 70],
    ]);
    expect(output.overall.asaMinutes).toBeCloseTo((60 - 10 * T + 65 - 20 * T) / 2, 9);
    // Busy 60–70 of 70 minutes; the rest went to projects.
    expect(output.groups[0]?.projectHoursPerWeek).toBeCloseTo(((70 - 10) / 60) * (10080 / 70), 6);
  });

  const review = runScenario(resolvers({ policy: 'review', reviewEvery: '4h' }));
  const rota = runScenario(resolvers({ policy: 'rota', rotaAgents: 3 }));
  const interrupt = runScenario(resolvers({ policy: 'interrupt', refocusTime: '15m' }));

  it('a rota cuts the waits of a group that reviews its queue every 4 hours (intervals apart)', () => {
    expect(rota.overall.asaMinutes?.high).toBeLessThan(review.overall.asaMinutes?.low as number);
  });

  it('interrupting gives the shortest waits but costs project time in refocusing', () => {
    expect(interrupt.overall.asaMinutes?.high).toBeLessThan(rota.overall.asaMinutes?.low as number);
    // Same ticket work in all three (2 Erlangs): project hours differ by the refocusing.
    const projectHours = (result: typeof rota) =>
      result.groups[0]?.metrics.projectHoursPerWeek?.mean as number;
    expect(projectHours(interrupt)).toBeLessThan(projectHours(rota));
    // 4 agents × 168 h less 2 × 168 h of tickets ≈ 336 project hours a week before refocusing.
    expect(Math.abs(projectHours(rota) - 336)).toBeLessThan(15);
  });

  it('a rota needs its size, a review its interval', () => {
    expect(() => resolvers({ policy: 'rota' })).toThrow(SimulatorError);
    expect(() => resolvers({ policy: 'review' })).toThrow(/reviewEvery/);
    expect(() => resolvers({ policy: 'review', reviewEvery: '5m' })).toThrow(/at least "15m"/);
  });
});
