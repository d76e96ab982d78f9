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
    ['arrivals', '1,200'],
    ['work', '99999999'],
    ['within', '10081'],
    ['staffCost', '1e300'],
    ['userCost', '1000001'],
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
      'Tickets arriving per hour: "abc" is not a number; enter a number above 0 and at most 1,000,000 tickets an hour.',
    );
    expect(withField('sl', '100').errors.sl).toBe(
      'Share of tickets must be a number above 0 and below 100 %.',
    );
    expect(withField('work', '').errors.work).toBe(
      'Average work time per ticket is needed: enter a number above 0 and at most 10,080 min.',
    );
    expect(withField('staffCost', '1e300').errors.staffCost).toBe(
      'Cost of a technician per hour must be a number 0 or more and at most 1,000,000 an hour.',
    );
  });

  it('refuses a comma that may separate thousands, saying what to type', () => {
    // Ambiguous: 1,200 tickets an hour or 1.2? Read as 1.2 it answered "1 technician".
    expect(withField('arrivals', '1,200').errors.arrivals).toBe(
      'Tickets arriving per hour: "1,200" could mean 1200 or 1.2: type 1200, or 1.2 with a point.',
    );
  });

  it('quotes long typed text cut short, so the message cannot run across the page', () => {
    const message = withField('userCost', 'x'.repeat(500)).errors.userCost ?? '';
    // 23 characters and "…" between the quotes.
    expect(message).toContain(`"${'x'.repeat(23)}…"`);
    expect(message.length).toBeLessThan(140);
  });

  it('says a workload beyond a million technicians in words, at the field changed last', () => {
    // 100,000 tickets an hour × 1,000 min = 100,000 / 60 × 1,000 ≈ 1,666,667 technicians' worth.
    const form = { ...DEFAULT_FORM, arrivals: '100000', work: '1000' };
    const atWork = evaluateCalculator(form, 'work');
    expect(atWork.calculation).toBeNull();
    expect(atWork.errors).toEqual({
      work: "Average work time per ticket: with 100,000 tickets an hour, that is 1.67 million technicians' worth of work: the calculator stops at a million. Lower it, or lower Tickets arriving per hour.",
    });
    expect(atWork.general).toBeNull();
    const atArrivals = evaluateCalculator(form, 'arrivals');
    expect(Object.keys(atArrivals.errors)).toEqual(['arrivals']);
    expect(atArrivals.errors.arrivals).toMatch(
      /^Tickets arriving per hour: with 1000 min of work per ticket, .* 1.67 million .*lower Average work time per ticket\.$/,
    );
  });

  it('puts the workload message at both fields when neither was changed last', () => {
    const outcome = evaluateCalculator({ ...DEFAULT_FORM, arrivals: '100000', work: '1000' }, 'sl');
    expect(Object.keys(outcome.errors).sort()).toEqual(['arrivals', 'work']);
    for (const message of Object.values(outcome.errors)) {
      expect(message).toContain(FIELDS.arrivals.label);
      expect(message).toContain(FIELDS.work.label);
    }
  });

  it('says in words when the targets would need more than a million technicians', () => {
    // 500,000 tickets an hour × 100 min ≈ 833,333 technicians' worth of work; at most 50 %
    // occupancy needs about 1,666,667 on duty.
    const outcome = evaluateCalculator({
      ...DEFAULT_FORM,
      arrivals: '500000',
      work: '100',
      occupancy: '50',
    });
    expect(outcome.calculation).toBeNull();
    expect(outcome.errors).toEqual({});
    expect(outcome.general).toMatch(/^These targets would need more than a million technicians/);
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
