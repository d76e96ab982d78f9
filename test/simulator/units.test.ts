import { describe, expect, it } from 'vitest';
import { formatMinutes, SIM_ERR, SimulatorError, toMinutes } from '../../simulator/index.ts';

describe('toMinutes', () => {
  it.each([
    ['20s', 1 / 3],
    ['3m', 3],
    ['4h', 240],
    ['2d', 2880],
    ['1w', 10080],
    ['1.5h', 90],
    [' 90 s ', 1.5],
    ['2w1d9h', 2 * 10080 + 1440 + 540],
    ['1h 30m', 90],
    [12, 12],
    [0, 0],
  ])('reads %j as %f minutes', (input, minutes) => {
    expect(toMinutes(input)).toBeCloseTo(minutes, 12);
  });

  it.each(['3 weeks', '-2h', 'h', '', '1e3m', -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects %j naming the field',
    (input) => {
      try {
        toMinutes(input, 'run.horizon');
        expect.fail('should have thrown');
      } catch (error) {
        expect(error).toBeInstanceOf(SimulatorError);
        expect((error as SimulatorError).code).toBe(SIM_ERR.INVALID_DURATION);
        expect((error as SimulatorError).issues[0]?.field).toBe('run.horizon');
      }
    },
  );
});

describe('formatMinutes', () => {
  it('uses the unit a person would read', () => {
    expect(formatMinutes(0.5)).toBe('30 s');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(150)).toBe('2.5 h');
    expect(formatMinutes(4320)).toBe('3 d');
    expect(formatMinutes(Number.NaN)).toBe('–');
  });
});
