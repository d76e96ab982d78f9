import { DateTime } from 'luxon';
import { type ArrivalAnalysis, analyseArrivals } from './arrival-analysis.ts';
import {
  type DurationFit,
  type DurationObservation,
  fitDurations,
  MIN_FIT_COUNT,
} from './fit-durations.ts';
import type { TicketLog, TicketRecord } from './ticket-log.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** A duration measured on the tickets. */
export type TimeMeasure = 'firstTouch' | 'resolve' | 'work';

/** One measure fitted on one segment of tickets (all, or those of one priority or group). */
export interface TimeFit {
  measure: TimeMeasure;
  segment: { by: 'all' | 'priority' | 'group'; value: string | null };
  fit: DurationFit;
}

/** Everything fitted from a ticket log. */
export interface TicketLogFit {
  source: Omit<TicketLog, 'tickets' | 'activity' | 'transitions' | 'groupTransitions'> & {
    tickets: number;
  };
  arrivals: ArrivalAnalysis;
  times: TimeFit[];
  /** Segments with too few completed tickets to fit, and why. */
  skipped: string[];
  /** The priorities seen (two to twelve of them, each with its share), or empty. */
  priorities: { value: string; tickets: number; share: number }[];
  /**
   * Distinct technicians active (an event, or a ticket touched or resolved) per hour of the week,
   * averaged over the weeks of the data; null when the data names nobody.
   */
  staffing: {
    /** "events": from every event of an event log; "tickets": from touches and resolutions only (a lower bound). */
    source: 'events' | 'tickets';
    technicians: number;
    activeByHourOfWeek: number[];
    peak: number;
  } | null;
  /** Tickets handed from one technician to another, and the commonest hand-offs. */
  handOffs: {
    shareHandedOver: number;
    shareEscalated: number;
    transitions: { from: string; to: string; count: number; probability: number }[];
    /** The same between groups (escalation paths), where the data names groups per event. */
    groupTransitions: { from: string; to: string; count: number; probability: number }[];
  };
}

/**
 * Fits a ticket log: arrivals (see analyseArrivals), time to first touch, time to resolve and,
 * where recorded, work (effort) time, for all tickets and per priority and per group with at least
 * MIN_FIT_COUNT completed tickets; tickets still open at the end of the data are right-censored
 * there. Also the technicians seen active per hour of the week and the hand-offs between them.
 */
export function fitTicketLog(log: TicketLog): TicketLogFit {
  const {
    tickets: list,
    activity: _activity,
    transitions: _transitions,
    groupTransitions: _groups,
    ...source
  } = log;
  const arrivals = analyseArrivals(
    list.map((t) => t.opened),
    log.timeZone,
    log.observedUntil,
  );
  const skipped: string[] = [];
  const times: TimeFit[] = [];
  const priorities = segmentValues(list, (t) => t.priority);
  const groups = segmentValues(list, (t) => t.group);
  const segments: {
    by: TimeFit['segment']['by'];
    value: string | null;
    tickets: TicketRecord[];
  }[] = [
    { by: 'all', value: null, tickets: list },
    ...priorities.map((p) => ({
      by: 'priority' as const,
      value: p.value,
      tickets: list.filter((t) => t.priority === p.value),
    })),
    ...groups.map((g) => ({
      by: 'group' as const,
      value: g.value,
      tickets: list.filter((t) => t.group === g.value),
    })),
  ];
  for (const segment of segments) {
    for (const measure of ['firstTouch', 'resolve', 'work'] as const) {
      const observations = durations(segment.tickets, measure, log.end);
      const completed = observations.filter((o) => !o.censored).length;
      const name = `${measureName(measure)}${segment.value === null ? '' : ` (${segment.by} ${segment.value})`}`;
      if (completed < MIN_FIT_COUNT) {
        if (measure !== 'work' || segment.by === 'all') {
          skipped.push(
            `${name}: ${completed} completed tickets, fewer than the ${MIN_FIT_COUNT} a fit needs`,
          );
        }
        continue;
      }
      times.push({
        measure,
        segment: { by: segment.by, value: segment.value },
        fit: fitDurations(observations, name),
      });
    }
  }
  return {
    source: { ...source, tickets: list.length },
    arrivals,
    times,
    skipped,
    priorities,
    staffing: observedStaffing(log, arrivals),
    handOffs: handOffs(log),
  };
}

function measureName(measure: TimeMeasure): string {
  return { firstTouch: 'time to first touch', resolve: 'time to resolve', work: 'work time' }[
    measure
  ];
}

/** Values a segmenting field takes, when there are 2 to 12 of them. */
function segmentValues(tickets: readonly TicketRecord[], pick: (t: TicketRecord) => string | null) {
  const counts = new Map<string, number>();
  for (const t of tickets) {
    const v = pick(t);
    if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  if (counts.size < 2 || counts.size > 12) return [];
  return [...counts.entries()]
    .sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }))
    .map(([value, n]) => ({ value, tickets: n, share: n / tickets.length }));
}

/** Durations of a measure, minutes; open tickets are censored at the end of the data. */
export function durations(
  tickets: readonly TicketRecord[],
  measure: TimeMeasure,
  end: number,
): DurationObservation[] {
  const result: DurationObservation[] = [];
  for (const t of tickets) {
    if (measure === 'work') {
      if (t.workMinutes !== null) result.push({ minutes: t.workMinutes, censored: false });
      continue;
    }
    // A ticket resolved with no touch recorded was touched by its resolution at the latest.
    const done = measure === 'firstTouch' ? (t.firstTouched ?? t.resolved) : t.resolved;
    if (done !== null) result.push({ minutes: (done - t.opened) / MINUTE_MS, censored: false });
    else result.push({ minutes: Math.max(end - t.opened, 0) / MINUTE_MS, censored: true });
  }
  return result;
}

function observedStaffing(log: TicketLog, arrivals: ArrivalAnalysis): TicketLogFit['staffing'] {
  // Event logs say who was active each hour; a ticket export only who touched or resolved what.
  let activity = log.activity;
  if (activity.length === 0) {
    const byHour = new Map<number, Set<string>>();
    for (const t of log.tickets) {
      if (t.assignee === null) continue;
      for (const time of [t.firstTouched, t.resolved]) {
        if (time === null) continue;
        const hour = Math.floor(time / HOUR_MS);
        const set = byHour.get(hour);
        if (set === undefined) byHour.set(hour, new Set([t.assignee]));
        else set.add(t.assignee);
      }
    }
    activity = [...byHour.entries()].map(([hour, set]) => ({ hour, resources: [...set] }));
  }
  if (activity.length === 0) return null;
  const sums = new Array<number>(168).fill(0);
  const everyone = new Set<string>();
  for (const { hour, resources } of activity) {
    const t = DateTime.fromMillis(hour * HOUR_MS, { zone: log.timeZone });
    const h = (t.weekday - 1) * 24 + t.hour;
    sums[h] = (sums[h] as number) + resources.length;
    for (const r of resources) everyone.add(r);
  }
  const activeByHourOfWeek = sums.map((s, h) => {
    const hours = arrivals.hourOfWeek[h]?.hours ?? 0;
    return hours > 0 ? s / hours : 0;
  });
  return {
    source: log.activity.length > 0 ? 'events' : 'tickets',
    technicians: everyone.size,
    activeByHourOfWeek,
    peak: Math.max(...activeByHourOfWeek),
  };
}

function handOffs(log: TicketLog): TicketLogFit['handOffs'] {
  const n = log.tickets.length;
  return {
    shareHandedOver: n === 0 ? 0 : log.tickets.filter((t) => t.handedOver).length / n,
    shareEscalated: n === 0 ? 0 : log.tickets.filter((t) => t.handOffs > 0).length / n,
    transitions: withProbabilities(log.transitions),
    groupTransitions: withProbabilities(log.groupTransitions),
  };
}

/**
 * The commonest moves, each with its probability given a move away from its origin: count over
 * all moves leaving `from`.
 */
function withProbabilities(moves: TicketLog['transitions']) {
  const leaving = new Map<string, number>();
  for (const t of moves) leaving.set(t.from, (leaving.get(t.from) ?? 0) + t.count);
  return moves
    .map((t) => ({ ...t, probability: t.count / (leaving.get(t.from) ?? t.count) }))
    .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from))
    .slice(0, 20);
}
