import { describe, expect, it } from 'vitest';
import {
  defaultTimeFit,
  formatP,
  formatPerWeek,
  poissonTestSentences,
  readSentence,
  timeFitLabel,
} from '../../../ui/data/fit-text.ts';

describe('formatP', () => {
  it('shows three decimals, and "< 0.001" below', () => {
    expect(formatP(0.64862)).toBe('p = 0.649');
    expect(formatP(0.0004)).toBe('p < 0.001');
    expect(formatP(0.001)).toBe('p = 0.001');
  });
});

describe('formatPerWeek', () => {
  it('gives one decimal, grouped in thousands', () => {
    expect(formatPerWeek(10.5)).toBe('10.5 tickets a week');
    expect(formatPerWeek(10.94)).toBe('10.9 tickets a week');
    expect(formatPerWeek(1234)).toBe('1,234.0 tickets a week');
    expect(formatPerWeek(Number.NaN)).toBe('–');
  });
});

describe('readSentence', () => {
  it('says the rows, the shape, the tickets, the span and the zone', () => {
    const source = {
      rows: 21_348,
      shape: 'events' as const,
      tickets: 4580,
      start: Date.UTC(2010, 0, 13),
      end: Date.UTC(2010, 0, 13) + 202 * 7 * 86_400_000,
      timeZone: 'UTC',
    };
    // 202 weeks = 1,414 days after 2010-01-13: 2014-01-13 less 47 days, 2013-11-27.
    expect(readSentence(source)).toBe(
      'Read 21,348 rows (an event log, one row per event): 4,580 tickets, dated 2010-01-13 to 2013-11-27, times in UTC.',
    );
  });
});

describe('poissonTestSentences', () => {
  const base = {
    poissonTest: { arrivals: 4580, ks: 0.0109, pValue: 0.6486, resolutionSeconds: 1 },
    dispersion: { index: 2.487, pValue: 1e-150, dailyVolumeCv: 0.626, days: 1414 },
  };

  it('says arrivals look Poisson within the hour when p ≥ 0.05, and days vary more when p < 0.05', () => {
    const [within, daily] = poissonTestSentences(base);
    expect(within).toMatch(
      /^Within each hour, arrivals are spread as randomly as a Poisson process/,
    );
    expect(within).toMatch(/4,580 arrivals: KS distance 0.011, p = 0.649/);
    expect(daily).toMatch(/vary more than a Poisson process.*index 2.49.*p < 0.001.*0.63/);
  });

  it('says the opposite when the tests say so, and when the within-hour test cannot be made', () => {
    const [within, daily] = poissonTestSentences({
      poissonTest: { arrivals: 900, ks: 0.08, pValue: 0.0001, resolutionSeconds: 60 },
      dispersion: { index: 1.04, pValue: 0.3, dailyVolumeCv: 0, days: 100 },
    });
    expect(within).toMatch(/are not spread as a Poisson process/);
    expect(daily).toMatch(/vary as much as a Poisson process.*p = 0.300/);
    const [rounded] = poissonTestSentences({
      ...base,
      poissonTest: { arrivals: 10, ks: null, pValue: null, resolutionSeconds: 3600 },
    });
    expect(rounded).toMatch(/cannot be made.*rounded to the hour/);
  });
});

describe('timeFitLabel and defaultTimeFit', () => {
  const times = [
    { measure: 'firstTouch' as const, segment: { by: 'all' as const, value: null } },
    { measure: 'resolve' as const, segment: { by: 'priority' as const, value: 'P1' } },
    { measure: 'resolve' as const, segment: { by: 'all' as const, value: null } },
  ];
  it('names each fit, and starts from time to resolve over all tickets', () => {
    expect(timeFitLabel(times[0] as (typeof times)[number])).toBe(
      'Time to first touch, all tickets',
    );
    expect(timeFitLabel(times[1] as (typeof times)[number])).toBe('Time to resolve, priority P1');
    expect(defaultTimeFit(times)).toBe(2);
    expect(defaultTimeFit(times.slice(0, 1))).toBe(0);
  });
});
