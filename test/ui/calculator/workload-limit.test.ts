import { describe, expect, it } from 'vitest';
import {
  countInWords,
  offeredLoadOf,
  workloadErrors,
} from '../../../ui/calculator/workload-limit.ts';

describe('countInWords', () => {
  it('groups counts below a million, and says millions and billions in words', () => {
    expect(countInWords(999_999)).toBe('999,999');
    expect(countInWords(1_000_000)).toBe('1 million');
    expect(countInWords(100_000_000)).toBe('100 million');
    expect(countInWords(1_666_667)).toBe('1.67 million');
    expect(countInWords(168_000_000)).toBe('168 million');
    expect(countInWords(2.5e9)).toBe('2.5 billion');
    expect(countInWords(999_999_999)).toBe('1 billion'); // three significant digits
    expect(countInWords(3e12)).toBe('3 trillion');
  });
});

describe('workloadErrors', () => {
  it('works out the offered load: tickets per minute × minutes of work', () => {
    expect(offeredLoadOf({ arrivalsPerHour: 60, meanWorkMinutes: 12 })).toBe(12);
  });

  it('is null below a million technicians’ worth of work', () => {
    // 599,999 tickets an hour × 100 min = 999,998.3 Erlangs.
    expect(workloadErrors({ arrivalsPerHour: 599_999, meanWorkMinutes: 100 }, 'work')).toBeNull();
  });

  it('says the workload in words, without scientific notation, at the field changed last', () => {
    // 60 tickets an hour × 100,000,000 min = 1 × 100,000,000 = 100 million Erlangs.
    const errors = workloadErrors({ arrivalsPerHour: 60, meanWorkMinutes: 100_000_000 }, 'work');
    expect(errors).toEqual({
      work: "Average work time per ticket: with 60 tickets an hour, that is 100 million technicians' worth of work: the calculator stops at a million. Lower it, or lower Tickets arriving per hour.",
    });
    expect(JSON.stringify(errors)).not.toMatch(/e\+|Erlang|agents/);
  });

  it('puts it at both fields, each naming the other, when neither was changed last', () => {
    // 600,000 tickets an hour × 100 min = exactly a million.
    const errors = workloadErrors({ arrivalsPerHour: 600_000, meanWorkMinutes: 100 }, null);
    expect(Object.keys(errors ?? {}).sort()).toEqual(['arrivals', 'work']);
    expect(errors?.arrivals).toBe(
      "Tickets arriving per hour: with 100 min of work per ticket, that is 1 million technicians' worth of work: the calculator stops at a million. Lower it, or lower Average work time per ticket.",
    );
  });
});
