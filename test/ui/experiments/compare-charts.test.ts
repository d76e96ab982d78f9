import { describe, expect, it } from 'vitest';
import { compareCostOption, compareServiceOption } from '../../../ui/experiments/compare-charts.ts';
import { euroComparison } from './comparison-fixture.ts';

/** A media band of a chart option: its query and option. */
interface Band {
  query: Record<string, number>;
  option: Record<string, unknown>;
}

/** One media band, by position in the list. */
function band(option: Record<string, unknown> | null, k: number): Band {
  const found = (option?.media as Band[] | undefined)?.[k];
  if (found === undefined) throw new Error(`no media band ${k}`);
  return found;
}

/** The series options a band sets. */
function bandSeries(option: Record<string, unknown> | null, k: number) {
  return band(option, k).option.series as {
    symbolSize?: number[];
    label?: { formatter?: unknown };
  }[];
}

describe('compareServiceOption', () => {
  const option = compareServiceOption(euroComparison());

  it('labels every class with a target, none skipped', () => {
    expect(option?.xAxis).toMatchObject({
      type: 'category',
      data: ['P1 critical', 'P2 high'],
      axisLabel: { interval: 0, hideOverlap: false },
    });
  });

  it('draws the target tick as wide as a class’s bars, at most 70 px', () => {
    // Widest band (1300 px): (1300 − 80 − 24) / 2 = 598 px a class, so the 70 px cap.
    expect(band(option, 30).query).toEqual({ minWidth: 1300 });
    expect(bandSeries(option, 30)[3]?.symbolSize).toEqual([70, 4]);
    // Narrowest short band (320 px, legend beside): "Two more at the desk" is 121 px at 11 px,
    // so the plot ends 24 + 121 + 34 = 179 px from the right; (320 − 80 − 179) / 2 = 30.5 px a
    // class, and the tick 0.8 of it, 24 px.
    expect(band(option, 1).query).toEqual({ minWidth: 0, maxHeight: 330 });
    expect(bandSeries(option, 1)[3]?.symbolSize).toEqual([24, 4]);
    expect(band(option, 1).option.legend).toMatchObject({ orient: 'vertical' });
  });
});

describe('compareCostOption', () => {
  const option = compareCostOption(euroComparison());
  const totalLabel = (k: number) =>
    bandSeries(option, k)[1]?.label?.formatter as (p: { dataIndex: number }) => string;

  it('writes each option’s name under its bar, none skipped', () => {
    expect(option?.xAxis).toMatchObject({
      data: ['Today', 'Two more at the desk', 'Cheaper desk'],
      axisLabel: { interval: 0 },
    });
  });

  it('breaks a total after "Total" when it is wider than its option’s room', () => {
    // Today: €13,440 of staff and €38,500 of lost time, €51,940 in all. At 320 px each option
    // has (320 − 114) / 3 = 69 px, less than "Total €51,940" (13 × 7.7 × 1.1 = 110 px).
    expect(totalLabel(0)({ dataIndex: 0 })).toBe('Total\n€51,940');
    // At 1300 px it has 395 px: one line.
    expect(totalLabel(30)({ dataIndex: 0 })).toBe('Total €51,940');
  });

  it('writes the totals smaller when even the amount is wider than its option’s room', () => {
    const size = (k: number) =>
      (bandSeries(option, k)[1]?.label as { fontSize?: number } | undefined)?.fontSize;
    // "€51,940" is 7 × 7.7 × 1.1 = 59.3 px; with 10 px to spare, 69.3 px: more than the
    // 68.7 px an option has at 320 px, so 12 px type; at 400 px it has 95.3 px, 14 px type
    // (still two lines: "Total €51,940" is 110 px).
    expect(size(0)).toBe(12);
    expect(band(option, 4).query).toEqual({ minWidth: 400 });
    expect(size(4)).toBe(14);
    expect(totalLabel(4)({ dataIndex: 0 })).toBe('Total\n€51,940');
  });
});
