import { describe, expect, it } from 'vitest';
import {
  type CalculatorForm,
  DEFAULT_FORM,
  FIELDS,
  type FieldKey,
} from '../../../ui/calculator/calculator-fields.ts';
import { evaluateCalculator } from '../../../ui/calculator/evaluate-calculator.ts';
import { allNumbersFinite } from '../../helpers/all-numbers-finite.ts';

/** The outcome of the default form with one field changed. */
function withField(key: FieldKey, text: string) {
  return evaluateCalculator({ ...DEFAULT_FORM, [key]: text } as CalculatorForm);
}

describe('invalid input', () => {
  const cases: [FieldKey, string][] = [
    ['arrivals', 'abc'],
    ['arrivals', ''],
    ['arrivals', '-5'],
    ['arrivals', '0'],
    ['work', 'ten'],
    ['sl', '100'],
    ['sl', '0'],
    ['within', '-1'],
    ['asa', '0'],
    ['occupancy', '150'],
    ['shrinkage', '100'],
    ['patience', '0'],
    ['staffCost', '-1'],
    ['userCost', 'x'],
  ];

  it.each(cases)(
    '%s = "%s" gives a message at that field naming it, and no answer',
    (key, text) => {
      const outcome = withField(key, text);
      expect(outcome.calculation).toBeNull();
      expect(Object.keys(outcome.errors)).toEqual([key]);
      expect(outcome.errors[key]).toContain(FIELDS[key].label);
      expect(outcome.errors[key]).not.toMatch(/NaN|undefined|Infinity/);
    },
  );

  it('says what to enter', () => {
    expect(withField('arrivals', 'abc').errors.arrivals).toBe(
      'Tickets arriving per hour: "abc" is not a number; enter a number above 0.',
    );
    expect(withField('sl', '100').errors.sl).toBe(
      'Share of tickets must be a number above 0 and below 100 %.',
    );
    expect(withField('work', '').errors.work).toBe(
      'Average work time per ticket is needed: enter a number above 0.',
    );
  });

  it('shows the simulator’s refusal at the field it names (a load beyond its limits)', () => {
    // 10⁸ tickets an hour × 12 min = 2·10⁷ Erlangs, beyond the million the solver handles.
    const outcome = withField('arrivals', '100000000');
    expect(outcome.calculation).toBeNull();
    expect(outcome.errors.arrivals).toMatch(/^Tickets arriving per hour: needs an offered load/);
    expect(outcome.errors.arrivals).not.toMatch(/NaN/);
    expect(outcome.general).toBeNull();
  });

  it('says at the target time when the exact calculation with patience would be too long', () => {
    // 60,000 tickets an hour, patience 1,000 min, 60 min target: the Erlang A service level would
    // take ~10¹⁰ steps, which the simulator refuses rather than freeze the page.
    const outcome = evaluateCalculator({
      ...DEFAULT_FORM,
      arrivals: '60000',
      patience: '1000',
      within: '60',
    });
    expect(outcome.calculation).toBeNull();
    expect(Object.keys(outcome.errors)).toEqual(['within']);
    expect(outcome.errors.within).toMatch(/^Started within: .*leave Patience empty/);
  });

  it('reports every bad field at once', () => {
    const outcome = evaluateCalculator({ ...DEFAULT_FORM, arrivals: 'x', shrinkage: '-2' });
    expect(Object.keys(outcome.errors).sort()).toEqual(['arrivals', 'shrinkage']);
  });
});

describe('valid input', () => {
  it('gives an answer with only finite numbers, for the example and its variants', () => {
    const forms: CalculatorForm[] = [
      DEFAULT_FORM,
      { ...DEFAULT_FORM, patience: '3' },
      { ...DEFAULT_FORM, within: '0', asa: '0.5', occupancy: '', shrinkage: '' },
      { ...DEFAULT_FORM, staffCost: '', userCost: '', currency: 'USD' },
      { ...DEFAULT_FORM, arrivals: '0.5', work: '240' },
    ];
    for (const form of forms) {
      const outcome = evaluateCalculator(form);
      expect(outcome.errors).toEqual({});
      expect(outcome.calculation).not.toBeNull();
      expect(allNumbersFinite(outcome.calculation)).toBe(true);
    }
  });

  it('accepts a comma as the decimal mark', () => {
    const comma = evaluateCalculator({ ...DEFAULT_FORM, work: '12,5' });
    const point = evaluateCalculator({ ...DEFAULT_FORM, work: '12.5' });
    expect(comma.calculation?.answer).toEqual(point.calculation?.answer);
  });
});
