import { describe, expect, it } from 'vitest';
import {
  compileScenario,
  createStreamSource,
  type MetricValues,
  parseScenario,
  type Scenario,
  simulateReplication,
} from '../../../simulator/index.ts';

const base: Scenario = {
  schemaVersion: 1,
  name: 'conservation',
  arrivals: { kind: 'poisson', ticketsPerHour: 66, dailyVolumeCv: 0.2 },
  classes: [
    {
      id: 'P1',
      share: 0.1,
      priority: 1,
      workTime: { kind: 'lognormal', mean: '8m', cv: 1.5 },
      patience: { kind: 'exponential', mean: '30m' },
    },
    { id: 'P2', share: 0.5, priority: 2, workTime: { kind: 'gamma', mean: '10m', cv: 0.7 } },
    {
      id: 'P3',
      share: 0.4,
      priority: 3,
      workTime: { kind: 'weibull', mean: '12m', cv: 1.3 },
      patience: { kind: 'uniform', min: '10m', max: '2h' },
    },
  ],
  groups: [{ id: 'desk', agents: 11, discipline: 'priority' }],
  run: { horizon: '26w', warmUp: '1w' },
};

function run(scenario: Scenario, replication: number) {
  return simulateReplication(
    compileScenario(parseScenario(scenario)),
    createStreamSource(77, replication),
  );
}

function expectConserved(metrics: MetricValues): void {
  expect(metrics.arrived).toBe(
    (metrics.served ?? 0) + (metrics.abandoned ?? 0) + (metrics.openAtEnd ?? 0),
  );
}

describe("conservation and Little's law", () => {
  it.each([0, 1, 2])(
    'arrived = resolved + abandoned + open at end, per class and overall (replication %i)',
    (r) => {
      const output = run(base, r);
      expectConserved(output.overall);
      output.classes.forEach(expectConserved);
      expect(output.overall.abandoned).toBeGreaterThan(0);
    },
  );

  it('holds when the queue is overloaded and many tickets are open at the end', () => {
    const overloaded = {
      ...base,
      groups: [{ id: 'desk', agents: 8, discipline: 'fifo' as const }],
    };
    const output = run(overloaded, 0);
    expectConserved(output.overall);
    output.classes.forEach(expectConserved);
    expect(output.overall.openAtEnd).toBeGreaterThan(10);
  });

  // L_q = λ·W_q over the measured window. The two sides differ only by tickets that straddle the
  // window's edges (waiting at the end of warm-up or at the horizon), a handful against ~280,000
  // measured tickets: a relative gap of order 1e-4. 0.5 % bounds it with a wide margin.
  it.each([0, 1])('mean queue length = arrival rate × mean wait (replication %i)', (r) => {
    const output = run(base, r);
    const minutes = 25 * 10080;
    const { arrived, meanQueueLength, asaMinutes, openAtEnd } = output.overall;
    const known = (arrived as number) - (openAtEnd as number);
    const lambdaW = (known / minutes) * (asaMinutes as number);
    expect(Math.abs((meanQueueLength as number) - lambdaW) / lambdaW).toBeLessThan(0.005);
    output.classes.forEach((c) => {
      const lw =
        (((c.arrived as number) - (c.openAtEnd as number)) / minutes) * (c.asaMinutes as number);
      expect(Math.abs((c.meanQueueLength as number) - lw) / lw).toBeLessThan(0.005);
    });
  });

  // Busy agents = rate of work started × mean work (Little's law on the agents). The mix of tickets
  // that reach an agent differs from the arrival mix (P1 and P3 abandon), so the mean work is
  // weighted by the tickets served per class. End effects as above: 0.5 %.
  it('mean busy agents = Σ served per class × mean work of that class, over time', () => {
    const output = run(base, 0);
    const meanWork = [8, 10, 12];
    const minutes = 25 * 10080;
    const workMinutes = output.classes.reduce(
      (sum, c, i) => sum + (c.served as number) * (meanWork[i] as number),
      0,
    );
    const busy = (output.overall.occupancy as number) * 11;
    expect(Math.abs(busy - workMinutes / minutes) / busy).toBeLessThan(0.005);
  });
});

describe('reproducibility and common random numbers', () => {
  it('the same scenario and seed give identical output', () => {
    expect(JSON.stringify(run(base, 4))).toBe(JSON.stringify(run(base, 4)));
  });

  it('another replication gives other numbers', () => {
    expect(run(base, 5).overall.arrived).not.toBe(run(base, 6).overall.arrived);
  });

  it('two scenarios that differ only in headcount see the same tickets', () => {
    const more = { ...base, groups: [{ id: 'desk', agents: 14, discipline: 'priority' as const }] };
    const a = run(base, 2);
    const b = run(more, 2);
    expect(b.ticketsGenerated).toBe(a.ticketsGenerated);
    b.classes.forEach((c, i) => {
      expect(c.arrived).toBe(a.classes[i]?.arrived);
    });
    expect(b.overall.asaMinutes as number).toBeLessThan(a.overall.asaMinutes as number);
  });
});

describe('backlog series', () => {
  it('counts every open ticket in exactly one age bucket, every hour', () => {
    const output = run(base, 0);
    const { open, byAge, oldestMinutes, everyMinutes } = output.backlog;
    // 26 weeks would be 4,369 hourly samples, over the 2,500 cap: every 2 hours instead.
    expect(everyMinutes).toBe(120);
    expect(open.length).toBe((26 * 10080) / 120 + 1);
    open.forEach((count, i) => {
      expect(byAge.reduce((sum, bucket) => sum + (bucket[i] as number), 0)).toBe(count);
      if (count === 0) expect(oldestMinutes[i]).toBe(0);
    });
    // The samples after the warm-up estimate the time-average number open. They are two hours
    // apart, far beyond the system's relaxation time (minutes), so nearly independent: with about
    // 2,100 of them the relative standard error is a few per cent, and 10 % is over 3 of them.
    const warm = 10080 / everyMinutes;
    const sampled = open.slice(warm).reduce((a, b) => a + b, 0) / (open.length - warm);
    expect(Math.abs(sampled - (output.overall.meanInSystem as number))).toBeLessThan(
      0.1 * (output.overall.meanInSystem as number),
    );
  });
});

describe('a replication without its backlog series', () => {
  it('leaves the series empty and every other output the same, bit for bit', () => {
    const model = compileScenario(parseScenario(base));
    const kept = simulateReplication(model, createStreamSource(3, 1));
    const dropped = simulateReplication(model, createStreamSource(3, 1), { backlog: false });
    expect(dropped.backlog.open).toEqual([]);
    expect(dropped.backlog.byAge.every((bucket) => bucket.length === 0)).toBe(true);
    expect(kept.backlog.open.length).toBeGreaterThan(0);
    const { backlog: _kept, ...keptRest } = kept;
    const { backlog: _dropped, ...droppedRest } = dropped;
    expect(droppedRest).toEqual(keptRest);
  });
});
