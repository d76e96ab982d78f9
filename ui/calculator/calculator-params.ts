import {
  type CalculatorForm,
  DEFAULT_FORM,
  FIELD_KEYS,
  FIELDS,
  fitsRule,
  isCurrency,
  readNumber,
} from './calculator-fields.ts';

/**
 * The calculator's form from the address's query parameters (`#/calculator?arrivals=60&…`).
 * A missing parameter, or one that is not an acceptable value, takes its default, so an old or
 * mangled link still opens a working calculation. An optional field given as empty
 * (`asa=`) stays empty: the link was made with no such target.
 *
 * @example
 * formFromParams({ arrivals: '90', work: 'abc' }).work // => '12' (the default)
 */
export function formFromParams(params: Readonly<Record<string, string>>): CalculatorForm {
  const form: CalculatorForm = { ...DEFAULT_FORM };
  for (const key of FIELD_KEYS) {
    const text = params[key]?.trim();
    if (text === undefined) continue;
    const spec = FIELDS[key];
    if (text === '') {
      if (spec.optional) form[key] = '';
      continue;
    }
    if (fitsRule(readNumber(text), spec.rule)) form[key] = text;
  }
  const currency = params.currency?.trim().toUpperCase();
  if (currency !== undefined && isCurrency(currency)) form.currency = currency;
  return form;
}

/**
 * The address's query parameters for a form: every field, empty ones as `key=` so that a link
 * keeps "no target" rather than falling back to a default; the inverse of formFromParams for a
 * valid form.
 *
 * @example
 * paramsFromForm(DEFAULT_FORM).asa // => ''
 */
export function paramsFromForm(form: Readonly<CalculatorForm>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of FIELD_KEYS) params[key] = form[key].trim();
  params.currency = form.currency;
  return params;
}
