import { describe, expect, it } from 'vitest';
import { madeName, planKey, planText } from '../../../ui/data/scenario-plan.ts';

describe('planKey', () => {
  it('is one key for one plan, however the week is typed', () => {
    expect(planKey('')).toBe('recent');
    expect(planKey('   ')).toBe('recent');
    expect(planKey('3')).toBe('3');
    expect(planKey(' 03 ')).toBe('3');
    expect(planKey('3.0')).toBe('3');
    expect(planKey('4')).not.toBe(planKey('3'));
  });
});

describe('planText', () => {
  it('says the plan in words', () => {
    expect(planText('recent')).toBe('the recent level');
    expect(planText('3')).toBe('forecast week 3');
  });
});

describe('madeName', () => {
  it('reads the scenario’s name from the server’s answer, null when there is none', () => {
    expect(madeName({ scenario: { name: 'Fitted from Helpdesk' } })).toBe('Fitted from Helpdesk');
    expect(madeName({ scenario: { name: '' } })).toBeNull();
    expect(madeName({ scenario: { name: 3 } })).toBeNull();
    expect(madeName({ scenario: null })).toBeNull();
    expect(madeName({})).toBeNull();
  });
});
