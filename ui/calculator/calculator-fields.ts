/**
 * The staffing calculator's inputs: what each one means, in a manager's words, its unit and the
 * values it accepts. The form holds what was typed (text); `parseCalculatorForm` turns it into
 * numbers, and the address (`#/calculator?arrivals=60&work=12…`) holds the same text.
 */

/** The currencies the calculator prices in. */
export const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The calculator's number fields, in the order they appear; each is also its address key. */
export const FIELD_KEYS = [
  'arrivals',
  'work',
  'sl',
  'within',
  'asa',
  'occupancy',
  'shrinkage',
  'patience',
  'staffCost',
  'userCost',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** What the form holds: the text of every number field, and the currency. */
export type CalculatorForm = Record<FieldKey, string> & { currency: Currency };

/** The values a field accepts: a number from `min` to `max` (`min` itself only when `minInclusive`). */
export interface FieldRule {
  min: number;
  minInclusive: boolean;
  /** Largest accepted value (inclusive unless `maxExclusive`); absent when unbounded. */
  max?: number;
  maxExclusive?: boolean;
}

/** One input: label, unit shown beside it, a one-line hint, and the values it accepts. */
export interface FieldSpec {
  key: FieldKey;
  label: string;
  /** Unit shown after the box; `currency/h` is replaced by the chosen currency. */
  unit: string;
  hint: string;
  /** An optional field may be left empty (no target, no cost, nobody gives up). */
  optional: boolean;
  rule: FieldRule;
}

const POSITIVE: FieldRule = { min: 0, minInclusive: false };
const NON_NEGATIVE: FieldRule = { min: 0, minInclusive: true };

/** Every number field of the calculator, in form order. */
export const FIELDS: Record<FieldKey, FieldSpec> = {
  arrivals: {
    key: 'arrivals',
    label: 'Tickets arriving per hour',
    unit: 'tickets/h',
    hint: 'In the hour you staff for, e.g. your busiest hour of the week.',
    optional: false,
    rule: POSITIVE,
  },
  work: {
    key: 'work',
    label: 'Average work time per ticket',
    unit: 'min',
    hint: 'Technician time per ticket, wrap-up included.',
    optional: false,
    rule: POSITIVE,
  },
  sl: {
    key: 'sl',
    label: 'Share of tickets',
    unit: '%',
    hint: 'Work starts when a technician picks the ticket up.',
    optional: false,
    rule: { min: 0, minInclusive: false, max: 100, maxExclusive: true },
  },
  within: {
    key: 'within',
    label: 'Started within',
    unit: 'min',
    hint: 'Time to start work on that share; 0 means at once.',
    optional: false,
    rule: NON_NEGATIVE,
  },
  asa: {
    key: 'asa',
    label: 'Average wait target (ASA)',
    unit: 'min',
    hint: 'Mean wait before work starts, over all tickets. Empty: no target.',
    optional: true,
    rule: POSITIVE,
  },
  occupancy: {
    key: 'occupancy',
    label: 'Maximum occupancy',
    unit: '%',
    hint: 'Share of on-duty time spent on tickets; above about 85 % people tire. Empty: no limit.',
    optional: true,
    rule: { min: 0, minInclusive: false, max: 100 },
  },
  shrinkage: {
    key: 'shrinkage',
    label: 'Shrinkage',
    unit: '%',
    hint: 'Paid time not available for tickets: meetings, leave, training, sickness. Empty: none.',
    optional: true,
    rule: { min: 0, minInclusive: true, max: 100, maxExclusive: true },
  },
  patience: {
    key: 'patience',
    label: 'Patience',
    unit: 'min',
    hint: 'Mean minutes before a user gives up waiting. Empty: nobody gives up.',
    optional: true,
    rule: POSITIVE,
  },
  staffCost: {
    key: 'staffCost',
    label: 'Cost of a technician per hour',
    unit: 'currency/h',
    hint: 'Per paid hour, employer costs included. Empty: no costs.',
    optional: true,
    rule: NON_NEGATIVE,
  },
  userCost: {
    key: 'userCost',
    label: "Cost of a user's lost hour",
    unit: 'currency/h',
    hint: 'Lost work while a user waits for help, per hour. Empty: not priced.',
    optional: true,
    rule: NON_NEGATIVE,
  },
};

/**
 * The example the calculator opens with: a desk receiving 60 tickets an hour of 12 minutes'
 * work (12 technicians' worth of work), 80 % to be started within 5 minutes, occupancy at most
 * 85 %, 30 % shrinkage, €45 per technician-hour and €60 per lost user-hour. Nobody gives up.
 */
export const DEFAULT_FORM: Readonly<CalculatorForm> = {
  arrivals: '60',
  work: '12',
  sl: '80',
  within: '5',
  asa: '',
  occupancy: '85',
  shrinkage: '30',
  patience: '',
  staffCost: '45',
  userCost: '60',
  currency: 'EUR',
};

/** True when `value` is one of the calculator's currencies. */
export function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}

/**
 * Reads a typed number: digits with `.` or `,` as the decimal mark, spaces ignored. Not a number
 * gives NaN (the caller says so at the field).
 *
 * @example
 * readNumber(' 7,5 ') // => 7.5
 */
export function readNumber(text: string): number {
  const cleaned = text.trim().replace(/\s+/g, '').replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** True when `value` is a finite number the rule accepts. */
export function fitsRule(value: number, rule: FieldRule): boolean {
  if (!Number.isFinite(value)) return false;
  if (rule.minInclusive ? value < rule.min : value <= rule.min) return false;
  if (rule.max === undefined) return true;
  return rule.maxExclusive === true ? value < rule.max : value <= rule.max;
}

/**
 * What a field accepts, in words, for the message under it.
 *
 * @example
 * ruleText(FIELDS.sl.rule, '%') // => 'a number above 0 and below 100 %'
 */
export function ruleText(rule: FieldRule, unit: string): string {
  const suffix = unit === '%' ? ' %' : '';
  const low = rule.minInclusive ? `${rule.min} or more` : `above ${rule.min}`;
  if (rule.max === undefined) return `a number ${low}`;
  const high = rule.maxExclusive === true ? `below ${rule.max}` : `at most ${rule.max}`;
  return `a number ${low} and ${high}${suffix}`;
}
