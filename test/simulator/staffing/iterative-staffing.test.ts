import { describe, expect, it } from 'vitest';
import { comparePlans, iterativeStaffing, requiredAgents } from '../../../simulator/index.ts';
import { Exponential } from '../../../simulator/random/exponential.ts';

describe('iterative staffing algorithm (Feldman, Mandelbaum, Massey & Whitt 2008)', () => {
  it('for a constant rate, it settles on the Erlang C staffing (within the one-agent stopping rule)', () => {
    const result = iterativeStaffing({
      arrivalsPerHour: new Array(168).fill(90),
      work: new Exponential(10),
      patience: null,
      maxWaitProbability: 0.2,
      weeks: 4,
      replications: 20,
      seed: 11,
    });
    const erlangC = requiredAgents({
      model: 'c',
      arrivalsPerMinute: 1.5,
      meanWorkMinutes: 10,
      targets: { maxWaitProbability: 0.2 },
    }).agents;
    for (const agents of result.agentsByHour)
      expect(Math.abs(agents - erlangC)).toBeLessThanOrEqual(1);
  });

  // Busy working days (80 an hour, a dip to 40 at noon), evenings at 20, nights and weekends at 3;
  // 20 minutes of work. Arrivals drop sharply at 12:00, 18:00 and 22:00, when the tickets already
  // in work keep agents busy: SIPP, which staffs each hour for its own arrivals, is short then.
  const weekly = Array.from({ length: 168 }, (_, h) => {
    const day = Math.floor(h / 24);
    const hour = h % 24;
    if (day >= 5) return 3;
    if (hour >= 8 && hour < 18) return hour === 12 ? 40 : 80;
    return hour >= 18 && hour < 22 ? 20 : 3;
  });
  const comparison = comparePlans({
    arrivalsPerHour: weekly,
    work: new Exponential(20),
    patience: null,
    maxWaitProbability: 0.2,
    weeks: 6,
    replications: 20,
    seed: 3,
  });
  const plan = (method: string) => comparison.plans.find((p) => p.method === method);

  it('SIPP under-staffs the hours after arrivals drop', () => {
    const sipp = plan('sipp');
    expect(sipp?.underStaffedHours).toEqual(expect.arrayContaining([12, 18, 22]));
  });

  it('the simulation-based plan keeps the probability of waiting at its target in (nearly) every hour', () => {
    // Each hour is tested at the 1 % level, so a correct plan flags about 1.7 of 168 hours by
    // chance; more than 5 would happen by chance less than 1 % of the time (Poisson tail).
    const isa = plan('isa');
    expect(comparison.isaConverged).toBe(true);
    expect(isa?.underStaffedHours.length).toBeLessThanOrEqual(5);
  });

  it('MOL, staffing each hour for its peak load, uses more agent-hours than ISA', () => {
    expect(plan('mol')?.agentHours).toBeGreaterThan(plan('isa')?.agentHours as number);
    expect(plan('mol')?.overStaffedHours.length).toBeGreaterThan(0);
  });
});
