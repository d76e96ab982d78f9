import { describe, expect, it } from 'vitest';
import { hourCursor, hourOfWeek } from '../../../simulator/engine/hour-of-week-tally.ts';
import { PieceCursor } from '../../../simulator/engine/piece-cursor.ts';

/** The double just below `x` (x > 0). */
function below(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) - 1n);
  return view.getFloat64(0);
}

describe('the piece cursor', () => {
  it('answers as hourOfWeek at and just below every hour boundary of two years, forwards and back', () => {
    const times: number[] = [];
    for (let hour = 1; hour <= 2 * 8760; hour++) times.push(below(60 * hour), 60 * hour);
    const cursor = hourCursor();
    let differences = 0;
    for (const time of times) if (cursor.at(time) !== hourOfWeek(time)) differences++;
    for (const time of times.reverse()) if (cursor.at(time) !== hourOfWeek(time)) differences++;
    expect(differences).toBe(0);
  });

  it('answers as hourOfWeek for times in any order, however far apart', () => {
    const cursor = hourCursor();
    let seed = 12345;
    let differences = 0;
    for (let i = 0; i < 200_000; i++) {
      // A fixed linear congruential sequence: times up to 104 weeks, some repeated.
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const time = (seed / 2 ** 31) * 104 * 10080;
      if (cursor.at(time) !== hourOfWeek(time)) differences++;
      if (cursor.at(time + 0.5) !== hourOfWeek(time + 0.5)) differences++;
    }
    expect(differences).toBe(0);
  });

  it('answers as the division for pieces of 1, 7, 15, 45, 127 and 1,440 minutes, and fractional ones', () => {
    let differences = 0;
    for (const [minutes, pieces] of [
      [1, 10080],
      [7, 3],
      [15, 672],
      [45, 5],
      [127, 9],
      [1440, 7],
      [0.1, 7],
      [2.5, 4],
    ] as const) {
      const cursor = new PieceCursor(minutes, pieces);
      for (let k = 1; k <= 20_000; k++) {
        for (const time of [below(minutes * k), minutes * k, minutes * k + minutes / 3]) {
          if (cursor.at(time) !== Math.floor(time / minutes) % pieces) differences++;
        }
      }
    }
    expect(differences).toBe(0);
  });

  it('answers NaN for a NaN time, as the division does, and answers rightly after it', () => {
    const cursor = hourCursor();
    expect(cursor.at(100)).toBe(1);
    expect(cursor.at(Number.NaN)).toBeNaN();
    expect(cursor.at(100)).toBe(1);
  });
});
