import type { Comparison, MetricSummaries, TargetVerdict } from '../../simulator/index.ts';
import { formatCount, formatDuration, formatMoney } from '../format/format.ts';
import { excludesZero } from './difference-format.ts';

/** Plain sentences about a comparison: for each variant, then for the comparison as a whole. */
export interface ComparisonSentences {
  variants: { name: string; sentences: string[] }[];
  overall: string[];
}

/**
 * A positive amount rounded to two significant digits, as a person says it aloud (whole below 100).
 *
 * @example
 * roundForSpeech(4123) // => 4100
 * roundForSpeech(87.4) // => 87
 */
export function roundForSpeech(value: number): number {
  const abs = Math.abs(value);
  if (abs < 100) return Math.round(value);
  const step = 10 ** (Math.floor(Math.log10(abs)) - 1);
  return Math.round(value / step) * step;
}

type Direction = 'saves' | 'costs' | 'same';

/** Whether a difference saves (below 0), costs (above 0) or is the same as far as one can tell. */
function direction(difference: MetricSummaries[keyof MetricSummaries]): Direction {
  if (difference === null || !excludesZero(difference)) return 'same';
  return difference.mean < 0 ? 'saves' : 'costs';
}

/** The words of the two cost parts: users' lost time and the technicians' time or salaries. */
interface CostWords {
  /** "of lost user time", "of salaries": what an amount is of. */
  lost: string;
  staff: string;
  /** "about the same lost user time": when the part does not change. */
  lostSame: string;
  staffSame: string;
  lostAmount: string;
  staffAmount: string;
}

/** The clause on what a variant saves and costs, from the direction of its two parts. */
function costClause(lost: Direction, staff: Direction, w: CostWords): string {
  const clauses: Record<`${Direction}/${Direction}`, string> = {
    'saves/costs': `saves ${w.lostAmount} a week ${w.lost} for ${w.staffAmount} ${w.staff}`,
    'saves/saves': `saves ${w.lostAmount} a week ${w.lost} and ${w.staffAmount} ${w.staff}`,
    'saves/same': `saves ${w.lostAmount} a week ${w.lost}, with ${w.staffSame}`,
    'costs/saves': `saves ${w.staffAmount} a week ${w.staff} at the price of ${w.lostAmount} ${w.lost}`,
    'costs/costs': `costs ${w.lostAmount} a week more ${w.lost} and ${w.staffAmount} more ${w.staff}`,
    'costs/same': `costs ${w.lostAmount} a week more ${w.lost}, with ${w.staffSame}`,
    'same/saves': `saves ${w.staffAmount} a week ${w.staff}, with ${w.lostSame}`,
    'same/costs': `costs ${w.staffAmount} a week more ${w.staff}, with ${w.lostSame}`,
    'same/same': `keeps ${w.lostSame} and ${w.staffSame}`,
  };
  return clauses[`${lost}/${staff}`];
}

/** The cost clause in money when the scenario has costs, else in hours; null without either. */
function costPart(difference: MetricSummaries, currency: string | null): string | null {
  const lostMoney = difference.lostProductivityCostPerWeek;
  const staffMoney = difference.staffCostPerWeek;
  if (lostMoney !== null && staffMoney !== null) {
    const money = (v: number) => formatMoney(roundForSpeech(Math.abs(v)), currency);
    return costClause(direction(lostMoney), direction(staffMoney), {
      lost: 'of lost user time',
      staff: 'of salaries',
      lostSame: 'about the same lost user time',
      staffSame: 'about the same salaries',
      lostAmount: money(lostMoney.mean),
      staffAmount: money(staffMoney.mean),
    });
  }
  const lostHours = difference.lostUserHoursPerWeek;
  const staffHours = difference.agentHoursPerWeek;
  if (lostHours === null || staffHours === null) return null;
  const hours = (v: number) => `${formatCount(roundForSpeech(Math.abs(v)))} hours`;
  return costClause(direction(lostHours), direction(staffHours), {
    lost: "of users' working time",
    staff: 'of technicians on duty',
    lostSame: "about the same users' working time lost",
    staffSame: 'about the same technician hours',
    lostAmount: hours(lostHours.mean),
    staffAmount: hours(staffHours.mean),
  });
}

/** Words for a verdict, as said aloud. */
const VERDICT_WORDS: Record<TargetVerdict, string> = {
  met: 'met',
  missed: 'missed',
  uncertain: 'too close to call',
  'no-tickets': 'without tickets',
};

/** "A", "A and B", "A, B and C". */
function list(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Sentences on the targets whose verdict differs from the base's, grouped by change. */
function targetSentences(comparison: Comparison, k: number): string[] {
  const base = comparison.options[0]?.result.classes ?? [];
  const changes = new Map<string, string[]>();
  for (const c of comparison.options[k]?.result.classes ?? []) {
    const before = base.find((b) => b.id === c.id)?.target?.verdict;
    const after = c.target?.verdict;
    if (before === undefined || after === undefined || before === after) continue;
    const key = `from ${VERDICT_WORDS[before]} to ${VERDICT_WORDS[after]}`;
    changes.set(key, [...(changes.get(key) ?? []), c.name]);
  }
  return [...changes].map(([change, names]) =>
    names.length === 1
      ? `The ${names[0]} target goes ${change}.`
      : `The ${list(names)} targets go ${change}.`,
  );
}

/**
 * Sentences a consultant can read out: for each variant, how fast 95 % of tickets are resolved
 * against the base and what it saves and costs a week (money when the scenario has costs, else
 * hours), the total, and the targets whose verdict changes; then the cheapest option overall and
 * the cheapest meeting every target. A difference whose 95 % interval includes 0 is "about the
 * same". Amounts are rounded to two significant digits.
 *
 * @example
 * compareSentences(comparison).variants[0].sentences[0]
 * // => 'Two more at the desk resolves 95 % of tickets within 3.1 h instead of 6.4 h, and saves €4,100 a week of lost user time for €2,300 of salaries.'
 */
export function compareSentences(comparison: Comparison): ComparisonSentences {
  return {
    variants: comparison.differences.map((difference, i) => ({
      name: difference.name,
      sentences: variantSentences(comparison, i + 1),
    })),
    overall: overallSentences(comparison),
  };
}

/** The sentences about option k (a variant, k ≥ 1) against the base. */
function variantSentences(comparison: Comparison, k: number): string[] {
  const base = comparison.options[0]?.result;
  const currency = base?.currency ?? null;
  const difference = comparison.differences[k - 1];
  if (difference === undefined) return [];
  const sentences: string[] = [];
  const p95 = comparison.options[k]?.result.overall.timeInSystemP95Minutes;
  const baseP95 = base?.overall.timeInSystemP95Minutes;
  const clauses: string[] = [];
  if (p95 && baseP95) {
    const same = direction(difference.overall.timeInSystemP95Minutes) === 'same';
    clauses.push(
      same
        ? `resolves 95 % of tickets within ${formatDuration(p95.mean)}, about as fast as the base (${formatDuration(baseP95.mean)})`
        : `resolves 95 % of tickets within ${formatDuration(p95.mean)} instead of ${formatDuration(baseP95.mean)}`,
    );
  }
  const cost = costPart(difference.overall, currency);
  if (cost !== null) clauses.push(cost);
  if (clauses.length > 0) sentences.push(`${difference.name} ${clauses.join(', and ')}.`);
  const total = difference.overall.totalCostPerWeek;
  if (total !== null && difference.overall.staffCostPerWeek !== null) {
    const amount = formatMoney(roundForSpeech(Math.abs(total.mean)), currency);
    const way = direction(total);
    sentences.push(
      way === 'same'
        ? 'In all, the difference in total cost is within the noise of the simulation.'
        : `In all, it ${way === 'saves' ? `saves ${amount}` : `costs ${amount} more`} a week.`,
    );
  }
  return [...sentences, ...targetSentences(comparison, k)];
}

/** The cheapest option by mean total cost, and the cheapest meeting every target it has. */
function overallSentences(comparison: Comparison): string[] {
  const currency = comparison.options[0]?.result.currency ?? null;
  const costed = comparison.options
    .map((o) => ({ o, total: o.result.overall.totalCostPerWeek?.mean ?? null }))
    .filter((x): x is { o: (typeof comparison.options)[number]; total: number } => x.total !== null)
    .sort((a, b) => a.total - b.total);
  const cheapest = costed[0];
  if (cheapest === undefined) return [];
  const money = (v: number) => formatMoney(roundForSpeech(v), currency);
  const sentences = [
    `Lowest total cost: ${cheapest.o.name}, about ${money(cheapest.total)} a week.`,
  ];
  const meets = costed.filter(({ o }) => {
    const targets = o.result.classes.filter((c) => c.target !== null);
    return targets.length > 0 && targets.every((c) => c.target?.verdict === 'met');
  });
  const cheapestMeeting = meets[0];
  if (
    cheapestMeeting === undefined &&
    costed.some(({ o }) => o.result.classes.some((c) => c.target))
  ) {
    sentences.push('No option meets every service-level target with confidence.');
  } else if (cheapestMeeting !== undefined && cheapestMeeting !== cheapest) {
    sentences.push(
      `Cheapest that meets every target: ${cheapestMeeting.o.name}, about ${money(cheapestMeeting.total)} a week.`,
    );
  } else if (cheapestMeeting !== undefined) {
    sentences.push('It also meets every service-level target.');
  }
  return sentences;
}
