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

/** The longest time a field accepts: a week of minutes (7 × 24 × 60). */
const WEEK_MINUTES = 10_080;
/** Minutes above 0, at most a week. */
const MINUTES: FieldRule = { min: 0, minInclusive: false, max: WEEK_MINUTES };
/** A cost per hour, 0 or more, at most a million. */
const COST: FieldRule = { min: 0, minInclusive: true, max: 1_000_000 };

/** Every number field of the calculator, in form order. */
export const FIELDS: Record<FieldKey, FieldSpec> = {
  arrivals: {
    key: 'arrivals',
    label: 'Tickets arriving per hour',
    unit: 'tickets/h',
    hint: 'In the hour you staff for, e.g. your busiest hour of the week.',
    optional: false,
    rule: { min: 0, minInclusive: false, max: 1_000_000 },
  },
  work: {
    key: 'work',
    label: 'Average work time per ticket',
    unit: 'min',
    hint: 'Technician time per ticket, wrap-up included.',
    optional: false,
    rule: MINUTES,
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
    rule: { min: 0, minInclusive: true, max: WEEK_MINUTES },
  },
  asa: {
    key: 'asa',
    label: 'Average wait target (ASA)',
    unit: 'min',
    hint: 'Mean wait before work starts, over all tickets. Empty: no target.',
    optional: true,
    rule: MINUTES,
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
    rule: MINUTES,
  },
  staffCost: {
    key: 'staffCost',
    label: 'Cost of a technician per hour',
    unit: 'currency/h',
    hint: 'Per paid hour, employer costs included. Empty: no costs.',
    optional: true,
    rule: COST,
  },
  userCost: {
    key: 'userCost',
    label: "Cost of a user's lost hour",
    unit: 'currency/h',
    hint: 'Lost work while a user waits for help, per hour. Empty: not priced.',
    optional: true,
    rule: COST,
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

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The text without spaces (a space between thousands is read as nothing). */
function compact(text: string): string {
  return text.trim().replace(/\s+/g, '');
}

/**
 * Reads a typed number: digits with `.` or `,` as the decimal mark, spaces ignored. Not a number
 * gives NaN (the caller says so at the field), and so does a comma that may separate thousands
 * ("1,200": see separatorAdvice).
 *
 * @example
 * readNumber(' 7,5 ') // => 7.5
 * readNumber('1,200') // => NaN (1200 or 1.2?)
 */
export function readNumber(text: string): number {
  if (separatorAdvice(text) !== null) return Number.NaN;
  const cleaned = compact(text).replace(',', '.');
  return NUMBER.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/**
 * What to type instead of a number written with a thousands separator, or null when the text has
 * none. A lone comma followed by exactly three digits after 1 to 3 leading digits ("1,200") may
 * mean 1200 or 1.2, so it is refused rather than guessed; "7,5", "0,250" and "1234,5" are
 * decimals. Several separators ("1,200,000", "1,200.5", "1.200,5") are thousands grouping.
 *
 * @example
 * separatorAdvice('1,200') // => '"1,200" could mean 1200 or 1.2: type 1200, or 1.2 with a point.'
 * separatorAdvice('1,200.5') // => '"1,200.5": type it without the thousands separator, 1200.5.'
 */
export function separatorAdvice(text: string): string | null {
  const cleaned = compact(text);
  if (!cleaned.includes(',')) return null;
  const ambiguous = /^([+-]?[1-9]\d{0,2}),(\d{3})$/.exec(cleaned);
  if (ambiguous !== null) {
    const [, whole = '', part = ''] = ambiguous;
    const decimal = String(Number(`${whole}.${part}`));
    return `"${text.trim()}" could mean ${whole}${part} or ${decimal}: type ${whole}${part}, or ${decimal} with a point.`;
  }
  const grouped = /^([+-]?\d{1,3})([,.])(\d{3}(?:\2\d{3})*)(?:([,.])(\d+))?$/.exec(cleaned);
  if (grouped === null) return null;
  const [, head = '', mark, groups = '', decimalMark, decimals] = grouped;
  // One separator alone ("0,250") is a decimal mark; a second one cannot be.
  if (decimalMark === mark || (decimalMark === undefined && !groups.includes(mark ?? ','))) {
    return null;
  }
  const plain = `${head}${groups.split(mark ?? ',').join('')}${decimals === undefined ? '' : `.${decimals}`}`;
  return `"${text.trim()}": type it without the thousands separator, ${plain}.`;
}

/** True when `value` is a finite number the rule accepts. */
export function fitsRule(value: number, rule: FieldRule): boolean {
  if (!Number.isFinite(value)) return false;
  if (rule.minInclusive ? value < rule.min : value <= rule.min) return false;
  if (rule.max === undefined) return true;
  return rule.maxExclusive === true ? value < rule.max : value <= rule.max;
}

/** A field's unit after a limit, in words: "100 %", "10,080 min", "1,000,000 an hour". */
const UNIT_WORDS: Record<string, string> = {
  '%': ' %',
  min: ' min',
  'tickets/h': ' tickets an hour',
  'currency/h': ' an hour',
};

/**
 * What a field accepts, in words, for the message under it; the limits grouped in thousands.
 *
 * @example
 * ruleText(FIELDS.sl.rule, '%') // => 'a number above 0 and below 100 %'
 * ruleText(FIELDS.work.rule, 'min') // => 'a number above 0 and at most 10,080 min'
 */
export function ruleText(rule: FieldRule, unit: string): string {
  const group = (value: number) => value.toLocaleString('en');
  const low = rule.minInclusive ? `${group(rule.min)} or more` : `above ${group(rule.min)}`;
  if (rule.max === undefined) return `a number ${low}`;
  const high =
    rule.maxExclusive === true ? `below ${group(rule.max)}` : `at most ${group(rule.max)}`;
  return `a number ${low} and ${high}${UNIT_WORDS[unit] ?? ''}`;
}
