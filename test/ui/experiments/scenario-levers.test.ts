import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyVariant, parseScenario, type Scenario } from '../../../simulator/index.ts';
import { dayRange, itemPath, scenarioLevers } from '../../../ui/experiments/scenario-levers.ts';

function example(name: string): Scenario {
  const url = new URL(`../../../scenarios/${name}.json`, import.meta.url);
  return parseScenario(JSON.parse(readFileSync(url, 'utf8')));
}

describe('scenarioLevers', () => {
  it('offers each shift of the tiered desk, each target and the weekly volume, in plain words', () => {
    // scenarios/tiered-service-desk.json: the desk on two weekday shifts (4 early, 3 late), three
    // resolver groups on one 08:00–17:00 shift each (5, 3, 4), targets 15m/95 %, 1h/90 %, 4h/85 %.
    const levers = scenarioLevers(example('tiered-service-desk'));
    const seen = levers.map(({ path, subject, current, min }) => ({ path, subject, current, min }));
    expect(seen).toEqual([
      {
        path: 'groups[desk].shifts[0].agents',
        subject: 'Service desk, Mon–Fri 07:30–16:00',
        current: 4,
        min: 0,
      },
      {
        path: 'groups[desk].shifts[1].agents',
        subject: 'Service desk, Mon–Fri 10:00–18:30',
        current: 3,
        min: 0,
      },
      {
        path: 'groups[desktop].shifts[0].agents',
        subject: 'Desktop support, Mon–Fri 08:00–17:00',
        current: 5,
        min: 0,
      },
      {
        path: 'groups[network].shifts[0].agents',
        subject: 'Network, Mon–Fri 08:00–17:00',
        current: 3,
        min: 0,
      },
      {
        path: 'groups[applications].shifts[0].agents',
        subject: 'Applications, Mon–Fri 08:00–17:00',
        current: 4,
        min: 0,
      },
      {
        path: 'classes[P1].serviceLevel.targetTime',
        subject: 'P1 critical target',
        current: '15m',
        min: 0,
      },
      {
        path: 'classes[P1].serviceLevel.attainment',
        subject: 'P1 critical share on time',
        current: 0.95,
        min: 0,
      },
      {
        path: 'classes[P2].serviceLevel.targetTime',
        subject: 'P2 high target',
        current: '1h',
        min: 0,
      },
      {
        path: 'classes[P2].serviceLevel.attainment',
        subject: 'P2 high share on time',
        current: 0.9,
        min: 0,
      },
      {
        path: 'classes[P3].serviceLevel.targetTime',
        subject: 'P3 normal target',
        current: '4h',
        min: 0,
      },
      {
        path: 'classes[P3].serviceLevel.attainment',
        subject: 'P3 normal share on time',
        current: 0.85,
        min: 0,
      },
      { path: 'arrivals.ticketsPerWeek', subject: 'Ticket volume', current: 600, min: 0 },
    ]);
    expect(levers.map((l) => l.section)).toEqual([
      ...Array(5).fill('Headcount'),
      ...Array(6).fill('Service-level targets'),
      'Ticket volume',
    ]);
  });

  it('offers a fixed headcount, at least one agent, where a group has no shifts', () => {
    const [desk] = scenarioLevers(example('small-service-desk'));
    expect(desk).toEqual({
      path: 'groups[desk].agents',
      kind: 'agents',
      section: 'Headcount',
      subject: 'Service desk',
      current: 4,
      min: 1,
    });
  });

  it('gives paths the simulator applies: setting each lever to a new value changes that field only', () => {
    const base = example('tiered-service-desk');
    const changed = applyVariant(base, {
      name: 'all levers',
      changes: [
        { path: 'groups[network].shifts[0].agents', value: 6 },
        { path: 'classes[P2].serviceLevel.targetTime', value: '30m' },
        { path: 'classes[P3].serviceLevel.attainment', value: 0.8 },
        { path: 'arrivals.ticketsPerWeek', value: 700 },
      ],
    });
    expect(changed.groups[2]?.shifts?.[0]?.agents).toBe(6);
    expect(changed.classes[1]?.serviceLevel?.targetTime).toBe('30m');
    expect(changed.classes[2]?.serviceLevel?.attainment).toBe(0.8);
    expect(changed.arrivals.kind === 'hour-of-week' && changed.arrivals.ticketsPerWeek).toBe(700);
    for (const lever of scenarioLevers(base)) {
      expect(() =>
        applyVariant(base, {
          name: lever.path,
          changes: [{ path: lever.path, value: lever.current }],
        }),
      ).not.toThrow();
    }
  });

  it('uses ticketsPerHour for Poisson arrivals', () => {
    const levers = scenarioLevers(example('validation-erlang-c'));
    expect(levers.at(-1)).toMatchObject({ path: 'arrivals.ticketsPerHour', current: 54 });
  });
});

describe('dayRange and itemPath', () => {
  it('writes days as a person does', () => {
    expect(dayRange(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('Mon–Fri');
    expect(dayRange(['sun', 'sat', 'fri', 'thu', 'wed', 'tue', 'mon'])).toBe('every day');
    expect(dayRange(['sat', 'sun'])).toBe('Sat, Sun');
    expect(dayRange(['mon', 'wed', 'fri'])).toBe('Mon, Wed, Fri');
    expect(dayRange(['wed'])).toBe('Wed');
  });

  it('quotes ids that would read as an index or a path', () => {
    expect(itemPath('groups', 'desk', 'agents')).toBe('groups[desk].agents');
    expect(itemPath('groups', '12', 'agents')).toBe('groups["12"].agents');
    expect(itemPath('classes', 'p.1', 'serviceLevel.targetTime')).toBe(
      'classes["p.1"].serviceLevel.targetTime',
    );
  });
});
