import { describe, expect, it } from 'vitest';
import type { ArrivalAnalysis } from '../../../simulator/index.ts';
import {
  addDays,
  dailyOption,
  hourOfWeekLabel,
  hourOfWeekOption,
  modelRates,
  trendPoints,
} from '../../../ui/data/arrival-charts.ts';

describe('hourOfWeekLabel', () => {
  it('counts from Monday 00:00', () => {
    expect(hourOfWeekLabel(0)).toBe('Mon 00:00');
    expect(hourOfWeekLabel(33)).toBe('Tue 09:00');
    expect(hourOfWeekLabel(167)).toBe('Sun 23:00');
  });
});

describe('modelRates', () => {
  it('scales the profile to the volume planned for', () => {
    expect(modelRates([1, 3], 20, 10)).toEqual([0.5, 1.5]);
    expect(modelRates([1, 3], 0, 10)).toEqual([0, 0]);
  });
});

describe('addDays', () => {
  it('moves in the calendar across month ends and leap days', () => {
    expect(addDays('2024-02-27', 3)).toBe('2024-03-01');
    expect(addDays('2023-02-27', 3)).toBe('2023-03-02');
    expect(addDays('2024-03-31', 3)).toBe('2024-04-03');
  });
});

describe('trendPoints', () => {
  it('draws the least-squares line through the mean with the given slope, per day', () => {
    // Counts 7, 21, 14, 28: mean 17.5 at week 1.5; with slope 5 the line is 10 at week 0 and
    // 25 at week 3, that is 10/7 and 25/7 tickets a day.
    const weekly = [7, 21, 14, 28].map((count, i) => ({
      weekStart: addDays('2024-01-01', 7 * i),
      count,
    }));
    const [first, last] = trendPoints(weekly, 5);
    expect(first?.[0]).toBe('2024-01-04');
    expect(first?.[1]).toBeCloseTo(10 / 7, 12);
    expect(last?.[0]).toBe('2024-01-25');
    expect(last?.[1]).toBeCloseTo(25 / 7, 12);
    expect(trendPoints([], 1)).toEqual([]);
  });
});

const arrivals = {
  timeZone: 'Europe/Rome',
  weeks: 2,
  ticketsPerWeek: 20,
  recentTicketsPerWeek: 10,
  hourOfWeek: Array.from({ length: 168 }, (_, i) => ({
    rate: i === 9 ? 2 : 0,
    low: i === 9 ? 1.5 : 0,
    high: i === 9 ? 2.7 : 0.9,
    count: i === 9 ? 4 : 0,
    hours: 2,
  })),
  daily: [
    { date: '2024-01-01', weekday: 1, count: 3 },
    { date: '2024-01-02', weekday: 2, count: 0 },
  ],
  weekly: [
    { weekStart: '2024-01-01', count: 14 },
    { weekStart: '2024-01-08', count: 28 },
  ],
  trend: null,
  holidays: [{ date: '2024-01-02', count: 0, expected: 3 }],
} as unknown as ArrivalAnalysis;

describe('hourOfWeekOption', () => {
  const option = hourOfWeekOption(arrivals) as {
    series: { name: string; data: number[] }[];
    xAxis: { data: string[]; name: string };
  };
  const series = (name: string) => option.series.find((s) => s.name === name)?.data ?? [];

  it('draws the interval as a band stacked on its lower bound', () => {
    expect(series('lower bound')[9]).toBe(1.5);
    expect(series('95 % interval of the data')[9]).toBeCloseTo(1.2, 12);
    expect(series('95 % interval of the data')[0]).toBe(0.9);
  });

  it('draws the data and the model at the recent level (half the mean here)', () => {
    expect(series('Data')[9]).toBe(2);
    expect(series('Model (the scenario)')[9]).toBe(1);
    expect(option.xAxis.data).toHaveLength(168);
    expect(option.xAxis.name).toMatch(/Europe\/Rome/);
  });
});

describe('dailyOption', () => {
  it('draws each day, the weekly mean per day at mid-week, and the holidays', () => {
    const option = dailyOption(arrivals) as { series: { name: string; data: unknown[] }[] };
    const byName = Object.fromEntries(option.series.map((s) => [s.name, s.data]));
    expect(byName['Each day']).toEqual([
      ['2024-01-01', 3],
      ['2024-01-02', 0],
    ]);
    expect(byName['Weekly mean']).toEqual([
      ['2024-01-04', 2],
      ['2024-01-11', 4],
    ]);
    expect(byName['Holiday or outage']).toEqual([['2024-01-02', 0]]);
    expect(Object.keys(byName).some((n) => n.startsWith('Trend'))).toBe(false);
  });
});
