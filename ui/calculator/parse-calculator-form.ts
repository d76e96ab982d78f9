import {
  type CalculatorForm,
  type Currency,
  FIELD_KEYS,
  FIELDS,
  type FieldKey,
  fitsRule,
  readNumber,
  ruleText,
  separatorAdvice,
} from './calculator-fields.ts';

/** The longest piece of typed text quoted back in a message; longer text ends in "…". */
const QUOTED_LENGTH = 24;

/**
 * A calculator question in numbers: rates per hour, times in minutes, shares as fractions in
 * [0, 1]. An absent optional value means no such target (asa, occupancy), nobody gives up
 * (patience) or no price (costs).
 */
export interface CalculatorInputs {
  arrivalsPerHour: number;
  meanWorkMinutes: number;
  /** At least `attainment` of tickets started within `targetMinutes`. */
  serviceLevel: { attainment: number; targetMinutes: number };
  asaMinutes?: number;
  maxOccupancy?: number;
  /** Share of paid time not available for tickets, in [0, 1); 0 when left empty. */
  shrinkage: number;
  /** Mean time before a user gives up waiting; absent: nobody does (Erlang C). */
  patienceMinutes?: number;
  /** Cost of one paid technician-hour. */
  staffCostPerAgentHour?: number;
  /** Cost of one hour a user spends waiting for help. */
  userHourCost?: number;
  currency: Currency;
}

/** A message per field that cannot be used, naming the field and saying what it accepts. */
export type FieldErrors = Partial<Record<FieldKey, string>>;

/** The form read: either the question in numbers, or what to fix. */
export type ParsedForm =
  | { ok: true; inputs: CalculatorInputs }
  | { ok: false; errors: FieldErrors };

/**
 * Reads the form: every field checked against its rule, percentages turned into fractions.
 *
 * @example
 * parseCalculatorForm({ ...DEFAULT_FORM, work: 'ten' })
 * // => { ok: false, errors: { work: 'Average work time per ticket: "ten" is not a number; enter a number above 0 and at most 10,080 min.' } }
 */
export function parseCalculatorForm(form: Readonly<CalculatorForm>): ParsedForm {
  const values: Partial<Record<FieldKey, number>> = {};
  const errors: FieldErrors = {};
  for (const key of FIELD_KEYS) {
    const result = readField(key, form[key]);
    if (typeof result === 'string') errors[key] = result;
    else if (result !== null) values[key] = result;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const percent = (key: FieldKey) => (values[key] === undefined ? undefined : values[key] / 100);
  return {
    ok: true,
    inputs: {
      arrivalsPerHour: values.arrivals as number,
      meanWorkMinutes: values.work as number,
      serviceLevel: {
        attainment: (values.sl as number) / 100,
        targetMinutes: values.within as number,
      },
      asaMinutes: values.asa,
      maxOccupancy: percent('occupancy'),
      shrinkage: percent('shrinkage') ?? 0,
      patienceMinutes: values.patience,
      staffCostPerAgentHour: values.staffCost,
      userHourCost: values.userCost,
      currency: form.currency,
    },
  };
}

/** One field's number, null when an optional field is empty, or the message saying what to fix. */
function readField(key: FieldKey, text: string): number | null | string {
  const spec = FIELDS[key];
  const accepted = ruleText(spec.rule, spec.unit);
  if (text.trim() === '') {
    return spec.optional ? null : `${spec.label} is needed: enter ${accepted}.`;
  }
  const advice = separatorAdvice(text);
  if (advice !== null) return `${spec.label}: ${advice}`;
  const value = readNumber(text);
  if (Number.isNaN(value))
    return `${spec.label}: "${quoted(text)}" is not a number; enter ${accepted}.`;
  if (!fitsRule(value, spec.rule)) return `${spec.label} must be ${accepted}.`;
  return value;
}

/** Typed text as quoted in a message: trimmed, and cut with "…" past QUOTED_LENGTH characters. */
function quoted(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= QUOTED_LENGTH ? trimmed : `${trimmed.slice(0, QUOTED_LENGTH - 1)}…`;
}
