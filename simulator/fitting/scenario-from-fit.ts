import { fail, SIM_ERR } from '../errors.ts';
import type { DistributionSpec } from '../scenario/distribution-schema.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import type { Scenario, TicketClass } from '../scenario/schema.ts';
import { formatMinutes } from '../units.ts';
import { type DistributionFit, type DurationFit, MIN_FIT_COUNT } from './fit-durations.ts';
import type { TicketLogFit, TimeFit } from './fit-ticket-log.ts';

export interface ScenarioFromFitOptions {
  name?: string;
  /** Tickets a week to plan for (a forecast week's volume); default: the recent level. */
  ticketsPerWeek?: number;
  /** Weeks to simulate after the warm-up (default 13). */
  weeks?: number;
}

/** A scenario made from a fit, and what went into it: estimated from the data, or assumed. */
export interface FittedScenario {
  scenario: Scenario;
  estimated: string[];
  assumed: string[];
}

/** Completed durations needed to use the data's own quantiles rather than a family. */
const MIN_EMPIRICAL_COUNT = 200;
/** A KS distance above this between the best fit and the data calls for the data's own distribution. */
export const KS_GOOD_FIT = 0.05;
/** Largest id length of a class made from a priority name. */
const MAX_ID = 64;

/**
 * Turns a fit into a valid scenario: hour-of-week arrivals at the recent (or given) weekly volume
 * with the fitted profile, and the daily volume cv when days vary beyond Poisson; one class per
 * priority (their shares as seen) or one class; work times from the effort recorded, or, when the
 * data has none, from the elapsed time to resolve, with enough agents that tickets never queue
 * (an infinite-server model that reproduces the observed resolution times, not a staffing answer:
 * the report says so); otherwise as many agents as the data shows active at its busiest hour.
 */
export function scenarioFromFit(
  fit: TicketLogFit,
  options: ScenarioFromFitOptions = {},
): FittedScenario {
  const estimated: string[] = [];
  const assumed: string[] = [];
  const a = fit.arrivals;
  const ticketsPerWeek = options.ticketsPerWeek ?? a.recentTicketsPerWeek;
  estimated.push(
    options.ticketsPerWeek === undefined
      ? `Volume: ${ticketsPerWeek.toFixed(1)} tickets a week, the mean of the last ${Math.min(13, a.weekly.length)} whole weeks.`
      : `Volume: ${ticketsPerWeek.toFixed(1)} tickets a week, as asked (a forecast week).`,
    `Arrival profile: the tickets per hour of each of the 168 hours of the week over ${a.weeks.toFixed(1)} weeks, in ${a.timeZone} time.`,
  );
  const cv = a.dispersion.pValue < 0.05 ? Math.min(a.dispersion.dailyVolumeCv, 2) : 0;
  if (cv > 0)
    estimated.push(`Daily volume factor: cv ${cv.toFixed(2)} (days vary more than Poisson).`);
  const hasWork = fit.times.some((t) => t.measure === 'work' && t.segment.by === 'all');
  const measure = hasWork ? 'work' : 'resolve';
  const overall = findFit(fit, measure, null);
  if (overall === null) {
    fail(
      SIM_ERR.INVALID_TICKET_DATA,
      'resolved tickets',
      fit.times.length,
      `at least ${MIN_FIT_COUNT} resolved tickets to fit a time to resolve (the scenario's work time); check the resolution column or --resolve-activity`,
    );
  }
  // A family fits when its KS distance is within the 5 % critical value for the sample (1.36/√n,
  // the size the test cannot tell from noise) or under KS_GOOD_FIT; otherwise, with enough data,
  // the scenario draws from the data's own quantiles.
  const empirical = (f: DurationFit) =>
    f.best.ks > Math.max(KS_GOOD_FIT, 1.36 / Math.sqrt(f.count - f.censored)) &&
    f.count - f.censored >= MIN_EMPIRICAL_COUNT;
  const specOf = (f: DurationFit): DistributionSpec =>
    empirical(f) ? { kind: 'empirical', values: f.quantiles } : f.best.spec;
  if (empirical(overall)) {
    estimated.push(
      `No distribution family fits the ${measure === 'work' ? 'work times' : 'times to resolve'} well (best: ${overall.best.family}, KS distance ${overall.best.ks.toFixed(3)}, beyond both ${KS_GOOD_FIT} and the 5 % critical value ${(1.36 / Math.sqrt(overall.count - overall.censored)).toFixed(3)}): the scenario draws them from ${overall.quantiles.length} quantiles of the data (Kaplan–Meier) instead.`,
    );
  }
  const ids = classIds(fit.priorities.map((p) => p.value));
  const classes: TicketClass[] =
    fit.priorities.length === 0
      ? [{ id: 'all', name: 'All tickets', share: 1, workTime: specOf(overall) }]
      : fit.priorities.map((p, i) => {
          const own = findFit(fit, measure, p.value);
          return {
            id: ids[i] as string,
            name: `Priority ${p.value}`,
            share:
              i === fit.priorities.length - 1
                ? 1 - fit.priorities.slice(0, -1).reduce((s, q) => s + q.share, 0)
                : p.share,
            workTime: specOf(own ?? overall),
          };
        });
  if (fit.priorities.length > 0)
    estimated.push(
      `Classes: one per priority (${fit.priorities.map((p) => `${p.value} ${(p.share * 100).toFixed(0)} %`).join(', ')}).`,
    );
  else assumed.push('Classes: one class; the data has no priority column with 2 to 12 values.');
  const best = overall.best;
  // Work longer than a day averages the daily cycle out: the mean rate then sets the load.
  const rate =
    best.mean > 1440 ? a.ticketsPerWeek / 10080 : Math.max(...a.hourOfWeek.map((h) => h.rate)) / 60;
  const perMinute = rate * (ticketsPerWeek / a.ticketsPerWeek);
  let agents: number;
  if (hasWork) {
    estimated.push(
      `Work time: ${empirical(overall) ? `the observed distribution (mean ${formatMinutes(overall.best.mean)})` : describe(best)} from the effort recorded on ${overall.count} tickets.`,
    );
    // The busiest hour's load at 85 % occupancy, or the technicians an event log shows active
    // then when that is more; touches and resolutions alone undercount who was working.
    const byLoad = Math.max(1, Math.ceil((perMinute * best.mean) / 0.85));
    const seen = fit.staffing?.source === 'events' ? Math.ceil(fit.staffing.peak) : 0;
    agents = Math.max(byLoad, seen);
    if (seen >= byLoad) {
      estimated.push(
        `Agents: ${agents}, the most technicians seen active in one hour of the week on average.`,
      );
    } else {
      assumed.push(
        `Agents: ${agents}, enough for the busiest hour's load at 85 % occupancy${fit.staffing === null ? '; the data names no technicians' : ''}. Set the real headcount and shifts.`,
      );
    }
  } else {
    const load = perMinute * best.mean;
    agents = Math.max(1, Math.ceil(load + 4 * Math.sqrt(load) + 2));
    assumed.push(
      `Work time: the data holds no effort (handle) times, so the elapsed time to resolve stands in for it: ${empirical(overall) ? `its observed distribution, mean ${formatMinutes(overall.best.mean)}` : describe(best)}. This includes waiting, so it overstates the work.`,
      `Agents: ${agents}, enough that tickets never queue (an infinite-server model). The scenario reproduces the observed resolution times; it is not a staffing answer until real work times and headcounts are set.`,
    );
  }
  assumed.push('No service-level targets: the data does not say them; add classes[].serviceLevel.');
  const weeks = options.weeks ?? 13;
  const scenario = parseScenario({
    schemaVersion: 1,
    name: options.name ?? 'Fitted from ticket history',
    description: [...estimated, ...assumed].join(' '),
    arrivals: {
      kind: 'hour-of-week',
      ticketsPerWeek,
      hourWeights: a.hourOfWeek.map((h) => h.rate),
      ...(cv > 0 ? { dailyVolumeCv: Math.max(cv, 0.001) } : {}),
    },
    classes,
    groups: [{ id: 'desk', name: 'Service desk', agents }],
    run: { horizon: `${weeks}w`, replications: 10, seed: 1 },
  });
  return { scenario, estimated, assumed };
}

function findFit(fit: TicketLogFit, measure: TimeFit['measure'], priority: string | null) {
  return (
    fit.times.find(
      (t) =>
        t.measure === measure &&
        (priority === null
          ? t.segment.by === 'all'
          : t.segment.by === 'priority' && t.segment.value === priority),
    )?.fit ?? null
  );
}

function describe(fit: DistributionFit): string {
  return `${fit.family}, mean ${formatMinutes(fit.mean)}, cv ${fit.cv.toFixed(2)}`;
}

/** Scenario ids for priority names: unsafe characters replaced, made unique by their position. */
function classIds(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.map((value, i) => {
    let id = value
      .replace(/[^A-Za-z0-9_.-]/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, MAX_ID - 4);
    if (id === '' || seen.has(id)) id = `${id === '' ? 'class' : id}-${i + 1}`;
    seen.add(id);
    return id;
  });
}
