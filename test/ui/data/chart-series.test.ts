import { describe, expect, it } from 'vitest';
import { bandSeries, lineSeries } from '../../../ui/data/chart-series.ts';

describe('lineSeries', () => {
  it('draws a line without markers, dashed when asked', () => {
    expect(lineSeries('Model', [1, 2], '#e07b00', { dashed: true, width: 3 })).toEqual({
      name: 'Model',
      type: 'line',
      showSymbol: false,
      lineStyle: { width: 3, type: 'dashed', color: '#e07b00' },
      itemStyle: { color: '#e07b00' },
      data: [1, 2],
    });
  });
});

describe('bandSeries', () => {
  it("stacks the band's width (high − low) on an invisible lower line", () => {
    const [lower, band] = bandSeries('95 % interval', [1, 2.5], [3, 5], 'rgba(0,0,0,0.2)');
    expect(lower.data).toEqual([1, 2.5]);
    expect(band.data).toEqual([2, 2.5]);
    expect(lower.stack).toBe('95 % interval');
    expect(band.stack).toBe('95 % interval');
    expect(band.areaStyle).toEqual({ color: 'rgba(0,0,0,0.2)' });
    expect(lower.areaStyle).toBeUndefined();
  });
});
