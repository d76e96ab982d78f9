import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Memory is bounded by the model, not by the horizon: percentiles come from a quantile sketch
// and series are aggregated per hour, so ten million tickets fit in the same memory as a few.
// Measured in a fresh process (its peak resident set), not in the test runner's own heap.
const root = fileURLToPath(new URL('../../..', import.meta.url));

function peakMegabytes(tickets: number): { peak: number; tickets: number } {
  // 100 agents at load 0.9 (9 tickets a minute), so that ten million tickets fit the ten-year
  // horizon limit: the same queue as workload 1, ten times wider.
  const script = `
    import { compileScenario, createStreamSource, parseScenario, simulateReplication } from './simulator/index.ts';
    const scenario = parseScenario({
      schemaVersion: 1, name: 'M/M/100',
      arrivals: { kind: 'poisson', ticketsPerHour: 540 },
      classes: [{ id: 'all', share: 1, workTime: { kind: 'exponential', mean: 10 } }],
      groups: [{ id: 'desk', agents: 100 }],
      run: { horizon: ${tickets} / 9, replications: 1, seed: 1 },
    });
    const out = simulateReplication(compileScenario(scenario), createStreamSource(1, 0));
    console.log(JSON.stringify({ peak: process.resourceUsage().maxRSS / 1024, tickets: out.ticketsGenerated }));
  `;
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) as string);
}

describe('memory of a long run', () => {
  it('ten million tickets stay under 300 MB at their peak, about what a small run takes', () => {
    const small = peakMegabytes(10_000);
    const large = peakMegabytes(10_000_000);
    // Poisson arrivals: 10⁷ expected, a standard deviation of about 3,200.
    expect(Math.abs(large.tickets - 10_000_000)).toBeLessThan(20_000);
    expect(large.peak).toBeLessThan(300);
    // Bounded by the model: a thousand times the tickets cost less than 100 MB more.
    expect(large.peak - small.peak).toBeLessThan(100);
  });
});
