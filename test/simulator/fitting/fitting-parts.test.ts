import { describe, expect, it } from 'vitest';
import {
  type DurationObservation,
  fitDurations,
  forecastVolume,
  isSimulatorError,
  kaplanMeier,
  kolmogorovPValue,
  nelderMead,
  uniformKsDistance,
} from '../../../simulator/index.ts';

describe('Nelder–Mead', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    const { point, value } = nelderMead(
      ([x, y]) => 100 * ((y as number) - (x as number) ** 2) ** 2 + (1 - (x as number)) ** 2,
      [-1.2, 1],
      { tolerance: 1e-16, maxIterations: 5000 },
    );
    expect(point[0]).toBeCloseTo(1, 4);
    expect(point[1]).toBeCloseTo(1, 4);
    expect(value).toBeLessThan(1e-8);
  });
});

describe('Kolmogorov–Smirnov', () => {
  it('gives the tabulated asymptotic critical values', () => {
    // Critical values of √n·D: 1.358 at 5 %, 1.628 at 1 % (Smirnov 1948, asymptotic).
    const n = 100_000;
    expect(kolmogorovPValue(1.358 / Math.sqrt(n), n)).toBeCloseTo(0.05, 3);
    expect(kolmogorovPValue(1.628 / Math.sqrt(n), n)).toBeCloseTo(0.01, 3);
    expect(kolmogorovPValue(0, 10)).toBe(1);
  });

  it('measures the distance of a sample from the uniform', () => {
    expect(uniformKsDistance([0.5])).toBe(0.5);
    expect(uniformKsDistance([0.125, 0.375, 0.625, 0.875])).toBeCloseTo(0.125, 12);
  });
});

describe('Kaplan–Meier', () => {
  it('matches a hand computation with censoring', () => {
    // Times 1, 2+, 3, 3, 4+: S(1) = 4/5, S(3) = 4/5 × (1 − 2/3) = 4/15.
    const steps = kaplanMeier([
      { t: 1, censored: false },
      { t: 2, censored: true },
      { t: 3, censored: false },
      { t: 3, censored: false },
      { t: 4, censored: true },
    ]);
    expect(steps.map((s) => [s.t, s.after])).toEqual([
      [1, expect.closeTo(1 / 5, 12)],
      [3, expect.closeTo(11 / 15, 12)],
    ]);
  });
});

describe('fitting durations', () => {
  it('gives the exponential its closed form: events over total time, censored time included', () => {
    const data: DurationObservation[] = [
      ...Array.from({ length: 20 }, (_, i) => ({ minutes: 5 + i, censored: false })),
      { minutes: 100, censored: true },
    ];
    const exponential = fitDurations(data, 'test').fits.find((f) => f.family === 'exponential');
    const total = data.reduce((s, d) => s + d.minutes, 0);
    expect(exponential?.parameters.rate).toBeCloseTo(20 / total, 12);
    // Fisher information of the rate is d/λ²: its standard error λ/√d.
    expect(exponential?.standardErrors?.rate).toBeCloseTo(20 / total / Math.sqrt(20), 6);
  });

  it('refuses too few completed durations and bad values, naming them', () => {
    const few = Array.from({ length: 9 }, () => ({ minutes: 1, censored: false }));
    expect(() => fitDurations(few, 'time to resolve (priority P1)')).toThrow(
      /time to resolve \(priority P1\): got 9, expected at least 10 completed durations/,
    );
    const error = (() => {
      try {
        fitDurations([{ minutes: -1, censored: false }], 'work');
      } catch (e) {
        return e;
      }
    })();
    expect(isSimulatorError(error)).toBe(true);
  });
});

describe('volume forecast', () => {
  const days = (counts: (week: number, weekday: number) => number, weeks: number) =>
    Array.from({ length: weeks * 7 }, (_, i) => ({
      date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
      weekday: (i % 7) + 1,
      count: counts(Math.floor(i / 7), i % 7),
    }));

  it('forecasts a repeating week exactly, with no error in the backtest', () => {
    const forecast = forecastVolume(
      days((_, d) => (d < 5 ? 10 + d : 1), 20),
      3,
    );
    expect(forecast.scores.every((s) => s.mae === 0)).toBe(true);
    expect(forecast.weeks.map((w) => w.volume)).toEqual([62, 62, 62]);
    expect(forecast.weeks[0]?.weekStart).toBe('2024-05-20');
  });

  it('follows a linear trend with the trend-and-weekday model', () => {
    // 2 more tickets a week every week, each weekday the same share: only the regression keeps up.
    const forecast = forecastVolume(
      days((w, d) => (d < 5 ? 20 + (2 * w) / 5 : 0), 30),
      2,
    );
    expect(forecast.method).toBe('trend-weekday');
    expect(forecast.weeks[0]?.volume).toBeCloseTo(100 + 2 * 30, 6);
    expect(forecast.weeks[1]?.volume).toBeCloseTo(100 + 2 * 31, 6);
  });

  it('needs ten whole weeks', () => {
    expect(() =>
      forecastVolume(
        days(() => 1, 9),
        4,
      ),
    ).toThrow(/at least 10 whole weeks/);
  });
});
