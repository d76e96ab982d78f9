import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALWAYS, WorkingCalendar } from '../../../simulator/calendar/working-calendar.ts';

const DAY = 1440;
const at = (day: number, hour: number, minute = 0) => day * DAY + hour * 60 + minute;
const weekdays = (startHour: number, endHour: number) =>
  [0, 1, 2, 3, 4].map((day) => ({ day, startMinute: startHour * 60, endMinute: endHour * 60 }));

describe('WorkingCalendar', () => {
  const office = new WorkingCalendar({ periods: weekdays(8, 18) });

  it('counts business minutes across evenings and weekends', () => {
    expect(office.businessMinutesBetween(at(0, 17), at(1, 9))).toBe(120);
    expect(office.businessMinutesBetween(at(4, 17), at(7, 9))).toBe(120);
    expect(office.businessMinutesBetween(at(0, 0), at(7, 0))).toBe(3000);
    expect(office.minutesPerWeek).toBe(3000);
    expect(office.isOpen(at(0, 8))).toBe(true);
    expect(office.isOpen(at(0, 18))).toBe(false);
    expect(office.isOpen(at(5, 12))).toBe(false);
  });

  it('puts deadlines on the business clock, exactly', () => {
    expect(office.addBusinessMinutes(at(4, 17), 120)).toBe(at(7, 9));
    expect(office.addBusinessMinutes(at(5, 12), 60)).toBe(at(7, 9));
    // A deadline that ends at closing time is at closing time, not the next opening.
    expect(office.addBusinessMinutes(at(0, 8), 600)).toBe(at(0, 18));
    expect(office.addBusinessMinutes(at(0, 8), 601)).toBe(at(1, 8, 1));
    // 4 business days from Monday 10:00 is Friday 10:00; 5 is the next Monday 10:00.
    expect(office.addBusinessMinutes(at(0, 10), 4 * 600)).toBe(at(4, 10));
    expect(office.addBusinessMinutes(at(0, 10), 5 * 600)).toBe(at(7, 10));
  });

  it('skips holidays', () => {
    const withHoliday = new WorkingCalendar({ periods: weekdays(8, 18), holidays: [7] });
    expect(withHoliday.businessMinutesBetween(at(4, 17), at(8, 9))).toBe(120);
    expect(withHoliday.addBusinessMinutes(at(4, 17), 120)).toBe(at(8, 9));
    expect(withHoliday.isOpen(at(7, 12))).toBe(false);
    expect(withHoliday.businessMinutesBetween(at(0, 0), at(14, 0))).toBe(5400);
  });

  it('crosses a long run of holidays to the first working day after it', () => {
    // Closed for four weeks (days 7 to 34): two hours from Friday 17:00 is day 35 at 09:00.
    const days = Array.from({ length: 28 }, (_, k) => 7 + k);
    const shutdown = new WorkingCalendar({ periods: weekdays(8, 18), holidays: days });
    expect(shutdown.addBusinessMinutes(at(4, 17), 120)).toBe(at(35, 9));
    expect(shutdown.businessMinutesBetween(at(4, 17), at(35, 9))).toBe(120);
  });

  it('handles shifts that cross midnight, at the end of the week too', () => {
    const nights = new WorkingCalendar({
      periods: [0, 6].map((day) => ({ day, startMinute: 22 * 60, endMinute: 30 * 60 })),
    });
    expect(nights.minutesPerWeek).toBe(960);
    expect(nights.isOpen(at(1, 3))).toBe(true);
    expect(nights.isOpen(at(0, 3))).toBe(true); // Sunday's night shift runs into Monday
    expect(nights.businessMinutesBetween(at(6, 23), at(7, 1))).toBe(120);
  });

  it('shifts a team in another time zone onto the simulation clock', () => {
    // A team 5 h 30 ahead works 09:00–18:00 local: 03:30–12:30 on the simulation clock.
    const india = new WorkingCalendar({ periods: weekdays(9, 18), offsetMinutes: 330 });
    expect(india.isOpen(at(0, 3, 30))).toBe(true);
    expect(india.isOpen(at(0, 12, 30))).toBe(false);
    expect(india.minutesPerWeek).toBe(2700);
  });

  it('"always" counts every minute', () => {
    const always = new WorkingCalendar(ALWAYS);
    expect(always.businessMinutesBetween(123.5, 98765.25)).toBeCloseTo(98765.25 - 123.5, 9);
    expect(always.addBusinessMinutes(500, 12345)).toBeCloseTo(12845, 9);
  });

  it('a deadline is the inverse of the business-minute count (property)', () => {
    const calendars = [
      office,
      new WorkingCalendar({ periods: weekdays(9, 17), holidays: [3, 10, 11], offsetMinutes: -120 }),
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.double({ min: 0, max: 30 * DAY, noNaN: true }),
        fc.double({ min: 0.001, max: 20_000, noNaN: true }),
        (which, from, minutes) => {
          const calendar = calendars[which] as WorkingCalendar;
          const due = calendar.addBusinessMinutes(from, minutes);
          expect(calendar.businessMinutesBetween(from, due)).toBeCloseTo(minutes, 6);
          // And no earlier time would do.
          expect(calendar.businessMinutesBetween(from, due - 1e-3)).toBeLessThan(minutes);
        },
      ),
      { numRuns: 300, seed: 4 },
    );
  });

  it('rejects a period that ends before it starts', () => {
    expect(
      () =>
        new WorkingCalendar(
          { periods: [{ day: 0, startMinute: 600, endMinute: 500 }] },
          'calendars[0]',
        ),
    ).toThrow(/calendars\[0\]\.periods\[0\]/);
  });
});
