import { type Calculation, calculateStaffing } from './calculate-staffing.ts';
import type { CalculatorForm, FieldKey } from './calculator-fields.ts';
import { type FieldErrors, parseCalculatorForm } from './parse-calculator-form.ts';
import { workloadErrors } from './workload-limit.ts';

/** What the calculator shows for a form: the calculation, or what to fix. */
export interface CalculatorOutcome {
  calculation: Calculation | null;
  /** A message per field to fix, naming the field. */
  errors: FieldErrors;
  /** A problem that belongs to no one field, or null. */
  general: string | null;
}

/**
 * Reads the form and answers it: the one call the calculator view makes on every change.
 * `lastChanged`, the field the user changed last (null: none, or not known), is where a problem
 * involving two fields is said (a workload beyond the calculator's limit); null puts it at both.
 *
 * @example
 * evaluateCalculator({ ...DEFAULT_FORM, arrivals: '' }).errors.arrivals
 * // => 'Tickets arriving per hour is needed: enter a number above 0 and at most 1,000,000 tickets an hour.'
 */
export function evaluateCalculator(
  form: Readonly<CalculatorForm>,
  lastChanged: FieldKey | null = null,
): CalculatorOutcome {
  const parsed = parseCalculatorForm(form);
  if (!parsed.ok) return { calculation: null, errors: parsed.errors, general: null };
  const tooMuch = workloadErrors(parsed.inputs, lastChanged);
  if (tooMuch !== null) return { calculation: null, errors: tooMuch, general: null };
  const result = calculateStaffing(parsed.inputs);
  if (result.ok) return { calculation: result.calculation, errors: {}, general: null };
  return { calculation: null, errors: result.errors, general: result.general };
}
