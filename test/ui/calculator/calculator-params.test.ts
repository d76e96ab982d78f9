import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../ui/app/route.ts';
import { type CalculatorForm, DEFAULT_FORM } from '../../../ui/calculator/calculator-fields.ts';
import { formFromParams, paramsFromForm } from '../../../ui/calculator/calculator-params.ts';

/** The form the address holds, read back the way sl-app reads it: hash → route → params → form. */
function throughAddress(form: CalculatorForm): CalculatorForm {
  const hash = routeHash({ view: 'calculator', params: paramsFromForm(form) });
  const route = parseRoute(hash);
  expect(route.view).toBe('calculator');
  return formFromParams(route.params);
}

describe('the calculator’s inputs in the address', () => {
  it('round-trips a form through the hash, empty optional fields included', () => {
    const form: CalculatorForm = {
      arrivals: '137.5',
      work: '8,5',
      sl: '92',
      within: '0',
      asa: '',
      occupancy: '',
      shrinkage: '',
      patience: '4',
      staffCost: '52',
      userCost: '',
      currency: 'GBP',
    };
    expect(throughAddress(form)).toEqual(form);
    expect(throughAddress({ ...DEFAULT_FORM })).toEqual(DEFAULT_FORM);
  });

  it('round-trips the parameters of a valid link', () => {
    const params = {
      arrivals: '60',
      work: '12',
      sl: '80',
      within: '5',
      asa: '2',
      occupancy: '85',
      shrinkage: '30',
      patience: '',
      staffCost: '45',
      userCost: '60',
      currency: 'USD',
    };
    expect(paramsFromForm(formFromParams(params))).toEqual(params);
  });

  it('puts every field in the link, an empty one as "key="', () => {
    const hash = routeHash({ view: 'calculator', params: paramsFromForm(DEFAULT_FORM) });
    expect(hash).toBe(
      '#/calculator?arrivals=60&work=12&sl=80&within=5&asa=&occupancy=85&shrinkage=30&patience=&staffCost=45&userCost=60&currency=EUR',
    );
  });

  it('falls back to the defaults for missing parameters', () => {
    expect(formFromParams({})).toEqual(DEFAULT_FORM);
    expect(formFromParams({ arrivals: '90' })).toEqual({ ...DEFAULT_FORM, arrivals: '90' });
  });

  it('falls back to the default for a bad value, field by field', () => {
    const form = formFromParams({
      arrivals: 'lots',
      work: '-3',
      sl: '100', // no headcount starts every ticket in time
      within: 'NaN',
      occupancy: '120',
      shrinkage: '1e9',
      patience: '0',
      staffCost: '40',
      currency: 'XYZ',
    });
    expect(form).toEqual({ ...DEFAULT_FORM, staffCost: '40' });
  });

  it('keeps an optional field empty, but not a required one', () => {
    const form = formFromParams({ arrivals: '', asa: '', occupancy: '' });
    expect(form.arrivals).toBe(DEFAULT_FORM.arrivals);
    expect(form.asa).toBe('');
    expect(form.occupancy).toBe('');
  });

  it('reads a currency code in any case', () => {
    expect(formFromParams({ currency: 'usd' }).currency).toBe('USD');
  });
});
