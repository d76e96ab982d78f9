import { describe, expect, it } from 'vitest';
import { intervalLoads, intervalPlan, requiredAgents } from '../../../simulator/index.ts';

const targets = { serviceLevel: { attainment: 0.8, targetMinutes: 1 } };
// A working week: 30 tickets an hour from 08:00 to 18:00 Monday to Friday, 2 an hour otherwise.
const weekly = Array.from({ length: 168 }, (_, h) =>
  Math.floor(h / 24) < 5 && h % 24 >= 8 && h % 24 < 18 ? 30 : 2,
);

describe('interval plans', () => {
  it('SIPP staffs each hour as a stationary queue with its own rate', () => {
    const plan = intervalPlan({
      method: 'sipp',
      model: 'c',
      arrivalsPerHour: weekly,
      meanWorkMinutes: 6,
      targets,
      shrinkage: 0.3,
    });
    expect(plan.intervals).toHaveLength(168);
    const busy = requiredAgents({
      model: 'c',
      arrivalsPerMinute: 0.5,
      meanWorkMinutes: 6,
      targets,
      shrinkage: 0.3,
    });
    expect(plan.intervals[9]).toMatchObject({
      hour: 9,
      arrivalsPerHour: 30,
      offeredLoad: 3,
      agents: busy.agents,
      rosteredAgents: busy.rosteredAgents,
    });
    expect(plan.rosteredAgentHours).toBe(
      plan.intervals.reduce((sum, i) => sum + i.rosteredAgents, 0),
    );
  });

  it('an hour without arrivals needs no agents', () => {
    const quiet = weekly.map((rate, h) => (h === 3 ? 0 : rate));
    expect(
      intervalPlan({
        method: 'sipp',
        model: 'c',
        arrivalsPerHour: quiet,
        meanWorkMinutes: 6,
        targets,
      }).intervals[3]?.agents,
    ).toBe(0);
  });

  it("lag-SIPP with a one-hour work time staffs each hour for the previous hour's rate", () => {
    const sipp = intervalLoads('sipp', weekly, 60);
    const lagged = intervalLoads('lag-sipp', weekly, 60);
    for (const [h, load] of lagged.entries())
      expect(load).toBeCloseTo(sipp[(h + 167) % 168] as number, 10);
  });

  it('lag-SIPP with a 6-minute work time mixes a tenth of the previous hour', () => {
    const lagged = intervalLoads('lag-sipp', weekly, 6);
    // Monday 08:00–09:00 looks back to 07:54–08:54: 6 minutes at 2/h and 54 at 30/h.
    expect(lagged[8]).toBeCloseTo(((6 * 2 + 54 * 30) / 60 / 60) * 6, 12);
  });

  it('MOL is λ·s for a constant rate, and follows λ·s·(1 − e^−t/s) after a step', () => {
    for (const load of intervalLoads('mol', new Array(168).fill(12), 10)) {
      expect(load).toBeCloseTo(2, 10);
    }
    // One busy hour (60/h) a week, nothing otherwise, 20-minute work: within the busy hour m rises
    // from ~0 to 20·(1 − e^−3); the next hour starts there and decays.
    const spike = new Array(168).fill(0);
    spike[100] = 60;
    const loads = intervalLoads('mol', spike, 20);
    expect(loads[100]).toBeCloseTo(20 * (1 - Math.exp(-3)), 8);
    expect(loads[101]).toBeCloseTo(20 * (1 - Math.exp(-3)), 8);
    expect(loads[102]).toBeCloseTo(20 * (1 - Math.exp(-3)) * Math.exp(-3), 8);
  });

  it('MOL staffs no less than SIPP after a rise and keeps staff on after a fall', () => {
    const sipp = intervalPlan({
      method: 'sipp',
      model: 'c',
      arrivalsPerHour: weekly,
      meanWorkMinutes: 30,
      targets,
    });
    const mol = intervalPlan({
      method: 'mol',
      model: 'c',
      arrivalsPerHour: weekly,
      meanWorkMinutes: 30,
      targets,
    });
    // 18:00 Monday: arrivals drop, but work already started keeps agents busy.
    expect(mol.intervals[18]?.agents).toBeGreaterThan(sipp.intervals[18]?.agents as number);
  });

  it('rejects a profile with negative rates', () => {
    expect(() =>
      intervalPlan({
        method: 'sipp',
        model: 'c',
        arrivalsPerHour: [1, -1],
        meanWorkMinutes: 5,
        targets,
      }),
    ).toThrow(/arrivalsPerHour/);
  });
});
