import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../../simulator/index.ts';
import { describeChange, readPath, variantName } from '../../../ui/experiments/describe-change.ts';
import { leverInputText, parseLeverValue } from '../../../ui/experiments/lever-value.ts';
import { scenarioLevers } from '../../../ui/experiments/scenario-levers.ts';

function example(name: string): Scenario {
  const url = new URL(`../../../scenarios/${name}.json`, import.meta.url);
  return parseScenario(JSON.parse(readFileSync(url, 'utf8')));
}

describe('describeChange', () => {
  const tiered = example('tiered-service-desk');
  const levers = scenarioLevers(tiered);
  const words = (path: string, value: unknown) => describeChange(levers, tiered, { path, value });

  it('says a headcount change as "group: before → after agents"', () => {
    expect(words('groups[desk].shifts[0].agents', 6)).toBe(
      'Service desk, Mon–Fri 07:30–16:00: 4 → 6 agents',
    );
    expect(words('groups[network].shifts[0].agents', 1)).toBe(
      'Network, Mon–Fri 08:00–17:00: 3 → 1 agent',
    );
    const small = example('small-service-desk');
    expect(
      describeChange(scenarioLevers(small), small, { path: 'groups[desk].agents', value: 10 }),
    ).toBe('Service desk: 4 → 10 agents');
  });

  it('says a target time in the unit a person reads, both sides', () => {
    expect(words('classes[P3].serviceLevel.targetTime', '2h')).toBe('P3 normal target: 4 h → 2 h');
    // 15 minutes to 90 seconds: under 2 minutes reads in seconds.
    expect(words('classes[P1].serviceLevel.targetTime', 1.5)).toBe(
      'P1 critical target: 15 min → 90 s',
    );
  });

  it('says an attainment in percent and a volume with its unit', () => {
    expect(words('classes[P2].serviceLevel.attainment', 0.95)).toBe(
      'P2 high share on time: 90 % → 95 %',
    );
    expect(words('arrivals.ticketsPerWeek', 700)).toBe('Ticket volume: 600 → 700 tickets a week');
  });

  it('falls back on the path and JSON values for any other field', () => {
    expect(words('groups[desk].costPerAgentHour', 45)).toBe(
      'groups[desk].costPerAgentHour: 42 → 45',
    );
    expect(words('groups[desk].speed', 1.25)).toBe('groups[desk].speed set to 1.25');
    expect(words('groups[desk].projectWork', { policy: 'interrupt' })).toBe(
      'groups[desk].projectWork set to {"policy":"interrupt"}',
    );
  });
});

describe('readPath', () => {
  const root = {
    groups: [
      { id: 'desk', agents: 4 },
      { id: 'l1.x', agents: 2 },
    ],
    run: { seed: 7 },
  };
  it('follows fields, indexes, bare and quoted ids', () => {
    expect(readPath(root, 'run.seed')).toBe(7);
    expect(readPath(root, 'groups[1].agents')).toBe(2);
    expect(readPath(root, 'groups[desk].agents')).toBe(4);
    expect(readPath(root, 'groups["l1.x"].agents')).toBe(2);
  });
  it('is undefined where the path leads nowhere', () => {
    expect(readPath(root, 'groups[nope].agents')).toBeUndefined();
    expect(readPath(root, 'run.seed.x')).toBeUndefined();
    expect(readPath(root, 'constructor')).toBeUndefined();
  });
});

describe('lever values typed by a person', () => {
  const agents = { kind: 'agents' as const, min: 1, path: 'groups[desk].agents' };
  it('reads agents as whole numbers from the least allowed', () => {
    expect(parseLeverValue(agents, ' 7 ')).toEqual({ value: 7 });
    expect(parseLeverValue(agents, '0')).toEqual({
      error: 'a whole number of agents from 1 to 100000',
    });
    expect(parseLeverValue(agents, '2.5')).toHaveProperty('error');
    expect(parseLeverValue({ ...agents, min: 0 }, '0')).toEqual({ value: 0 });
  });
  it('reads an attainment in percent and sends a fraction', () => {
    const lever = { kind: 'attainment' as const, min: 0, path: '' };
    expect(parseLeverValue(lever, '95')).toEqual({ value: 0.95 });
    expect(parseLeverValue(lever, '87.5')).toEqual({ value: 0.875 });
    expect(parseLeverValue(lever, '101')).toEqual({ error: 'a percentage from 0 to 100' });
    expect(leverInputText({ kind: 'attainment', current: 0.85 })).toBe('85');
  });
  it('reads a target time as a duration, a plain number as minutes', () => {
    const lever = { kind: 'target-time' as const, min: 0, path: '' };
    expect(parseLeverValue(lever, '2h')).toEqual({ value: '2h' });
    expect(parseLeverValue(lever, '90')).toEqual({ value: 90 });
    expect(parseLeverValue(lever, 'soon')).toHaveProperty('error');
  });
  it('reads a volume above 0', () => {
    const lever = { kind: 'volume' as const, min: 0, path: 'arrivals.ticketsPerHour' };
    expect(parseLeverValue(lever, '54.5')).toEqual({ value: 54.5 });
    expect(parseLeverValue(lever, '0')).toEqual({ error: 'a number of tickets an hour above 0' });
  });
});

describe('variantName', () => {
  it('names a variant after its first change', () => {
    expect(variantName([])).toBe('');
    expect(variantName(['Service desk: 4 → 5 agents'])).toBe('Service desk: 4 → 5 agents');
    expect(variantName(['a', 'b', 'c'])).toBe('a (+2 more)');
  });
});
