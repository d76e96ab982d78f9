import { describe, expect, it } from 'vitest';
import {
  defaultTimeFit,
  formatDay,
  formatIsoDay,
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
    expect(readSentence(source, 'en-GB')).toBe(
      'Read 21,348 rows (an event log, one row per event): 4,580 tickets, dated 13/01/2010 to 27/11/2013, times in UTC.',
    );
    expect(readSentence(source, 'en-US')).toMatch(/dated 1\/13\/2010 to 11\/27\/2013,/);
  });

  it('counts the days in the data’s time zone', () => {
    // 23:30 UTC on 12 January is 00:30 on the 13th in Paris (UTC+1 in winter).
    const late = Date.UTC(2010, 0, 12, 23, 30);
    const source = {
      rows: 2,
      shape: 'tickets' as const,
      tickets: 2,
      start: late,
      end: late,
      timeZone: 'Europe/Paris',
    };
    expect(readSentence(source, 'en-GB')).toMatch(
      /dated 13\/01\/2010 to 13\/01\/2010, times in Europe\/Paris\.$/,
    );
  });
});

describe('formatDay', () => {
  it('writes a day in the given locale’s format, in the time zone given', () => {
    expect(formatDay(Date.UTC(2013, 7, 26), 'UTC', 'en-GB')).toBe('26/08/2013');
    expect(formatDay(Date.UTC(2013, 7, 26), 'UTC', 'en-US')).toBe('8/26/2013');
    // Midnight UTC is still the 25th in New York (UTC−4 in summer).
    expect(formatDay(Date.UTC(2013, 7, 26), 'America/New_York', 'en-GB')).toBe('25/08/2013');
  });

  it('falls back to UTC for a time zone it does not know', () => {
    expect(formatDay(Date.UTC(2013, 7, 26), 'Mars/Olympus', 'en-GB')).toBe('26/08/2013');
  });

  it('writes a YYYY-MM-DD date the same way, and leaves other text as it is', () => {
    expect(formatIsoDay('2013-08-26', 'en-GB')).toBe('26/08/2013');
    expect(formatIsoDay('2013-08-26', 'de-DE')).toBe('26.8.2013');
    expect(formatIsoDay('soon', 'en-GB')).toBe('soon');
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
