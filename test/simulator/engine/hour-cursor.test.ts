import { describe, expect, it } from 'vitest';
import { HourCursor, hourOfWeek } from '../../../simulator/engine/hour-of-week-tally.ts';

/** The double just below `x` (x > 0). */
function below(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) - 1n);
  return view.getFloat64(0);
}

describe('the hour cursor', () => {
  it('answers as hourOfWeek at and just below every hour boundary of two years, forwards and back', () => {
    const times: number[] = [];
    for (let hour = 1; hour <= 2 * 8760; hour++) times.push(below(60 * hour), 60 * hour);
    const cursor = new HourCursor();
    let differences = 0;
    for (const time of times) if (cursor.hourOfWeek(time) !== hourOfWeek(time)) differences++;
    for (const time of times.reverse())
      if (cursor.hourOfWeek(time) !== hourOfWeek(time)) differences++;
    expect(differences).toBe(0);
  });

  it('answers as hourOfWeek for times in any order, however far apart', () => {
    const cursor = new HourCursor();
    let seed = 12345;
    let differences = 0;
    for (let i = 0; i < 200_000; i++) {
      // A fixed linear congruential sequence: times up to 104 weeks, some repeated.
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const time = (seed / 2 ** 31) * 104 * 10080;
      if (cursor.hourOfWeek(time) !== hourOfWeek(time)) differences++;
      if (cursor.hourOfWeek(time + 0.5) !== hourOfWeek(time + 0.5)) differences++;
    }
    expect(differences).toBe(0);
  });
});
