import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Sweep, type TargetVerdict } from '../../../simulator/index.ts';
import { parameterLabel } from '../../../ui/experiments/parameter-label.ts';
import { pointWords, sweepAnswer } from '../../../ui/experiments/sweep-answer.ts';
import { sweepCsvRows, sweepLabels, sweepMarks } from '../../../ui/experiments/sweep-table.ts';
import { metrics } from './comparison-fixture.ts';

interface PointSpec {
  agents: number;
  p1: number;
  verdict: TargetVerdict;
  meets: boolean;
  confident: boolean;
  staff: number;
  lost: number;
}

function point(spec: PointSpec) {
  const overall = metrics({
    serviceLevel: [spec.p1 - 0.01, 0.01],
    timeInSystemP95Minutes: [300 - 30 * spec.agents, 10],
    openAtEnd: [20 - spec.agents, 1],
    occupancy: [2.4 / spec.agents, 0.01],
    staffCostPerWeek: [spec.staff, 10],
    lostProductivityCostPerWeek: [spec.lost, 500],
    totalCostPerWeek: [spec.staff + spec.lost, 500],
  });
  return {
    values: [spec.agents],
    result: {
      currency: 'EUR',
      overall,
      groups: [{ id: 'desk', name: 'Service desk' }],
      classes: [
        {
          id: 'P1',
          name: 'P1 critical',
          target: { targetMinutes: 15, attainment: 0.95, verdict: spec.verdict },
          metrics: metrics({ serviceLevel: [spec.p1, 0.02] }),
        },
      ],
    },
    curves: { totalCostPerWeek: overall.totalCostPerWeek, serviceLevel: overall.serviceLevel },
    meetsTargets: spec.meets,
    confident: spec.confident,
    cost: { value: spec.staff, unit: 'money' },
  };
}

/** Three headcounts of a desk: 4 is the cheapest meeting the P1 target (on the mean), 5 the cheapest in all. */
function deskSweep(): Sweep {
  return {
    seed: 1,
    replications: 10,
    parameters: [{ path: 'groups[desk].agents', values: [3, 4, 5] }],
    points: [
      point({
        agents: 3,
        p1: 0.9,
        verdict: 'missed',
        meets: false,
        confident: false,
        staff: 10_000,
        lost: 30_000,
      }),
      point({
        agents: 4,
        p1: 0.96,
        verdict: 'uncertain',
        meets: true,
        confident: false,
        staff: 12_000,
        lost: 20_000,
      }),
      point({
        agents: 5,
        p1: 0.99,
        verdict: 'met',
        meets: true,
        confident: true,
        staff: 14_000,
        lost: 17_000,
      }),
    ],
    costMinimising: 2,
    cheapestFeasible: 1,
  } as unknown as Sweep;
}

describe('sweepCsvRows', () => {
  const rows = sweepCsvRows(deskSweep());

  it('heads each column with its unit', () => {
    expect(rows[0]).toEqual([
      'Service desk headcount (agents)',
      'P1 critical service level (percent)',
      'All tickets service level (percent)',
      'Time to resolve p95 (minutes)',
      'Open at the end (tickets)',
      'Occupancy (percent)',
      'Staff cost a week (EUR)',
      'Lost productivity a week (EUR)',
      'Total cost a week (EUR)',
      'Meets every target',
      'Marked',
    ]);
  });

  it('writes one row per point with what the result marks there', () => {
    expect(rows.slice(1)).toEqual([
      [3, 90, 89, 210, 17, 80, 10000, 30000, 40000, 'no', ''],
      [4, 96, 95, 180, 16, 60, 12000, 20000, 32000, 'on the mean', 'Cheapest meeting every target'],
      [5, 99, 98, 150, 15, 48, 14000, 17000, 31000, 'yes', 'Lowest total cost'],
    ]);
  });

  it('puts both marks on one point when it is both', () => {
    expect(sweepMarks({ cheapestFeasible: 2, costMinimising: 2 }, 2)).toEqual([
      'Cheapest meeting every target',
      'Lowest total cost',
    ]);
    expect(sweepMarks({ cheapestFeasible: null, costMinimising: null }, 0)).toEqual([]);
  });
});

describe('sweepAnswer', () => {
  it('names the marked points the result gives, and warns at the end of the range', () => {
    expect(sweepAnswer(deskSweep())).toEqual([
      'The cheapest point that meets every service-level target: 4 agents on Service desk, with €12,000 a week of staff cost.',
      'It meets them on the mean, but too closely to be sure: run more replications before relying on it.',
      'The lowest total cost (staff cost plus users’ lost working time) is with 5 agents on Service desk: €31,000 a week.',
      'That is at an end of the range: widen the range to see whether the cost falls further.',
    ]);
  });

  it('says when no point meets every target', () => {
    const sweep = { ...deskSweep(), cheapestFeasible: null, costMinimising: 1 };
    expect(sweepAnswer(sweep)[0]).toBe(
      'No point of the range meets every service-level target: try higher values.',
    );
  });
});

describe('parameterLabel', () => {
  const names = {
    groups: [
      { id: 'desk', name: 'Service desk' },
      { id: 'l2.net', name: 'Network' },
    ],
    classes: [{ id: 'P1', name: 'P1 critical' }],
  };
  it('names headcounts, targets and the volume in plain words', () => {
    expect(parameterLabel('groups[desk].agents', names)).toEqual({
      name: 'Service desk headcount',
      subject: 'Service desk',
      unit: 'agents',
      kind: 'agents',
    });
    expect(parameterLabel('groups[desk].shifts[1].agents', names).name).toBe(
      'Service desk, shift 2 headcount',
    );
    expect(parameterLabel('groups[1].agents', names).name).toBe('Network headcount');
    expect(parameterLabel('groups["l2.net"].agents', names).name).toBe('Network headcount');
    expect(parameterLabel('classes[P1].serviceLevel.targetTime', names).name).toBe(
      'P1 critical target time',
    );
    expect(parameterLabel('classes[P1].serviceLevel.attainment', names).unit).toBe('%');
    expect(parameterLabel('arrivals.ticketsPerWeek', names)).toMatchObject({
      name: 'Ticket volume',
      unit: 'tickets a week',
    });
  });
  it('keeps any other path as it is', () => {
    expect(parameterLabel('groups[desk].shrinkage', names)).toEqual({
      name: 'groups[desk].shrinkage',
      subject: 'groups[desk].shrinkage',
      unit: '',
      kind: 'other',
    });
  });
});

describe('sweepLabels', () => {
  const url = new URL('../../../scenarios/office-hours-desk.json', import.meta.url);
  const officeHours = parseScenario(JSON.parse(readFileSync(url, 'utf8')));
  /** The desk sweep, run on the early shift of the office-hours desk and the ticket volume. */
  const shiftSweep = {
    ...deskSweep(),
    parameters: [
      { path: 'groups[desk].shifts[0].agents', values: [3, 4, 5] },
      { path: 'arrivals.ticketsPerWeek', values: [600] },
    ],
    points: deskSweep().points.map((p) => ({ ...p, values: [...p.values, 600] })),
  } as Sweep;

  it('names a shift by its number when the scenario is not known', () => {
    expect(sweepLabels(shiftSweep)[0]?.subject).toBe('Service desk, shift 1');
  });

  it('names a shift as the form does, by its name and hours, given the scenario', () => {
    const labels = sweepLabels(shiftSweep, officeHours);
    // The office-hours desk's first shift: "early", Monday to Friday, 07:30 to 16:00.
    expect(labels[0]).toEqual({
      name: 'Service desk, early (Mon–Fri 07:30–16:00) headcount',
      subject: 'Service desk, early (Mon–Fri 07:30–16:00)',
      unit: 'agents',
      kind: 'agents',
    });
    expect(labels[1]?.name).toBe('Ticket volume');
    expect(pointWords(shiftSweep, 0, labels)).toBe(
      '3 agents on Service desk, early (Mon–Fri 07:30–16:00) and ticket volume 600 tickets a week',
    );
    expect(sweepCsvRows(shiftSweep, labels)[0]?.[0]).toBe(
      'Service desk, early (Mon–Fri 07:30–16:00) headcount (agents)',
    );
  });
});
