import { describe, expect, it } from 'vitest';
import { groupWorkload } from '../../../simulator/index.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// The Jackson example: the traffic equations λ1 = λ + 0.1·λ2, λ2 = 0.4·λ1 give visits per ticket
// v1 = 1/0.96 to the desk and v2 = 0.4/0.96 to the resolvers (see validation/jackson-network).
describe('groupWorkload', () => {
  const scenario = loadExampleScenario('validation-jackson-network.json');

  it('solves the traffic equations for visits per ticket', () => {
    expect(groupWorkload(scenario, 0).visitsPerTicket).toBeCloseTo(1 / 0.96, 10);
    expect(groupWorkload(scenario, 1).visitsPerTicket).toBeCloseTo(0.4 / 0.96, 10);
  });

  it("uses each route's own work time, and patience only at the entry group", () => {
    const desk = groupWorkload(scenario, 0);
    const resolvers = groupWorkload(scenario, 1);
    expect(desk.work?.mean).toBeCloseTo(10, 10);
    expect(resolvers.work?.mean).toBeCloseTo(15, 10);
    expect(resolvers.patience).toBeNull();
  });

  it('weights the classes by share times visits', () => {
    const twoClasses = structuredClone(scenario);
    const base = twoClasses.classes[0] as (typeof twoClasses.classes)[number];
    // A second class, half the tickets, that the desk always resolves itself in 30 minutes.
    twoClasses.classes = [
      { ...base, share: 0.5 },
      { id: 'quick', share: 0.5, workTime: { kind: 'deterministic', value: 30 } },
    ];
    const desk = groupWorkload(twoClasses, 0);
    // Desk visits: 0.5 × 1/0.96 + 0.5 × 1; work: their weighted mean of 10 and 30 minutes.
    const first = 0.5 / 0.96;
    expect(desk.visitsPerTicket).toBeCloseTo(first + 0.5, 10);
    expect(desk.work?.mean).toBeCloseTo((first * 10 + 0.5 * 30) / (first + 0.5), 10);
    expect(groupWorkload(twoClasses, 1).visitsPerTicket).toBeCloseTo(0.5 * (0.4 / 0.96), 10);
  });
});
