import { toMinutes } from '../../simulator/index.ts';
import { formatCount, formatDuration, formatPercent } from '../format/format.ts';
import { type Lever, type LeverKind, volumeUnit } from './scenario-levers.ts';

/** The most agents a group or shift may have (the scenario schema's limit). */
const MAX_AGENTS = 100_000;

/** A value read from a form field, or what the field should hold instead. */
export type ParsedValue = { value: unknown } | { error: string };

/**
 * Reads what a person typed for a lever: agents as a whole number, a target time as a duration
 * ("30m", "2h", "1d", or minutes), an attainment as a percentage (sent as a fraction), a volume
 * as a number above 0.
 *
 * @example
 * parseLeverValue({ kind: 'attainment', min: 0, path: '' }, '95') // => { value: 0.95 }
 * parseLeverValue({ kind: 'agents', min: 1, path: '' }, '0') // => { error: 'a whole number of agents from 1 to 100000' }
 */
export function parseLeverValue(
  lever: Pick<Lever, 'kind' | 'min' | 'path'>,
  text: string,
): ParsedValue {
  const trimmed = text.trim();
  const number = trimmed === '' ? Number.NaN : Number(trimmed);
  switch (lever.kind) {
    case 'agents':
      return Number.isInteger(number) && number >= lever.min && number <= MAX_AGENTS
        ? { value: number }
        : { error: `a whole number of agents from ${lever.min} to ${MAX_AGENTS}` };
    case 'target-time':
      return parseDuration(trimmed);
    case 'attainment':
      return number >= 0 && number <= 100
        ? { value: Math.round(number * 1e6) / 1e8 }
        : { error: 'a percentage from 0 to 100' };
    case 'volume':
      return number > 0 && Number.isFinite(number)
        ? { value: number }
        : { error: `a number of ${volumeUnit(lever.path)} above 0` };
  }
}

function parseDuration(text: string): ParsedValue {
  const expected = 'a duration such as "30m", "2h" or "1d" (a plain number is minutes)';
  if (text === '') return { error: expected };
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  try {
    toMinutes(value);
    return { value };
  } catch {
    return { error: expected };
  }
}

/**
 * What a lever's field starts with: its value now, as a person would type it (an attainment as a
 * percentage).
 *
 * @example
 * leverInputText({ kind: 'attainment', current: 0.9 }) // => '90'
 */
export function leverInputText(lever: Pick<Lever, 'kind' | 'current'>): string {
  if (lever.current === undefined || lever.current === null) return '';
  if (lever.kind === 'attainment' && typeof lever.current === 'number') {
    return String(Math.round(lever.current * 1e8) / 1e6);
  }
  return String(lever.current);
}

/**
 * A lever's value with its unit as a person reads it, or "?" when it cannot be read.
 *
 * @example
 * formatLeverValue('target-time', '4h') // => '4 h'
 * formatLeverValue('attainment', 0.9) // => '90 %'
 */
export function formatLeverValue(kind: LeverKind, value: unknown): string {
  switch (kind) {
    case 'agents':
      return typeof value === 'number' ? formatCount(value) : '?';
    case 'target-time':
      try {
        return formatDuration(toMinutes(value as string | number));
      } catch {
        return '?';
      }
    case 'attainment':
      return typeof value === 'number' ? formatPercent(value).replace(/\.0 %$/, ' %') : '?';
    case 'volume':
      return typeof value === 'number' ? formatCount(value) : '?';
  }
}

/** The unit words written after a lever's values: "agents", "tickets a week"; none otherwise. */
export function leverUnit(lever: Pick<Lever, 'kind' | 'path'>, value?: unknown): string {
  if (lever.kind === 'agents') return value === 1 ? 'agent' : 'agents';
  if (lever.kind === 'volume') return volumeUnit(lever.path);
  return '';
}

/** What a lever's field asks for, shown beside it. */
export function leverInputHint(lever: Pick<Lever, 'kind' | 'min' | 'path'>): string {
  switch (lever.kind) {
    case 'agents':
      return lever.min === 0 ? 'agents on this shift (0 closes it)' : 'agents';
    case 'target-time':
      return 'e.g. 30m, 2h, 1d';
    case 'attainment':
      return '% of tickets that must start within the target time';
    case 'volume':
      return volumeUnit(lever.path);
  }
}
