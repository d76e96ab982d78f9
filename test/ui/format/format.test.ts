import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDuration,
  formatInterval,
  formatMoney,
  formatPercent,
  formatRange,
} from '../../../ui/format/format.ts';

const summary = (mean: number, low: number, high: number) => ({
  mean,
  low,
  high,
  halfWidth: (high - low) / 2,
  n: 10,
});

describe('numbers with their units', () => {
  it('durations in the unit a person reads', () => {
    expect(formatDuration(0.5)).toBe('30 s');
    expect(formatDuration(30)).toBe('30 min');
    expect(formatDuration(150)).toBe('2.5 h');
    expect(formatDuration(4320)).toBe('3 d');
    expect(formatDuration(null)).toBe('–');
    expect(formatDuration(Number.NaN)).toBe('–');
  });

  it('fractions as percentages, never 100 % for a value just under 1', () => {
    expect(formatPercent(0.9512)).toBe('95.1 %');
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(0.99996)).toBe('99.9 %');
    expect(formatPercent(0)).toBe('0.0 %');
  });

  it('money with its currency, counts grouped', () => {
    expect(formatMoney(4100.4, 'EUR')).toBe('€4,100');
    expect(formatMoney(12.5, 'USD')).toBe('US$12.50');
    expect(formatMoney(2300, '€')).toBe('2,300 €');
    expect(formatMoney(2300, null)).toBe('2,300');
    expect(formatCount(7171.75)).toBe('7,172');
    expect(formatCount(0.5)).toBe('0.5');
  });

  it('an interval in the unit of its mean, clipped to what the quantity allows', () => {
    expect(formatInterval(summary(30, 24, 36), 'minutes')).toBe('30 min (24 – 36 min)');
    // 150 minutes reads in hours, and so do its bounds (90 and 210 minutes).
    expect(formatInterval(summary(150, 90, 210), 'minutes')).toBe('2.5 h (1.5 – 3.5 h)');
    expect(formatRange(summary(0.99, 0.97, 1.01), 'fraction')).toBe('97.0 % – 100 %');
    expect(formatRange(summary(0.5, -0.4, 1.4), 'count')).toBe('0 – 1.4');
    expect(formatInterval({ mean: 3, low: 3, high: 3, halfWidth: null, n: 1 }, 'count')).toBe('3');
    expect(formatInterval(null, 'count')).toBe('–');
  });
});
