import { describe, expect, it } from 'vitest';
import type { Backtest } from '../../../simulator/index.ts';
import { backtestOption, poissonRange, simulatedPerWeek } from '../../../ui/data/backtest-chart.ts';

describe('poissonRange', () => {
  it('gives the 2.5th and 97.5th percentiles of a Poisson count', () => {
    // Mean 10: P(X ≤ 3) = 0.0103, P(X ≤ 4) = 0.0293; P(X ≤ 16) = 0.9730, P(X ≤ 17) = 0.9857.
    expect(poissonRange(10)).toEqual({ low: 4, high: 17 });
    // Mean 2.5: P(X ≤ 0) = 0.0821 ≥ 0.025; P(X ≤ 5) = 0.9580, P(X ≤ 6) = 0.9858.
    expect(poissonRange(2.5)).toEqual({ low: 0, high: 6 });
  });

  it('is close to the normal approximation for a large mean', () => {
    // Mean 10,000: about 10,000 ± 1.96 × 100.
    const { low, high } = poissonRange(10_000);
    expect(low).toBeGreaterThanOrEqual(9801);
    expect(low).toBeLessThanOrEqual(9806);
    expect(high).toBeGreaterThanOrEqual(10_195);
    expect(high).toBeLessThanOrEqual(10_200);
  });

  it('is 0 to 0 for no volume', () => {
    expect(poissonRange(0)).toEqual({ low: 0, high: 0 });
  });
});

const backtest = {
  testWeeks: 2,
  plannedTicketsPerWeek: 10.5,
  weekly: [
    { weekStart: '2024-05-06', actual: 9 },
    { weekStart: '2024-05-13', actual: 12 },
  ],
  figures: [
    {
      name: 'Tickets in the held-out weeks',
      unit: 'tickets',
      actual: 21,
      simulated: { mean: 20, low: 18, high: 22, halfWidth: 2, n: 20 },
      relativeError: -0.0476,
    },
  ],
} as unknown as Backtest;

describe('simulatedPerWeek', () => {
  it('is the simulated total of the held-out weeks over their number, else the plan', () => {
    expect(simulatedPerWeek(backtest)).toBe(10);
    expect(simulatedPerWeek({ ...backtest, figures: [] })).toBe(10.5);
  });
});

describe('backtestOption', () => {
  it('draws the actual weeks as bars, the simulated mean and the Poisson range at it', () => {
    const option = backtestOption(backtest) as {
      series: { name: string; data: number[]; markArea?: { data: unknown } }[];
    };
    const byName = Object.fromEntries(option.series.map((s) => [s.name, s]));
    expect(byName.Actual?.data).toEqual([9, 12]);
    expect(byName['Simulated (mean a week)']?.data).toEqual([10, 10]);
    // The range at mean 10 is 4 to 17, drawn as a band across the chart.
    expect(byName['95 % of weeks by chance (Poisson)']?.markArea?.data).toEqual([
      [{ yAxis: 4 }, { yAxis: 17 }],
    ]);
  });
});
