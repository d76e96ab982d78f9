import { describe, expect, it } from 'vitest';
import {
  mmcBenchScenario,
  priorityBenchScenario,
  tieredYearBenchScenario,
} from '../../../server/cli/bench-workloads.ts';
import { expectedArrivals, groupWorkload, toMinutes } from '../../../simulator/index.ts';

describe('the benchmark workloads are the ones the suite names', () => {
  it('workloads 1 and 2: 10 agents at load 0.9 for the asked number of tickets', () => {
    for (const scenario of [mmcBenchScenario(100_000), priorityBenchScenario(100_000)]) {
      const horizon = toMinutes(scenario.run.horizon);
      // 0.9 × 10 agents / 10 minutes = 0.9 tickets a minute.
      expect(horizon * 0.9).toBeCloseTo(100_000, 6);
      expect(scenario.groups[0]?.agents).toBe(10);
    }
    const priorities = priorityBenchScenario(1000);
    expect(priorities.classes.map((c) => c.share)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(priorities.classes.every((c) => c.patience?.kind === 'exponential')).toBe(true);
  });

  it('workload 3: five groups on shifts, 50,000 tickets a week for a year, project work', () => {
    const scenario = tieredYearBenchScenario();
    expect(scenario.groups.map((g) => g.id)).toEqual([
      'desk',
      'desktop',
      'network',
      'applications',
      'security',
    ]);
    expect(scenario.groups.every((g) => g.shifts !== undefined)).toBe(true);
    expect(scenario.groups[4]?.projectWork?.policy).toBe('rota');
    const weeks = (toMinutes(scenario.run.horizon) - toMinutes(scenario.run.warmUp ?? 0)) / 10080;
    expect(weeks).toBe(52);
    const horizon = toMinutes(scenario.run.horizon);
    expect(expectedArrivals(scenario.arrivals, horizon) / (horizon / 10080)).toBeCloseTo(50_000, 6);
    // Security receives 10 % of P1's and 5 % of P2's desk visits; 3 % of P2 tickets come back,
    // so a P2 ticket makes 1 / 0.97 desk visits on average.
    expect(groupWorkload(scenario, 4).visitsPerTicket).toBeCloseTo(
      0.03 * 0.1 + (0.17 * 0.05) / 0.97,
      9,
    );
  });
});
