import { describe, expect, it } from 'vitest';
import {
  FIELDS,
  readNumber,
  ruleText,
  separatorAdvice,
} from '../../../ui/calculator/calculator-fields.ts';

describe('readNumber', () => {
  it('reads a point or a lone comma as the decimal mark, spaces ignored', () => {
    expect(readNumber(' 7,5 ')).toBe(7.5);
    expect(readNumber('12.5')).toBe(12.5);
    expect(readNumber('1 200')).toBe(1200);
    expect(readNumber('0,250')).toBe(0.25); // a thousands group never starts with 0
    expect(readNumber(',5')).toBe(0.5);
    expect(readNumber('1234,567')).toBe(1234.567); // 1,234,567 would be grouped otherwise
    expect(readNumber('1,2345')).toBe(1.2345);
    expect(readNumber('1e3')).toBe(1000);
  });

  it('gives NaN for a comma that may separate thousands, and for what is not a number', () => {
    for (const text of [
      '1,200',
      '12,345',
      '-1,200',
      '1,200,000',
      '1,200.5',
      '1.200,5',
      'abc',
      '',
    ]) {
      expect(readNumber(text), text).toBeNaN();
    }
  });
});

describe('separatorAdvice', () => {
  it('asks which was meant for a lone comma followed by three digits', () => {
    expect(separatorAdvice('1,200')).toBe(
      '"1,200" could mean 1200 or 1.2: type 1200, or 1.2 with a point.',
    );
    expect(separatorAdvice('12,345')).toBe(
      '"12,345" could mean 12345 or 12.345: type 12345, or 12.345 with a point.',
    );
  });

  it('gives the number without separators when they can only be thousands', () => {
    expect(separatorAdvice('1,200,000')).toBe(
      '"1,200,000": type it without the thousands separator, 1200000.',
    );
    expect(separatorAdvice('1,200.5')).toBe(
      '"1,200.5": type it without the thousands separator, 1200.5.',
    );
    expect(separatorAdvice('1.234,5')).toBe(
      '"1.234,5": type it without the thousands separator, 1234.5.',
    );
  });

  it('has nothing to say about plain numbers and decimal commas', () => {
    for (const text of ['7,5', '1200', '0,250', '12.5', '1234,567', 'abc', '1,2,3']) {
      expect(separatorAdvice(text), text).toBeNull();
    }
  });
});

describe('ruleText', () => {
  it('says the limits grouped in thousands, with the unit in words', () => {
    expect(ruleText(FIELDS.sl.rule, '%')).toBe('a number above 0 and below 100 %');
    expect(ruleText(FIELDS.work.rule, 'min')).toBe('a number above 0 and at most 10,080 min');
    expect(ruleText(FIELDS.arrivals.rule, 'tickets/h')).toBe(
      'a number above 0 and at most 1,000,000 tickets an hour',
    );
    expect(ruleText(FIELDS.staffCost.rule, 'currency/h')).toBe(
      'a number 0 or more and at most 1,000,000 an hour',
    );
    expect(ruleText({ min: 0, minInclusive: false }, 'min')).toBe('a number above 0');
  });
});
