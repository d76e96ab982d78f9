import { describe, expect, it } from 'vitest';
import { inputText } from '../../../ui/experiments/input-text.ts';
import type { Lever } from '../../../ui/experiments/scenario-levers.ts';
import {
  MAX_SWEEP_POINTS,
  pointsLine,
  pointsProblem,
  rangeValues,
} from '../../../ui/experiments/sweep-range.ts';
import {
  defaultRange,
  parameterValues,
  sweepRequest,
} from '../../../ui/experiments/sweep-request.ts';

describe('rangeValues', () => {
  it('includes both ends when the end falls on a step', () => {
    expect(rangeValues({ from: 8, to: 14, step: 2 })).toEqual({ values: [8, 10, 12, 14] });
    expect(rangeValues({ from: 4, to: 4, step: 1 })).toEqual({ values: [4] });
  });

  it('stops at the last step below the end otherwise', () => {
    expect(rangeValues({ from: 1, to: 10, step: 4 })).toEqual({ values: [1, 5, 9] });
  });

  it('leaves no floating-point residue in decimal steps', () => {
    // 0.2 + 3 × 0.05 is 0.35000000000000003 in binary floating point.
    expect(rangeValues({ from: 0.2, to: 0.4, step: 0.05 })).toEqual({
      values: [0.2, 0.25, 0.3, 0.35, 0.4],
    });
    expect(rangeValues({ from: 0.1, to: 0.3, step: 0.1 })).toEqual({ values: [0.1, 0.2, 0.3] });
  });

  it('refuses a step not above 0, an end below the start, or a missing number', () => {
    expect(rangeValues({ from: 1, to: 5, step: 0 })).toEqual({
      error: 'the step must be above 0 (got 0)',
    });
    expect(rangeValues({ from: 5, to: 3, step: 1 })).toEqual({
      error: '"to" (3) must not be below "from" (5)',
    });
    expect(rangeValues({ from: Number.NaN, to: 3, step: 1 })).toEqual({
      error: 'give "from", "to" and "step" as numbers',
    });
  });

  it('allows 100 values and refuses 101 with a message that says what to do', () => {
    expect(MAX_SWEEP_POINTS).toBe(100);
    const hundred = rangeValues({ from: 1, to: 100, step: 1 });
    expect('values' in hundred && hundred.values.length).toBe(100);
    expect(rangeValues({ from: 1, to: 101, step: 1 })).toEqual({
      error:
        '1 to 101 in steps of 1 is 101 values: at most 100 points can run at once, so use a larger step or a shorter range',
    });
    // A tiny step is refused before any list is built.
    expect(rangeValues({ from: 0, to: 1, step: 1e-9 })).toHaveProperty('error');
  });
});

describe('pointsProblem', () => {
  it('multiplies the numbers of values of two parameters', () => {
    expect(pointsProblem([10, 10])).toBeNull();
    expect(pointsProblem([12, 10])).toBe(
      'that is 12 × 10 = 120 points: at most 100 can run at once, so use a larger step or a shorter range',
    );
    expect(pointsProblem([101])).toBe(
      'that is 101 points: at most 100 can run at once, so use a larger step or a shorter range',
    );
  });
});

const desk: Lever = {
  path: 'groups[desk].agents',
  kind: 'agents',
  section: 'Headcount',
  subject: 'Service desk',
  current: 4,
  min: 1,
};
const p1Attainment: Lever = {
  path: 'classes[P1].serviceLevel.attainment',
  kind: 'attainment',
  section: 'Service-level targets',
  subject: 'P1 critical share on time',
  current: 0.95,
  min: 0,
};

describe('parameterValues and defaultRange', () => {
  it('starts a headcount range two below and three above the headcount now, never below the least', () => {
    expect(defaultRange(desk)).toEqual({ from: 2, to: 7, step: 1 });
    expect(defaultRange({ ...desk, current: 2 })).toEqual({ from: 1, to: 5, step: 1 });
  });

  it('keeps agents whole and not below the least allowed', () => {
    expect(parameterValues(desk, { from: 3, to: 6, step: 1 })).toEqual({ values: [3, 4, 5, 6] });
    expect(parameterValues(desk, { from: 3, to: 6, step: 1.5 })).toEqual({
      error: 'agents are whole numbers: use a whole start and step',
    });
    expect(parameterValues(desk, { from: 0, to: 3, step: 1 })).toEqual({
      error: 'at least 1 agent',
    });
  });

  it('sends an attainment typed in percent as fractions', () => {
    expect(parameterValues(p1Attainment, { from: 80, to: 95, step: 5 })).toEqual({
      values: [0.8, 0.85, 0.9, 0.95],
    });
  });
});

describe('sweepRequest', () => {
  const base = { scenarioId: 'example-small-service-desk', replications: 10, seed: 1 };

  it('builds the body the server takes', () => {
    expect(
      sweepRequest({ ...base, parameters: [{ lever: desk, range: { from: 3, to: 5, step: 1 } }] }),
    ).toEqual({
      body: {
        kind: 'sweep',
        scenarioId: 'example-small-service-desk',
        parameters: [{ path: 'groups[desk].agents', values: [3, 4, 5] }],
        replications: 10,
        seed: 1,
      },
    });
  });

  it('refuses more than 100 points in all, the same lever twice, and bad replications', () => {
    const tooMany = sweepRequest({
      ...base,
      parameters: [
        { lever: desk, range: { from: 1, to: 11, step: 1 } },
        { lever: p1Attainment, range: { from: 50, to: 95, step: 5 } },
      ],
    });
    expect(tooMany).toEqual({
      problems: [
        {
          field: 'parameters',
          message:
            'that is 11 × 10 = 110 points: at most 100 can run at once, so use a larger step or a shorter range',
        },
      ],
    });
    const twice = sweepRequest({
      ...base,
      replications: 0,
      parameters: [
        { lever: desk, range: { from: 1, to: 3, step: 1 } },
        { lever: desk, range: { from: 1, to: 3, step: 1 } },
      ],
    });
    expect('problems' in twice && twice.problems.map((p) => p.field)).toEqual([
      'parameters[1]',
      'replications',
    ]);
  });
});

describe('pointsLine', () => {
  const names = ['Headcount to vary', 'Second parameter'];

  it('multiplies the counts of two ranges, and gives one range its count alone', () => {
    expect(pointsLine([6, 4], names)).toEqual({
      ok: true,
      text: '6 × 4 = 24 points (at most 100).',
    });
    expect(pointsLine([6], names)).toEqual({ ok: true, text: '6 points (at most 100).' });
    expect(pointsLine([1], names)).toEqual({ ok: true, text: '1 point (at most 100).' });
  });

  it('names the range that is not valid instead of counting no points', () => {
    expect(pointsLine([null], names)).toEqual({
      ok: false,
      text: 'Fix the range of “Headcount to vary” above to see how many points it makes.',
    });
    expect(pointsLine([6, null], names).text).toBe(
      'Fix the range of “Second parameter” above to see how many points it makes.',
    );
    expect(pointsLine([null, null], names).text).toBe(
      'Fix the ranges of “Headcount to vary” and “Second parameter” above to see how many points they make.',
    );
  });

  it('says when the combinations are too many', () => {
    expect(pointsLine([12, 10], names)).toEqual({
      ok: false,
      text: 'Too many points: that is 12 × 10 = 120 points: at most 100 can run at once, so use a larger step or a shorter range.',
    });
  });
});

describe('inputText', () => {
  it('leaves an input empty rather than showing NaN', () => {
    expect(inputText(Number.NaN)).toBe('');
    expect(inputText(Number.POSITIVE_INFINITY)).toBe('');
    expect(inputText(0)).toBe('0');
    expect(inputText(7.5)).toBe('7.5');
  });
});
