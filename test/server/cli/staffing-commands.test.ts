import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.ts';

const run = runCli;

/** Runs the CLI expecting a refusal (exit code 2) and returns what it said on stderr. */
async function refusal(...args: string[]): Promise<string> {
  const { code, err } = await run(...args);
  expect(code).toBe(2);
  return err;
}

const callcentre = ['--model', 'c', '--arrivals-per-hour', '200', '--aht', '3m'];

describe('stafflab staff', () => {
  it('answers the worked example as JSON with the documented keys', async () => {
    const { code, out } = await run(
      'staff',
      ...callcentre,
      '--target-sl',
      '0.8',
      '--target-time',
      '20s',
      '--max-occupancy',
      '0.85',
      '--shrinkage',
      '0.3',
      '--json',
    );
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer).toMatchObject({ model: 'c', offeredLoad: 10, agents: 14, rosteredAgents: 20 });
    expect(answer.serviceLevel).toBeCloseTo(0.8883500191794669, 12);
    for (const key of ['waitProbability', 'asaMinutes', 'occupancy', 'queueLengthMean'])
      expect(answer).toHaveProperty(key);
  });

  it('prints a table of agents against service level, ASA and occupancy with the answer marked', async () => {
    const { code, out } = await run(
      'staff',
      ...callcentre,
      '--target-sl',
      '0.8',
      '--target-time',
      '20s',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/14 agents meet every target/);
    expect(out).toMatch(/│ 14\s+│ 88\.84 %.*◀ fewest meeting every target/);
    expect(out).toMatch(/│ 13\s+│ 79\.56 %/);
  });

  it('Erlang A and B keys appear for their models', async () => {
    const a = JSON.parse(
      (
        await run(
          'staff',
          '--model',
          'a',
          '--arrivals-per-hour',
          '60',
          '--aht',
          '10m',
          '--patience',
          '20m',
          '--max-abandon',
          '0.05',
          '--json',
        )
      ).out,
    );
    expect(a.abandonProbability).toBeLessThanOrEqual(0.05);
    const b = JSON.parse(
      (
        await run(
          'staff',
          '--model',
          'b',
          '--arrivals-per-hour',
          '5',
          '--aht',
          '1h',
          '--max-blocking',
          '0.01',
          '--json',
        )
      ).out,
    );
    expect(b).toMatchObject({ agents: 11 });
    expect(b.blockingProbability).toBeLessThanOrEqual(0.01);
  });

  it.each([
    [
      ['--target-sl', '1', '--target-time', '20s'],
      /--target-sl: got 1, expected a fraction from 0 to below 1/,
    ],
    [['--target-sl', '0.8'], /--target-sl and --target-time go together/],
    [['--target-asa', '0s'], /--target-asa: got 0, expected a mean wait > 0/],
    [
      ['--max-occupancy', '0.8', '--shrinkage', '1'],
      /--shrinkage: got 1, expected a fraction from 0 to below 1/,
    ],
    [['--max-occupancy', '85'], /--max-occupancy: got "85", expected a fraction between 0 and 1/],
    [['--max-abandon', '0.1'], /--max-abandon.*model is a/],
    [[], /at least one target/],
  ])('exits 2 with a reason for %j', async (extra, message) => {
    const { code, err } = await run('staff', ...callcentre, ...extra);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('stafflab erlang', () => {
  it('reports the measures of a headcount', async () => {
    const { code, out } = await run(
      'erlang',
      ...callcentre,
      '--agents',
      '14',
      '--target-time',
      '20s',
      '--json',
    );
    expect(code).toBe(0);
    const m = JSON.parse(out);
    expect(m.waitProbability).toBeCloseTo(0.1741319335950498, 12);
    expect(m).not.toHaveProperty('rosteredAgents');
  });

  it.each([
    [
      ['--model', 'c', '--arrivals-per-hour', '200', '--aht', '3m', '--agents', '9'],
      /load.*below the number of agents/,
    ],
    [
      ['--model', 'x', '--arrivals-per-hour', '200', '--aht', '3m', '--agents', '9'],
      /--model: got "x"/,
    ],
    [
      ['--model', 'c', '--arrivals-per-hour', '-5', '--aht', '3m', '--agents', '9'],
      /--arrivals-per-hour: got "-5"/,
    ],
    [
      ['--model', 'c', '--arrivals-per-hour', '20', '--aht', 'three minutes', '--agents', '9'],
      /--aht: got "three minutes"/,
    ],
    [
      ['--model', 'a', '--arrivals-per-hour', '20', '--aht', '3m', '--agents', '9'],
      /--patience: Erlang A/,
    ],
    [['--model', 'c', '--arrivals-per-hour', '20', '--aht', '3m'], /required option '--agents/],
  ])('exits 2 with a reason for %j', async (args, message) => {
    expect(await refusal('erlang', ...args)).toMatch(message);
  });
});

describe('stafflab staff --scenario', () => {
  const scenario = new URL('../../../scenarios/small-service-desk.json', import.meta.url).pathname;

  it('plans every hour of the week for the scenario (SIPP by default)', async () => {
    const { code, out } = await run(
      'staff',
      '--scenario',
      scenario,
      '--target-sl',
      '0.95',
      '--target-time',
      '15m',
      '--json',
    );
    expect(code).toBe(0);
    const plan = JSON.parse(out);
    expect(plan.method).toBe('sipp');
    expect(plan.intervals).toHaveLength(168);
    // The mean work of the four classes together: 0.02·45 + 0.13·30 + 0.55·20 + 0.30·15 minutes.
    expect(plan.meanWorkMinutes).toBeCloseTo(20.3, 10);
    // Monday 10:00 is busier than Sunday 03:00.
    expect(plan.intervals[10].agents).toBeGreaterThan(plan.intervals[6 * 24 + 3].agents);
  });

  it('prints a week grid', async () => {
    const { code, out } = await run(
      'staff',
      '--scenario',
      scenario,
      '--method',
      'lag-sipp',
      '--max-occupancy',
      '0.8',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/LAG-SIPP/);
    expect(out).toMatch(/│Sun│/);
    expect(out).toMatch(/rostered agent-hours a week/);
  });

  it('compares the methods against simulation', async () => {
    const { code, out } = await run(
      'staff',
      '--scenario',
      scenario,
      '--method',
      'compare',
      '--max-wait-probability',
      '0.3',
      '--json',
    );
    expect(code).toBe(0);
    const comparison = JSON.parse(out);
    expect(comparison.plans.map((p: { method: string }) => p.method)).toEqual([
      'sipp',
      'lag-sipp',
      'mol',
      'isa',
    ]);
  });

  it.each([
    [['--method', 'compare', '--target-asa', '5m'], /--max-wait-probability/],
    [['--method', 'weekly', '--max-occupancy', '0.8'], /--method: got "weekly"/],
    [['--aht', '5m', '--max-occupancy', '0.8'], /--aht: not with --scenario/],
  ])('exits 2 for %j', async (extra, message) => {
    expect(await refusal('staff', '--scenario', scenario, ...extra)).toMatch(message);
  });

  const jackson = new URL('../../../scenarios/validation-jackson-network.json', import.meta.url)
    .pathname;

  it('plans one group of a multi-group scenario from its visits (traffic equations)', async () => {
    const { code, out } = await run(
      'staff',
      '--scenario',
      jackson,
      '--group',
      'resolvers',
      '--max-wait-probability',
      '0.3',
      '--json',
    );
    expect(code).toBe(0);
    const plan = JSON.parse(out);
    // 30 tickets an hour, 0.4/0.96 resolver visits a ticket (λ2 = 0.4·λ1, λ1 = λ + 0.1·λ2).
    expect(plan.intervals[0].arrivalsPerHour).toBeCloseTo((30 * 0.4) / 0.96, 9);
    expect(plan.meanWorkMinutes).toBeCloseTo(15, 10);
    expect(plan.model).toBe('c');
  });

  it.each([
    [[], /--group: the scenario has 2 groups \(desk, resolvers\)/],
    [['--group', 'network'], /--group: got "network", expected the id of a group/],
  ])('a multi-group scenario with %j exits 2', async (extra, message) => {
    expect(
      await refusal('staff', '--scenario', jackson, '--max-wait-probability', '0.3', ...extra),
    ).toMatch(message);
  });

  it('--method needs --scenario', async () => {
    expect(
      await refusal('staff', ...callcentre, '--method', 'sipp', '--max-occupancy', '0.8'),
    ).toMatch(/--method: only with --scenario/);
  });
});

describe('stafflab staff with costs', () => {
  it('minimises salaries plus lost user time', async () => {
    const { code, out } = await run(
      'staff',
      '--model',
      'c',
      '--arrivals-per-hour',
      '2400',
      '--aht',
      '10m',
      '--staff-cost',
      '40',
      '--user-hour-cost',
      '60',
      '--users-per-ticket',
      '5',
      '--json',
    );
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer.agents).toBe(431);
    expect(answer.totalCostPerHour).toBeCloseTo(
      answer.staffCostPerHour + answer.waitingCostPerHour,
      8,
    );
  });

  it.each([
    [['--staff-cost', '40'], /--staff-cost and --user-hour-cost go together/],
    [
      ['--staff-cost', '40', '--user-hour-cost', '60', '--max-occupancy', '0.8'],
      /either targets or costs/,
    ],
    [['--staff-cost', '-1', '--user-hour-cost', '60'], /--staff-cost: got "-1"/],
  ])('exits 2 for %j', async (extra, message) => {
    expect(await refusal('staff', ...callcentre, ...extra)).toMatch(message);
  });
});

describe('stafflab staff --method deadline', () => {
  const scenario = new URL('../../../scenarios/small-service-desk.json', import.meta.url).pathname;

  it('sizes deferred work on the business clock', async () => {
    const { code, out } = await run(
      'staff',
      '--scenario',
      scenario,
      '--method',
      'deadline',
      '--target-time',
      '16h',
      '--business-hours',
      'Mon-Fri 08:00-18:00',
      '--json',
    );
    expect(code).toBe(0);
    const capacity = JSON.parse(out);
    // 600 tickets of 20.3 minutes a week over 50 business hours: 4.06 agents of work on average.
    expect(capacity.averageAgents).toBeCloseTo((600 * 20.3) / 60 / 50, 10);
    expect(capacity.levelAgents).toBeGreaterThanOrEqual(capacity.averageAgents);
    expect(capacity.days).toHaveLength(7);
    expect(capacity.days[5].agents).toBe(0);
  });

  it.each([
    [['--target-time', '16h'], /needs --business-hours/],
    [['--target-time', '16h', '--business-hours', 'weekdays'], /--business-hours: got "weekdays"/],
    [
      ['--target-time', '16h', '--business-hours', 'Mon-Fri 18-8'],
      /opening hour before the closing hour/,
    ],
    [['--business-hours', 'Mon-Fri 8-18'], /needs --business-hours .* and --target-time/],
  ])('exits 2 for %j', async (extra, message) => {
    expect(
      await refusal('staff', '--scenario', scenario, '--method', 'deadline', ...extra),
    ).toMatch(message);
  });

  it('--business-hours belongs to the deadline method', async () => {
    expect(
      await refusal(
        'staff',
        '--scenario',
        scenario,
        '--business-hours',
        'Mon-Fri 8-18',
        '--max-occupancy',
        '0.8',
      ),
    ).toMatch(/only with --method deadline/);
  });
});

describe('stafflab staff: options that would be ignored are refused', () => {
  const scenario = new URL('../../../scenarios/small-service-desk.json', import.meta.url).pathname;

  it.each([
    [
      [
        '--method',
        'deadline',
        '--target-time',
        '16h',
        '--business-hours',
        'Mon-Fri 8-18',
        '--target-sl',
        '0.9',
      ],
      /--target-sl: not with --method deadline/,
    ],
    [
      ['--method', 'compare', '--max-wait-probability', '0.2', '--shrinkage', '0.3'],
      /--shrinkage: not with --method compare/,
    ],
  ])('%j', async (extra, message) => {
    expect(await refusal('staff', '--scenario', scenario, ...extra)).toMatch(message);
  });

  it('Erlang B takes no waiting targets, and cost optimisation needs Erlang C', async () => {
    const b = await run(
      'staff',
      '--model',
      'b',
      '--arrivals-per-hour',
      '600',
      '--aht',
      '10m',
      '--max-wait-probability',
      '0.2',
    );
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/no waiting target with model b/);
    const a = await run(
      'staff',
      '--model',
      'a',
      '--arrivals-per-hour',
      '60',
      '--aht',
      '10m',
      '--patience',
      '5m',
      '--staff-cost',
      '50',
      '--user-hour-cost',
      '60',
    );
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/Erlang C/);
  });

  it('Erlang A staffing at 1,000 Erlangs with long patience starts from a sound lower bound and answers', async () => {
    const { code, out } = await run(
      'staff',
      '--model',
      'a',
      '--arrivals-per-hour',
      '6000',
      '--aht',
      '10m',
      '--patience',
      '6w',
      '--max-wait-probability',
      '0.2',
      '--json',
    );
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    // With patience that long the answer is Erlang C's (1,034 for 1,000 Erlangs), within one agent.
    expect(Math.abs(answer.agents - 1034)).toBeLessThanOrEqual(1);
  });
});
