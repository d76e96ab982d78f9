import { describe, expect, it } from 'vitest';
import { coverage, coverageOption } from '../../../ui/results/coverage.ts';

describe('coverage of an hour', () => {
  it('is under, ok or over as workforce tools colour it', () => {
    expect(coverage(6, 4)).toBe('under');
    expect(coverage(6, 5.5)).toBe('under');
    expect(coverage(6, 6)).toBe('ok');
    expect(coverage(6, 7)).toBe('ok'); // one spare agent is not overstaffing
    expect(coverage(10, 12)).toBe('ok'); // two spare, but only a fifth above the need
    expect(coverage(10, 13)).toBe('over');
    expect(coverage(0, 2)).toBe('over');
    expect(coverage(0, 0)).toBe('none');
  });

  it('puts hour h of the week at (h mod 24, day) with both numbers for the tooltip', () => {
    const requiredAgents = Array.from({ length: 168 }, (_, h) => (h === 33 ? 5 : 0));
    const scheduledAgents = Array.from({ length: 168 }, (_, h) => (h === 33 ? 3 : 0));
    const option = coverageOption({ groupId: 'desk', requiredAgents, scheduledAgents });
    const cells = (option.series as { data: unknown[][] }[])[0]?.data ?? [];
    expect(cells).toHaveLength(168);
    // Hour 33 is Tuesday 09:00: 5 needed, 3 scheduled, under (−1).
    expect(cells[33]).toEqual([9, 1, -1, 5, 3]);
    expect(cells[0]).toEqual([0, 0, '-', 0, 0]);
  });
});
