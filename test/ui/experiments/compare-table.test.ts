import { describe, expect, it } from 'vitest';
import { compareCell } from '../../../ui/experiments/compare-cells.ts';
import { COMPARE_CSV_HEADER, compareCsvRows } from '../../../ui/experiments/compare-csv.ts';
import { compareLines } from '../../../ui/experiments/compare-lines.ts';
import { excludesZero, formatDifference } from '../../../ui/experiments/difference-format.ts';
import { euroComparison, summary } from './comparison-fixture.ts';

describe('formatDifference and excludesZero', () => {
  it('signs a difference and its bounds, in percentage points for fractions', () => {
    expect(formatDifference(summary(-0.025, 0.015), 'fraction')).toBe(
      '−2.5 pts (−4.0 pts to −1.0 pts)',
    );
    expect(formatDifference(summary(0.08, 0.02), 'fraction')).toBe(
      '+8.0 pts (+6.0 pts to +10.0 pts)',
    );
  });

  it('writes durations in the unit of the widest bound', () => {
    // −198 ± 20 min: bounds −218 and −178 min, read in hours (218 / 60 = 3.63).
    expect(formatDifference(summary(-198, 20), 'minutes')).toBe('−3.3 h (−3.63 h to −2.97 h)');
  });

  it('writes money with its currency, and an exact difference alone', () => {
    expect(formatDifference(summary(-1778, 920), 'money', 'EUR')).toBe(
      '−€1,778 (−€2,698 to −€858)',
    );
    expect(formatDifference(summary(168, 0), 'hours')).toBe('+168 h');
    // Agent-hours differ by the same amount in every replication, up to rounding noise.
    expect(formatDifference(summary(-168, 1e-13), 'hours')).toBe('−168 h');
    expect(formatDifference(summary(0, 0), 'count')).toBe('0');
  });

  it('marks an interval that leaves out 0, never one of a single replication', () => {
    expect(excludesZero(summary(-2, 1))).toBe(true);
    expect(excludesZero(summary(-2, 3))).toBe(false);
    expect(excludesZero(summary(168, 0))).toBe(true);
    expect(excludesZero({ mean: 5, low: 5, high: 5, halfWidth: null, n: 1 })).toBe(false);
    expect(excludesZero(null)).toBe(false);
  });
});

describe('compareLines and compareCell', () => {
  const comparison = euroComparison();
  const lines = compareLines(comparison);

  it('lists each class with a target, then the overall measures the result has', () => {
    // The fixture has no ASA… for the variants, but the base has it: a line any option has is kept.
    expect(lines.map((l) => l.key)).toEqual([
      'serviceLevel:P1',
      'serviceLevel:P2',
      'serviceLevel',
      'timeInSystemP95Minutes',
      'asaMinutes',
      'openAtEnd',
      'occupancy',
      'agentHoursPerWeek',
      'staffCostPerWeek',
      'lostUserHoursPerWeek',
      'lostProductivityCostPerWeek',
      'totalCostPerWeek',
    ]);
  });

  it('shows the verdict of each option and the difference the result carries', () => {
    const p2 = lines[1];
    if (p2 === undefined) throw new Error('no P2 line');
    expect(compareCell(p2, 0, 'EUR')).toEqual({
      value: '85.0 %',
      verdict: 'missed',
      targetNote: null,
      difference: null,
      significant: false,
    });
    expect(compareCell(p2, 1, 'EUR')).toEqual({
      value: '93.0 %',
      verdict: 'met',
      targetNote: null,
      difference: '+8.0 pts (+6.0 pts to +10.0 pts)',
      significant: true,
    });
  });

  it('notes a target the variant changed', () => {
    const p1 = lines[0];
    if (p1 === undefined) throw new Error('no P1 line');
    expect(compareCell(p1, 2, 'EUR').targetNote).toBe('target 95 % within 30 min');
  });

  it('writes the durations of a row in the unit of the base', () => {
    const p95 = lines.find((l) => l.key === 'timeInSystemP95Minutes');
    if (p95 === undefined) throw new Error('no p95 line');
    // 186 min beside a base of 384 min (6.4 h): 3.1 h, not "186 min".
    expect(compareCell(p95, 1, 'EUR').value).toBe('3.1 h');
  });
});

describe('compareCsvRows', () => {
  const rows = compareCsvRows(euroComparison());

  it('starts with the header, then one row per line and option', () => {
    expect(rows[0]).toEqual([...COMPARE_CSV_HEADER]);
    expect(rows.length).toBe(1 + 12 * 3);
  });

  it('writes service levels in percent, with target and verdict, differences for variants only', () => {
    expect(rows[4]).toEqual([
      'P2 high: service level',
      'percent',
      'Today',
      85,
      83,
      87,
      '',
      '',
      '',
      '',
      '90 % within 60 min',
      'missed',
    ]);
    expect(rows[5]).toEqual([
      'P2 high: service level',
      'percent',
      'Two more at the desk',
      93,
      92,
      94,
      8,
      6,
      10,
      'yes',
      '90 % within 60 min',
      'met',
    ]);
  });

  it('writes money in the currency, and says whether a difference excludes 0', () => {
    const total = rows.filter((r) => r[0] === 'Total cost a week');
    expect(total).toEqual([
      ['Total cost a week', 'EUR', 'Today', 51940, 49940, 53940, '', '', '', '', '', ''],
      [
        'Total cost a week',
        'EUR',
        'Two more at the desk',
        50162,
        48162,
        52162,
        -1778,
        -2698,
        -858,
        'yes',
        '',
        '',
      ],
      [
        'Total cost a week',
        'EUR',
        'Cheaper desk',
        50440,
        48440,
        52440,
        -1500,
        -2500,
        -500,
        'yes',
        '',
        '',
      ],
    ]);
    const asa = rows.filter((r) => r[0] === 'ASA (average wait)');
    // Missing for the variants: empty cells, and no verdict on the difference.
    expect(asa[1]).toEqual([
      'ASA (average wait)',
      'minutes',
      'Two more at the desk',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});
