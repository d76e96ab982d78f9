import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  runScenario,
  type Scenario,
  SimulatorError,
  toMinutes,
} from '../../../simulator/index.ts';
import { allNumbersFinite } from '../../helpers/all-numbers-finite.ts';

const valid: Scenario = JSON.parse(
  readFileSync(new URL('../../../scenarios/small-service-desk.json', import.meta.url), 'utf8'),
);

/** Parses; a rejection must be a SimulatorError with at least one issue naming a field. */
function parseOrReject(input: unknown): Scenario | null {
  try {
    return parseScenario(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SimulatorError);
    const issues = (error as SimulatorError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.expected.length).toBeGreaterThan(0);
    expect((error as SimulatorError).message).not.toMatch(/\bat .*\.ts:\d+/);
    return null;
  }
}

/** Runs an accepted scenario briefly (at most ~3,000 expected tickets) and checks its output. */
function runBriefly(scenario: Scenario): void {
  const perMinute =
    scenario.arrivals.kind === 'poisson'
      ? scenario.arrivals.ticketsPerHour / 60
      : scenario.arrivals.ticketsPerWeek / 10080;
  const horizon = Math.max(Math.min(toMinutes(scenario.run.horizon), 3000 / perMinute), 1e-6);
  const warmUp = toMinutes(scenario.run.warmUp ?? 0);
  const brief = parseOrReject({
    ...scenario,
    run: { ...scenario.run, horizon, warmUp: warmUp < horizon ? warmUp : horizon / 2 },
  });
  if (brief === null) return;
  const result = runScenario(brief, { replications: 2, seed: 1 });
  expect(allNumbersFinite(result)).toBe(true);
  const conserved = (m: Record<string, { mean: number } | null>) =>
    (m.arrived?.mean ?? 0) ===
    (m.served?.mean ?? 0) + (m.abandoned?.mean ?? 0) + (m.openAtEnd?.mean ?? 0);
  expect(conserved(result.overall)).toBe(true);
  for (const c of result.classes) expect(conserved(c.metrics)).toBe(true);
  runs.accepted++;
}

/** How many generated scenarios were accepted and run, so a test can show it exercised the engine. */
const runs = { accepted: 0 };

const extremeNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    0,
    -0,
    -1,
    1e-300,
    1e300,
    Number.MAX_SAFE_INTEGER,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 32,
  ),
);
const strangeValue = fc.oneof(
  extremeNumber,
  fc.string(),
  fc.constantFrom(
    '',
    '5',
    '5x',
    '1e3m',
    '-2h',
    '99999999w',
    'fifo',
    'priority',
    'exponential',
    'lognormal',
  ),
  fc.constant(null),
  fc.array(extremeNumber, { maxLength: 170 }),
  fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }),
  fc.record(
    {
      kind: fc.constantFrom(
        'exponential',
        'deterministic',
        'uniform',
        'erlang',
        'gamma',
        'lognormal',
        'weibull',
        'empirical',
        'x',
      ),
      mean: fc.oneof(extremeNumber, fc.string()),
      cv: extremeNumber,
      k: extremeNumber,
      value: extremeNumber,
      min: extremeNumber,
      max: extremeNumber,
      values: fc.array(extremeNumber, { maxLength: 5 }),
    },
    { requiredKeys: ['kind'] },
  ),
);

const paths: readonly (readonly (string | number)[])[] = [
  ['schemaVersion'],
  ['name'],
  ['arrivals'],
  ['arrivals', 'kind'],
  ['arrivals', 'ticketsPerWeek'],
  ['arrivals', 'hourWeights'],
  ['arrivals', 'hourWeights', 10],
  ['arrivals', 'dailyVolumeCv'],
  ['classes'],
  ['classes', 0],
  ['classes', 0, 'share'],
  ['classes', 1, 'id'],
  ['classes', 1, 'priority'],
  ['classes', 2, 'workTime'],
  ['classes', 2, 'workTime', 'mean'],
  ['classes', 2, 'workTime', 'cv'],
  ['classes', 3, 'patience'],
  ['classes', 0, 'serviceLevel', 'targetTime'],
  ['classes', 0, 'serviceLevel', 'attainment'],
  ['groups'],
  ['groups', 0, 'agents'],
  ['groups', 0, 'discipline'],
  ['run', 'horizon'],
  ['run', 'warmUp'],
  ['run', 'replications'],
  ['run', 'seed'],
];

function setAt(
  target: unknown,
  path: readonly (string | number)[],
  value: unknown,
  remove: boolean,
): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return;
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (remove) delete node[last];
  else node[last] = value;
}

describe('bad input never crashes or hangs (property-based)', () => {
  it('arbitrary values are accepted or rejected with a SimulatorError', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        parseOrReject(input);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('a valid scenario with one or more fields broken is rejected clearly or runs cleanly', () => {
    const mutation = fc.record({
      path: fc.constantFrom(...paths),
      value: strangeValue,
      remove: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const scenario = structuredClone(valid);
        for (const m of mutations) setAt(scenario, m.path, m.value, m.remove);
        const parsed = parseOrReject(scenario);
        if (parsed !== null) runBriefly(parsed);
      }),
      { numRuns: 400, seed: 42 },
    );
    expect(runs.accepted).toBeGreaterThan(20);
  });

  it('calendars, shifts, costs, surges and self-service broken are rejected clearly or run cleanly', () => {
    const office: Scenario = JSON.parse(
      readFileSync(new URL('../../../scenarios/office-hours-desk.json', import.meta.url), 'utf8'),
    );
    const officePaths: readonly (readonly (string | number)[])[] = [
      ['calendars'],
      ['calendars', 0, 'start'],
      ['calendars', 0, 'days'],
      ['calendars', 0, 'holidays'],
      ['calendars', 0, 'timeOffset'],
      ['groups', 0, 'shifts'],
      ['groups', 0, 'shifts', 0, 'end'],
      ['groups', 0, 'shifts', 1, 'agents'],
      ['groups', 0, 'cherryPickProbability'],
      ['groups', 0, 'costPerAgentHour'],
      ['groups', 0, 'shrinkage'],
      ['groups', 0, 'speed'],
      ['groups', 0, 'atShiftEnd'],
      ['economics'],
      ['economics', 'userHourCost'],
      ['economics', 'userCalendar'],
      ['run', 'startDate'],
      ['classes', 0, 'serviceLevel', 'calendar'],
      ['classes', 1, 'usersAffected'],
      ['classes', 2, 'productivityLoss'],
      ['knowledgeBase'],
      ['surges'],
      ['arrivals', 'changes'],
    ];
    const timeValue = fc.oneof(
      strangeValue,
      fc.constantFrom(
        '08:00',
        '24:00',
        '25:00',
        '7:00',
        'mon',
        '2026-11-02',
        '2026-02-30',
        '+05:30',
        'office',
        'always',
        'edf',
        'cherry-pick',
        'hand-over',
        0.35,
        1.25,
      ),
      fc.constantFrom(
        [{ day: 'mon' }],
        [{ start: '22:00', end: '06:00', agents: 2 }],
        [{ at: '1d', class: 'P1', tickets: 40 }],
        [{ at: '1d', over: '2h', class: 'P9', tickets: 4 }],
        [{ from: '3d', factor: 1.5 }],
        { deflection: 0.3, handleTimeReduction: 0.2 },
        { deflection: 2 },
        { userHourCost: 50 },
      ),
    );
    const mutation = fc.record({
      path: fc.constantFrom(...officePaths),
      value: timeValue,
      remove: fc.boolean(),
    });
    const before = runs.accepted;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const scenario = structuredClone(office);
        for (const m of mutations) setAt(scenario, m.path, m.value, m.remove);
        const parsed = parseOrReject(scenario);
        if (parsed !== null) runBriefly(parsed);
      }),
      { numRuns: 300, seed: 99 },
    );
    expect(runs.accepted - before).toBeGreaterThan(20);
  });

  it('groups and routing broken are rejected clearly or run cleanly', () => {
    const tiered: Scenario = JSON.parse(
      readFileSync(new URL('../../../scenarios/tiered-service-desk.json', import.meta.url), 'utf8'),
    );
    const routingPaths: readonly (readonly (string | number)[])[] = [
      ['groups'],
      ['groups', 1],
      ['groups', 2, 'id'],
      ['groups', 3, 'discipline'],
      ['classes', 0, 'routing'],
      ['classes', 1, 'routing', 0, 'escalate'],
      ['classes', 1, 'routing', 0, 'escalate', 0, 'probability'],
      ['classes', 2, 'routing', 1, 'workTime'],
      ['classes', 2, 'entryGroup'],
      ['classes', 2, 'reopenProbability'],
    ];
    const routingValue = fc.oneof(
      strangeValue,
      fc.constantFrom(
        'desk',
        'network',
        'nowhere',
        0.99,
        1,
        [{ to: 'desk', probability: 1 }],
        [{ group: 'desk' }],
      ),
    );
    const mutation = fc.record({
      path: fc.constantFrom(...routingPaths),
      value: routingValue,
      remove: fc.boolean(),
    });
    const before = runs.accepted;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const scenario = structuredClone(tiered);
        for (const m of mutations) setAt(scenario, m.path, m.value, m.remove);
        const parsed = parseOrReject(scenario);
        if (parsed !== null) runBriefly(parsed);
      }),
      { numRuns: 200, seed: 77 },
    );
    expect(runs.accepted - before).toBeGreaterThan(20);
  });

  it('random well-formed scenarios with extreme parameters are rejected clearly or run cleanly', () => {
    const duration = fc.oneof(
      { arbitrary: fc.double({ min: 0, max: 1e4, noNaN: true }), weight: 4 },
      {
        arbitrary: fc.constantFrom('0s', '1s', '30m', '8h', '2d', '1w', 1e-9, 5e7, 1e9),
        weight: 1,
      },
    );
    const distribution = fc.oneof(
      fc.record({ kind: fc.constant('exponential'), mean: duration }),
      fc.record({ kind: fc.constant('deterministic'), value: duration }),
      fc.record({ kind: fc.constant('uniform'), min: duration, max: duration }),
      fc.record({
        kind: fc.constant('erlang'),
        mean: duration,
        k: fc.integer({ min: 1, max: 1000 }),
      }),
      fc.record({
        kind: fc.constantFrom('gamma', 'lognormal', 'weibull'),
        mean: duration,
        cv: fc.double({ min: 1e-4, max: 25, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant('empirical'),
        values: fc.array(duration, { minLength: 1, maxLength: 20 }),
      }),
    );
    const ticketClass = fc.record(
      {
        id: fc.constantFrom('A', 'B', 'C'),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        priority: fc.integer({ min: 1, max: 3 }),
        workTime: distribution,
        patience: distribution,
        serviceLevel: fc.record({
          targetTime: duration,
          attainment: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
      },
      { requiredKeys: ['id', 'share', 'workTime'] },
    );
    const scenario = fc.record({
      schemaVersion: fc.constant(1),
      name: fc.constant('random'),
      arrivals: fc.oneof(
        fc.record({
          kind: fc.constant('poisson'),
          ticketsPerHour: fc.double({ min: 1e-6, max: 1e7, noNaN: true }),
        }),
        fc.record({
          kind: fc.constant('hour-of-week'),
          ticketsPerWeek: fc.double({ min: 1e-3, max: 1e8, noNaN: true }),
          hourWeights: fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), {
            minLength: 168,
            maxLength: 168,
          }),
          dailyVolumeCv: fc.double({ min: 0, max: 2, noNaN: true }),
        }),
      ),
      classes: fc.array(ticketClass, { minLength: 1, maxLength: 3 }).map((classes) => {
        const total = classes.reduce((sum, c) => sum + c.share, 0);
        return classes.map((c, i) => ({
          ...c,
          id: `${c.id}${i}`,
          share: total > 0 ? c.share / total : 1 / classes.length,
        }));
      }),
      groups: fc.tuple(
        fc.record({
          id: fc.constant('g'),
          agents: fc.integer({ min: 1, max: 200 }),
          discipline: fc.constantFrom('fifo', 'priority'),
        }),
      ),
      run: fc.record({
        horizon: fc.constantFrom('1h', '1d', '1w', 1e-3),
        warmUp: fc.constantFrom('0s', '30m'),
      }),
    });
    const before = runs.accepted;
    fc.assert(
      fc.property(scenario, (input) => {
        const parsed = parseOrReject(input);
        if (parsed !== null) runBriefly(parsed);
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(runs.accepted - before).toBeGreaterThan(50);
  });
});
