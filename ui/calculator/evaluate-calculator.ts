import { type Calculation, calculateStaffing } from './calculate-staffing.ts';
import type { CalculatorForm } from './calculator-fields.ts';
import { type FieldErrors, parseCalculatorForm } from './parse-calculator-form.ts';

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
 *
 * @example
 * evaluateCalculator({ ...DEFAULT_FORM, arrivals: '' }).errors.arrivals
 * // => 'Tickets arriving per hour is needed: enter a number above 0.'
 */
export function evaluateCalculator(form: Readonly<CalculatorForm>): CalculatorOutcome {
  const parsed = parseCalculatorForm(form);
  if (!parsed.ok) return { calculation: null, errors: parsed.errors, general: null };
  const result = calculateStaffing(parsed.inputs);
  if (result.ok) return { calculation: result.calculation, errors: {}, general: null };
  return { calculation: null, errors: result.errors, general: result.general };
}
