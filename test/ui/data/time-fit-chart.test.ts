import { describe, expect, it } from 'vitest';
import type { DurationFit } from '../../../simulator/index.ts';
import { logHistogram, timeFitOption, timeTicks } from '../../../ui/data/time-fit-chart.ts';

describe('logHistogram', () => {
  it('counts each quantile as 1/total of the tickets, in bins aligned on powers of ten', () => {
    expect(logHistogram([1, 2, 20, 30], 4, 1)).toEqual([
      { fromMinutes: 1, toMinutes: 10, share: 0.5 },
      { fromMinutes: 10, toMinutes: 100, share: 0.5 },
    ]);
  });

  it('puts a quantile on a bin edge in the bin that starts there, and keeps empty bins', () => {
    // Quarter-decade edges: 1, 1.778, 3.162, 5.623, 10 minutes.
    const bins = logHistogram([1, 1.5, 10], 10, 4);
    expect(bins.map((b) => b.share)).toEqual([0.2, 0, 0, 0, 0.1]);
    expect(bins[1]?.fromMinutes).toBeCloseTo(1.7782794, 6);
    expect(bins[4]?.fromMinutes).toBeCloseTo(10, 9);
  });

  it('leaves out quantiles the estimate does not reach: shares then add up to less than 1', () => {
    const bins = logHistogram([5, 50], 200, 4);
    expect(bins.reduce((s, b) => s + b.share, 0)).toBeCloseTo(0.01, 12);
  });

  it('is empty for no usable quantile', () => {
    expect(logHistogram([])).toEqual([]);
    expect(logHistogram([0, -1])).toEqual([]);
  });
});

describe('timeTicks', () => {
  it('marks the readable durations within the range, at their log10 position', () => {
    const ticks = timeTicks(5, 2000);
    expect(ticks.map((t) => t.label)).toEqual(['10 min', '1 h', '8 h', '1 day']);
    expect(ticks[0]?.at).toBe(1);
    expect(ticks[1]?.at).toBeCloseTo(Math.log10(60), 12);
  });
});

/** The exact quantiles of an exponential distribution of mean `mean` at (i + ½)/200. */
function exponentialQuantiles(mean: number): number[] {
  return Array.from({ length: 200 }, (_, i) => -mean * Math.log(1 - (i + 0.5) / 200));
}

describe('timeFitOption', () => {
  const mean = 120;
  const fit = {
    count: 500,
    censored: 0,
    zeros: 0,
    median: mean * Math.LN2,
    p90: mean * Math.log(10),
    quantiles: exponentialQuantiles(mean),
    fits: [
      { family: 'exponential', parameters: { rate: 1 / mean }, aic: 100, ks: 0.01, mean, cv: 1 },
      { family: 'lognormal', parameters: { mu: 4, sigma: 1 }, aic: 130, ks: 0.08, mean, cv: 1.3 },
    ],
    best: { family: 'exponential', parameters: { rate: 1 / mean }, aic: 100 },
  } as unknown as DurationFit;
  const option = timeFitOption(fit) as { series: { name: string; data: [number, number][] }[] };

  it('draws the histogram as a closed step outline whose steps add up to 100 %', () => {
    const data = option.series[0]?.data ?? [];
    expect(data[0]?.[1]).toBe(0);
    expect(data[data.length - 1]?.[1]).toBe(0);
    // Every step but the closing ones is a bin: its height, in percent.
    const heights = data.slice(1, -2).map((p) => p[1]);
    expect(heights.reduce((s, h) => s + h, 0)).toBeCloseTo(100, 9);
  });

  it('draws the best family over the data: where the histogram is smooth, the curve matches it', () => {
    const curve = option.series[1];
    expect(curve?.name).toBe('Exponential (best fit)');
    // Exponential, mean 120 min: the share in the quarter decade [10^2, 10^2.25) minutes is
    // e^(−100/120) − e^(−177.8/120) = 0.4346 − 0.2273 = 0.2073; the curve at the bin's middle
    // (10^2.125 = 133.4 min) gives f(t)·t·ln10/4 = e^(−1.112)·1.112·0.5756 = 0.2105.
    const point = curve?.data.reduce((best, p) =>
      Math.abs(p[0] - 2.125) < Math.abs(best[0] - 2.125) ? p : best,
    );
    expect(point?.[1]).toBeGreaterThan(20.5);
    expect(point?.[1]).toBeLessThan(21.5);
    // The data's bar: the quantiles at (i + ½)/200 with CDF in [0.5654, 0.7727), i = 113…154:
    // 42 of 200, 21 %.
    const bars = option.series[0]?.data ?? [];
    const bin = bars.find((p) => Math.abs(p[0] - 2) < 1e-9 && p[1] > 0);
    expect(bin?.[1]).toBeCloseTo(21, 9);
  });
});
