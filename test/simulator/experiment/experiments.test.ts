import { describe, expect, it } from 'vitest';
import {
  applyVariant,
  compileScenario,
  costOptimalStaffing,
  cycleMinutes,
  isSimulatorError,
  type Scenario,
  simulateScenario,
  sweepScenario,
} from '../../../simulator/index.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// M/M/c: 54 tickets an hour, 10 minutes of work (a = 9), 80 % within 5 minutes.
const mmc = applyVariant(loadExampleScenario('validation-erlang-c.json'), {
  name: '2 weeks',
  changes: [{ path: 'run.horizon', value: '2w' }],
});
const without = (scenario: Scenario, field: 'warmUp'): Scenario => {
  const { [field]: _, ...run } = scenario.run;
  return { ...scenario, run };
};

describe('sweep', () => {
  it('runs every value with common random numbers and marks the best points', async () => {
    const priced = applyVariant(mmc, {
      name: 'priced',
      changes: [
        { path: 'economics', value: { userHourCost: 60 } },
        { path: 'groups[desk].costPerAgentHour', value: 40 },
        { path: 'run.horizon', value: '4w' },
      ],
    });
    const sweep = await sweepScenario(
      priced,
      [{ path: 'groups[desk].agents', values: [10, 11, 12, 13, 14] }],
      { replications: 10 },
    );
    expect(sweep.points.map((p) => p.values)).toEqual([[10], [11], [12], [13], [14]]);
    // With the same tickets, a FIFO multi-server queue with one more agent never makes any
    // ticket wait longer (Wolff 1989, §5-9), so the service level rises and staff cost with it.
    const sl = sweep.points.map((p) => p.curves.serviceLevel?.mean ?? Number.NaN);
    for (let i = 1; i < sl.length; i++) expect(sl[i]).toBeGreaterThanOrEqual(sl[i - 1] as number);
    const staff = sweep.points.map((p) => p.curves.staffCostPerWeek?.mean ?? Number.NaN);
    // 40 an hour × 168 hours × agents.
    expect(staff).toEqual([10, 11, 12, 13, 14].map((c) => expect.closeTo(40 * 168 * c, 6)));
    // Erlang C: 10 agents give 59 % within 5 minutes, 11 give 84 %: 11 is the cheapest feasible.
    expect(sweep.points[0]?.meetsTargets).toBe(false);
    expect(sweep.cheapestFeasible).toBe(1);
    // Erlang C's exact cost optimum at 40 an agent-hour and 60 a user-hour is 12 agents
    // (costOptimalStaffing; the simulation adds the cost of the work itself, the same at every
    // headcount); its neighbours cost about 2.6 % (11) and 1.3 % (13) more, well beyond the
    // noise of 10 paired replications of 4 weeks.
    expect(
      costOptimalStaffing({
        model: 'c',
        arrivalsPerMinute: 54 / 60,
        meanWorkMinutes: 10,
        staffCostPerAgentHour: 40,
        userHourCost: 60,
      }).agents,
    ).toBe(12);
    expect(sweep.costMinimising).toBe(2);
  });

  it('takes two parameters as a grid, the last varying fastest', async () => {
    const sweep = await sweepScenario(
      mmc,
      [
        { path: 'groups[desk].agents', values: [11, 12] },
        { path: 'classes[all].workTime.mean', values: ['9m', '10m'] },
      ],
      { replications: 2 },
    );
    expect(sweep.points.map((p) => p.values)).toEqual([
      [11, '9m'],
      [11, '10m'],
      [12, '9m'],
      [12, '10m'],
    ]);
  });

  it('names the parameter or the point when a value is wrong', async () => {
    const error = await sweepScenario(mmc, [{ path: 'groups[nope].agents', values: [1] }]).catch(
      (e: unknown) => e,
    );
    expect(isSimulatorError(error) && error.message).toMatch(/parameters\[0\]\.path.*nope/);
    const bad = await sweepScenario(mmc, [{ path: 'groups[desk].agents', values: [0] }]).catch(
      (e: unknown) => e,
    );
    expect(isSimulatorError(bad) && bad.message).toMatch(/sweep point "0".*agents/);
    const many = await sweepScenario(mmc, [
      { path: 'groups[desk].agents', values: Array.from({ length: 21 }, (_, i) => i + 10) },
      {
        path: 'classes[all].workTime.mean',
        values: Array.from({ length: 20 }, (_, i) => `${i + 1}m`),
      },
    ]).catch((e: unknown) => e);
    expect(isSimulatorError(many) && many.message).toMatch(/at most 400 points/);
    const seed = await sweepScenario(mmc, [{ path: 'run.seed', values: [1, 2] }]).catch(
      (e: unknown) => e,
    );
    expect(isSimulatorError(seed) && seed.message).toMatch(/parameters\[0\]\.path: got "run.seed"/);
    const twice = await sweepScenario(mmc, [
      { path: 'groups[desk].agents', values: [11] },
      { path: 'groups[desk].agents', values: [12] },
    ]).catch((e: unknown) => e);
    expect(isSimulatorError(twice) && twice.message).toMatch(/parameters\[1\]\.path/);
  });
});

describe('sequential replications', () => {
  it('adds replications until every named metric is within the relative precision', async () => {
    const { result } = await simulateScenario(mmc, {
      replications: 4,
      precision: { relative: 0.05, metrics: ['serviceLevel', 'asaMinutes'], maxReplications: 300 },
    });
    const precision = result.precision;
    expect(precision?.reached).toBe(true);
    expect(result.replications).toBeGreaterThan(4);
    expect(precision?.replications).toBe(result.replications);
    for (const a of precision?.achieved ?? [])
      expect(a.relativeHalfWidth).toBeLessThanOrEqual(0.05);
    // The reported figure is the interval of the result itself.
    const asa = result.overall.asaMinutes;
    expect(precision?.achieved[1]?.relativeHalfWidth).toBeCloseTo(
      (asa?.halfWidth as number) / (asa?.mean as number),
      12,
    );
  });

  it('stops at the cap and says the precision was not reached', async () => {
    const { result } = await simulateScenario(mmc, {
      replications: 3,
      precision: { relative: 0.0001, metrics: ['asaMinutes'], maxReplications: 7 },
    });
    expect(result.replications).toBe(7);
    expect(result.precision?.reached).toBe(false);
  });

  it('rejects a precision out of range, naming it', async () => {
    const error = await simulateScenario(mmc, {
      precision: { relative: 1.5, metrics: ['asaMinutes'], maxReplications: 10 },
    }).catch((e: unknown) => e);
    expect(isSimulatorError(error) && error.message).toMatch(/precision: got 1.5/);
  });
});

describe('warm-up detection', () => {
  it('uses the scenario’s own warm-up when it sets one', async () => {
    const { result } = await simulateScenario(mmc, { replications: 2 });
    expect(result.warmUp).toMatchObject({ method: 'scenario', minutes: 10080 });
    expect(result.warmUpMinutes).toBe(10080);
  });

  it('finds the end of a backlog the run starts with, by MSER', async () => {
    // 500 tickets land in the first minute on an M/M/10 at load 0.8. Agents clear the excess at
    // c·μ − λ = 1 − 0.8 = 0.2 tickets a minute: the fluid model empties it after 2,500 minutes
    // (41.7 h). MSER must cut near there: after half of it, and before twice it.
    const surged = applyVariant(without(mmc, 'warmUp'), {
      name: 'surge',
      changes: [
        { path: 'arrivals.ticketsPerHour', value: 48 },
        { path: 'surges', value: [{ at: '0m', over: '1m', class: 'all', tickets: 500 }] },
      ],
    });
    const { result } = await simulateScenario(surged, { replications: 2 });
    expect(result.warmUp.method).toBe('mser');
    expect(result.warmUp.settled).toBe(true);
    expect(result.warmUp.minutes).toBeGreaterThan(1250);
    expect(result.warmUp.minutes).toBeLessThan(5000);
    expect(result.warmUpMinutes).toBe(result.warmUp.minutes);
  });

  it('batches by whole days or weeks when the inputs follow a cycle', () => {
    const flat = compileScenario(mmc);
    expect(cycleMinutes(flat)).toBeNull();
    const daily = Array.from({ length: 168 }, (_, h) => (h % 24 >= 8 && h % 24 < 18 ? 3 : 1));
    const weekly = daily.map((w, h) => (h >= 120 ? 0.5 : w));
    const withWeights = (weights: number[]) =>
      compileScenario(
        applyVariant(mmc, {
          name: 'profile',
          changes: [
            {
              path: 'arrivals',
              value: { kind: 'hour-of-week', ticketsPerWeek: 5000, hourWeights: weights },
            },
          ],
        }),
      );
    expect(cycleMinutes(withWeights(daily))).toBe(1440);
    expect(cycleMinutes(withWeights(weekly))).toBe(10080);
  });
});
