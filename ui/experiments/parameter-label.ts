import { formatLeverValue } from './lever-value.ts';
import { type LeverKind, volumeUnit } from './scenario-levers.ts';

/** Names of a result's groups and classes, by id and in the scenario's order. */
export interface ResultNames {
  groups: readonly { id: string; name: string }[];
  classes: readonly { id: string; name: string }[];
}

/** A swept parameter in plain words: its name, the unit of its values, and what kind it is. */
export interface ParameterLabel {
  name: string;
  /** For a headcount: whose ("Service desk", "Service desk, shift 1"); else the name. */
  subject: string;
  unit: string;
  kind: LeverKind | 'other';
}

/** The item a bracket names: a quoted or bare id, or an index when it is a bare number. */
function itemName(list: readonly { id: string; name: string }[], bracket: string): string {
  const quoted = /^"(.*)"$/.exec(bracket);
  const id = quoted === null ? bracket : (quoted[1] as string);
  const byId = list.find((item) => item.id === id);
  if (byId !== undefined) return byId.name;
  if (quoted === null && /^\d+$/.test(bracket)) return list[Number(bracket)]?.name ?? bracket;
  return id;
}

/**
 * A sweep parameter's path in plain words, with the names the result gives its groups and
 * classes: `groups[desk].agents` → "Service desk headcount" in agents; the path itself when it
 * is not a headcount, target or volume.
 *
 * @example
 * parameterLabel('groups[desk].shifts[0].agents', { groups: [{ id: 'desk', name: 'Service desk' }], classes: [] })
 * // => { name: 'Service desk, shift 1 headcount', subject: 'Service desk, shift 1', unit: 'agents', kind: 'agents' }
 */
export function parameterLabel(path: string, names: ResultNames): ParameterLabel {
  const group = /^groups\[([^\]]+)\]\.(?:shifts\[(\d+)\]\.)?agents$/.exec(path);
  if (group !== null) {
    const name = itemName(names.groups, group[1] as string);
    const shift = group[2] === undefined ? '' : `, shift ${Number(group[2]) + 1}`;
    const subject = `${name}${shift}`;
    return { name: `${subject} headcount`, subject, unit: 'agents', kind: 'agents' };
  }
  const target = /^classes\[([^\]]+)\]\.serviceLevel\.(targetTime|attainment)$/.exec(path);
  if (target !== null) {
    const name = itemName(names.classes, target[1] as string);
    const label = target[2] === 'targetTime' ? `${name} target time` : `${name} share on time`;
    return target[2] === 'targetTime'
      ? { name: label, subject: label, unit: '', kind: 'target-time' }
      : { name: label, subject: label, unit: '%', kind: 'attainment' };
  }
  if (/^arrivals\.tickets(PerWeek|PerHour)$/.test(path)) {
    return {
      name: 'Ticket volume',
      subject: 'Ticket volume',
      unit: volumeUnit(path),
      kind: 'volume',
    };
  }
  return { name: path, subject: path, unit: '', kind: 'other' };
}

/**
 * A swept value as a person reads it: agents as a count, a target time with its unit, an
 * attainment as a percentage; other values as JSON.
 *
 * @example
 * formatParameterValue('target-time', 120) // => '2 h'
 */
export function formatParameterValue(kind: ParameterLabel['kind'], value: unknown): string {
  if (kind === 'other') return typeof value === 'string' ? value : JSON.stringify(value);
  return formatLeverValue(kind, value);
}

/** An axis title: the parameter's name and its unit in brackets when it has one. */
export function axisTitle(label: ParameterLabel): string {
  return label.unit === '' ? label.name : `${label.name} (${label.unit})`;
}
