import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, type Scenario } from '../../../simulator/index.ts';

// Quick password resets (10 minutes) and long laptop rebuilds (60 minutes), half of the work each,
// one agent at load 0.9: mean work 6/7·10 + 1/7·60 = 120/7 minutes, so λ = 0.9·7/120 a minute.
const base: Scenario = {
  schemaVersion: 1,
  name: 'disciplines',
  arrivals: { kind: 'poisson', ticketsPerHour: ((0.9 * 7) / 120) * 60 },
  classes: [
    {
      id: 'quick',
      share: 6 / 7,
      workTime: { kind: 'exponential', mean: 10 },
      serviceLevel: { targetTime: '4h', attainment: 0.9 },
    },
    {
      id: 'long',
      share: 1 / 7,
      workTime: { kind: 'exponential', mean: 60 },
      serviceLevel: { targetTime: '1h', attainment: 0.9 },
    },
  ],
  groups: [{ id: 'desk', agents: 1 }],
  run: { horizon: '12w', warmUp: '1w', replications: 10, seed: 5 },
};

function run(discipline: 'fifo' | 'edf' | 'cherry-pick', extra: Record<string, unknown> = {}) {
  return runScenario(
    parseScenario({ ...base, groups: [{ id: 'desk', agents: 1, discipline, ...extra }] }),
  );
}

describe('queue disciplines', () => {
  const fifo = run('fifo');
  const cherry = run('cherry-pick');
  const edf = run('edf');

  it('cherry-picking the quick tickets ages the long ones: their p95 wait rises, intervals apart', () => {
    const longFifo = fifo.classes[1]?.metrics.waitP95Minutes;
    const longCherry = cherry.classes[1]?.metrics.waitP95Minutes;
    expect(longCherry?.low).toBeGreaterThan(longFifo?.high as number);
    // ...while the quick tickets wait less.
    expect(cherry.classes[0]?.metrics.asaMinutes?.high).toBeLessThan(
      fifo.classes[0]?.metrics.asaMinutes?.low as number,
    );
  });

  it('the agent does the same work either way (the same tickets): occupancy agrees', () => {
    const a = fifo.overall.occupancy as NonNullable<typeof fifo.overall.occupancy>;
    const b = cherry.overall.occupancy as NonNullable<typeof cherry.overall.occupancy>;
    expect(Math.abs(a.mean - b.mean)).toBeLessThan(
      (a.halfWidth as number) + (b.halfWidth as number) + 0.01,
    );
  });

  it('earliest-deadline-first serves the tight-target class sooner than FIFO', () => {
    const longFifo = fifo.classes[1]?.metrics.serviceLevel;
    const longEdf = edf.classes[1]?.metrics.serviceLevel;
    expect(longEdf?.low).toBeGreaterThan(longFifo?.high as number);
  });

  it('cherry-picking with probability 0 is FIFO, tick for tick', () => {
    const never = run('cherry-pick', { cherryPickProbability: 0 });
    expect(never.classes.map((c) => c.metrics.asaMinutes?.mean)).toEqual(
      fifo.classes.map((c) => c.metrics.asaMinutes?.mean),
    );
  });
});
