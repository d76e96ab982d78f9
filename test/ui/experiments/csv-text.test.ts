import { describe, expect, it } from 'vitest';
import { compareCsvRows } from '../../../ui/experiments/compare-csv.ts';
import { csvText } from '../../../ui/experiments/csv-text.ts';
import { euroComparison } from './comparison-fixture.ts';

describe('csvText', () => {
  it('keeps a typed name from running as a spreadsheet formula', () => {
    expect(csvText([['=1+2'], ['+A1'], ['@SUM(A1:A2)'], ['-x'], ['\tname']])).toBe(
      "'=1+2\n'+A1\n'@SUM(A1:A2)\n'-x\n'\tname\n",
    );
  });

  it('leaves numbers, negative ones included, and ordinary text as they are', () => {
    expect(
      csvText([
        ['Option', 'Difference'],
        ['Two more', -1778],
        ['Base', 0.5],
        ['', ''],
      ]),
    ).toBe('Option,Difference\nTwo more,-1778\nBase,0.5\n,\n');
  });

  it('quotes a field with a quote or comma after escaping it', () => {
    expect(csvText([['=HYPERLINK("http://x")', 'a,b']])).toBe(
      '"\'=HYPERLINK(""http://x"")","a,b"\n',
    );
  });

  it('escapes a variant named like a formula in a comparison, and no difference', () => {
    const comparison = euroComparison();
    const [, twoMore] = comparison.options;
    if (twoMore === undefined) throw new Error('no variant');
    twoMore.name = '=cmd|calc';
    const text = csvText(compareCsvRows(comparison));
    expect(text).toContain(
      "Total cost a week,EUR,'=cmd|calc,50162,48162,52162,-1778,-2698,-858,yes,,\n",
    );
    expect(text).not.toMatch(/,'-\d/);
  });
});
