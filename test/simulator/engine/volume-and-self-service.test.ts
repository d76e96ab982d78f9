import { describe, expect, it } from 'vitest';
import {
  compileScenario,
  createStreamSource,
  parseScenario,
  type Scenario,
  simulateReplication,
} from '../../../simulator/index.ts';
import { Z_999 } from '../../helpers/statistics.ts';

const base: Scenario = {
  schemaVersion: 1,
  name: 'self-service',
  arrivals: { kind: 'poisson', ticketsPerHour: 10 },
  classes: [{ id: 'all', share: 1, workTime: { kind: 'exponential', mean: 20 } }],
  groups: [{ id: 'desk', agents: 6 }],
  run: { horizon: '20d' },
};

const run = (scenario: Scenario, replication = 0) =>
  simulateReplication(compileScenario(parseScenario(scenario)), createStreamSource(8, replication));

describe('planned volume changes', () => {
  it('multiply the arrival rate from their time on', () => {
    const scenario: Scenario = {
      ...base,
      arrivals: { kind: 'poisson', ticketsPerHour: 10, changes: [{ from: '10d', factor: 2 }] },
    };
    const before = run({ ...scenario, run: { horizon: '10d' } }).overall.arrived as number;
    const all = run(scenario).overall.arrived as number;
    const after = all - before;
    // Poisson counts: 2,400 expected in the first ten days, 4,800 in the next ten.
    expect(Math.abs(before - 2400)).toBeLessThan(Z_999 * Math.sqrt(2400));
    expect(Math.abs(after - 4800)).toBeLessThan(Z_999 * Math.sqrt(4800));
  });
});

describe('knowledge base', () => {
  it('deflects a share of tickets, and the others are the same tickets as without it', () => {
    const plain = run(base);
    const deflected = run({ ...base, knowledgeBase: { deflection: 0.3 } });
    const total = (deflected.overall.arrived as number) + (deflected.overall.deflected as number);
    expect(total).toBe(plain.overall.arrived);
    expect(deflected.ticketsGenerated).toBe(plain.ticketsGenerated);
    // Binomial: each ticket is deflected with probability 0.3.
    const share = (deflected.overall.deflected as number) / total;
    expect(Math.abs(share - 0.3)).toBeLessThan(Z_999 * Math.sqrt((0.3 * 0.7) / total));
  });

  it('cuts every work time by the handle-time reduction', () => {
    const plain = run(base);
    const faster = run({ ...base, knowledgeBase: { handleTimeReduction: 0.25 } });
    // The same tickets with three quarters of the work: agents are busy three quarters as long
    // (up to the few tickets in work at the end of the run).
    const busy = (output: typeof plain) => (output.overall.occupancy as number) * 6;
    expect(busy(faster) / busy(plain)).toBeCloseTo(0.75, 2);
  });
});

describe('surges', () => {
  it('add a burst of tickets of one class, leaving the regular tickets as they were', () => {
    const twoClasses: Scenario = {
      ...base,
      classes: [
        { id: 'P1', share: 0.1, priority: 1, workTime: { kind: 'exponential', mean: 30 } },
        { id: 'P3', share: 0.9, priority: 3, workTime: { kind: 'exponential', mean: 20 } },
      ],
      groups: [{ id: 'desk', agents: 6, discipline: 'priority' }],
    };
    const plain = run(twoClasses);
    const incident = run({
      ...twoClasses,
      surges: [{ name: 'e-mail outage', at: '7d', over: '1h', class: 'P1', tickets: 50 }],
    });
    expect(incident.ticketsGenerated).toBe(plain.ticketsGenerated + 50);
    expect(incident.classes[0]?.arrived).toBe((plain.classes[0]?.arrived as number) + 50);
    expect(incident.classes[1]?.arrived).toBe(plain.classes[1]?.arrived);
    // The burst costs the normal tickets waiting time.
    expect(incident.classes[1]?.asaMinutes as number).toBeGreaterThan(
      plain.classes[1]?.asaMinutes as number,
    );
  });

  it('must name a class that exists', () => {
    expect(() =>
      parseScenario({ ...base, surges: [{ at: '1d', class: 'P9', tickets: 5 }] }),
    ).toThrow(/surges\[0\]\.class/);
  });
});
