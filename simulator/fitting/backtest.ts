import { DateTime } from 'luxon';
import { fail, SIM_ERR } from '../errors.ts';
import { confidenceInterval, type MetricSummary } from '../report/confidence-interval.ts';
import { simulateReplications } from '../scenario/run-scenario.ts';
import { fitTicketLog } from './fit-ticket-log.ts';
import { forecastVolume } from './forecast-volume.ts';
import { scenarioFromFit } from './scenario-from-fit.ts';
import type { TicketLog, TicketRecord } from './ticket-log.ts';

const HOUR_MS = 3_600_000;
const VOLUME_FIGURE = 'Tickets in the held-out weeks';
const WEEK_MS = 168 * HOUR_MS;

export interface BacktestOptions {
  /** Weeks held out at the end of the data (default: a quarter of the whole weeks, 4 to 13). */
  testWeeks?: number;
  /** Weeks before the split to fit on (default: all of them): recent behaviour only. */
  trainWeeks?: number;
  replications?: number;
  seed?: number;
}

/** A figure of the held-out period: what happened, what the model simulated, the relative error. */
export interface BacktestFigure {
  name: string;
  unit: 'tickets' | 'minutes';
  actual: number;
  simulated: MetricSummary;
  relativeError: number;
}

export interface Backtest {
  split: string;
  trainWeeks: number;
  testWeeks: number;
  trainTickets: number;
  testTickets: number;
  /** The volume the model planned for (the forecast of the held-out weeks, from training data). */
  plannedTicketsPerWeek: number;
  weekly: { weekStart: string; actual: number }[];
  /** Mean absolute percentage error of the weekly volume against the plan, and the error a perfect Poisson forecast would make. */
  volumeMape: number;
  poissonMape: number;
  figures: BacktestFigure[];
  verdict: 'good' | 'fair' | 'poor';
  sentences: string[];
}

/**
 * Holds out the last whole weeks in which tickets were opened, fits the log up to them (tickets still open then are censored there), builds the scenario for
 * the held-out weeks at the forecast volume, simulates them after a warm-up, and compares with
 * what really happened: weekly volume (MAPE, beside the error a perfect Poisson forecast would
 * make at that volume, √(2/(π·m)) of m), the median and 90th percentile of the time to resolve of
 * tickets opened and resolved within the held-out weeks (as the simulation counts them), and the
 * mean number of open tickets. Verdict: "good" when every figure is within 20 % (the volume
 * within 1.5 × the Poisson error), "fair" within 40 %, "poor" beyond.
 *
 * @throws SimulatorError SIM_ERR_INVALID_TICKET_DATA when the data is too short to hold weeks out.
 */
export function backtestTicketLog(log: TicketLog, options: BacktestOptions = {}): Backtest {
  const zone = log.timeZone;
  // Held-out weeks end with the last whole week in which tickets were still being opened: events
  // after it (late closures) say nothing of arrivals.
  const lastOpened = Math.max(...log.tickets.map((t) => t.opened));
  const lastMonday = DateTime.fromMillis(lastOpened, { zone }).startOf('week');
  const firstMonday = DateTime.fromMillis(log.start, { zone }).startOf('week').plus({ weeks: 1 });
  const wholeWeeks = Math.floor((lastMonday.toMillis() - firstMonday.toMillis()) / WEEK_MS);
  const testWeeks = options.testWeeks ?? Math.min(13, Math.max(4, Math.floor(wholeWeeks / 4)));
  if (wholeWeeks < 13) {
    fail(
      SIM_ERR.INVALID_TICKET_DATA,
      'weeks of data',
      Math.max(wholeWeeks, 0),
      'at least 13 whole weeks with tickets: 12 to fit on and one to hold out',
    );
  }
  if (!Number.isInteger(testWeeks) || testWeeks < 1 || wholeWeeks - testWeeks < 12) {
    fail(
      SIM_ERR.INVALID_TICKET_DATA,
      'testWeeks',
      testWeeks,
      `from 1 to ${wholeWeeks - 12} weeks to hold out, leaving at least 12 of the ${wholeWeeks} whole weeks to fit on`,
    );
  }
  const split = lastMonday.minus({ weeks: testWeeks });
  const splitMs = split.toMillis();
  const endMs = lastMonday.toMillis();
  const trainFrom =
    options.trainWeeks === undefined
      ? Number.NEGATIVE_INFINITY
      : split.minus({ weeks: options.trainWeeks }).toMillis();
  if (
    options.trainWeeks !== undefined &&
    !(Number.isInteger(options.trainWeeks) && options.trainWeeks >= 12)
  ) {
    fail(
      SIM_ERR.INVALID_TICKET_DATA,
      'trainWeeks',
      options.trainWeeks,
      'a whole number of weeks ≥ 12 to fit on',
    );
  }
  const training = trainingLog(log, trainFrom, splitMs);
  const fit = fitTicketLog(training);
  const forecast = forecastVolume(fit.arrivals.daily, testWeeks);
  const planned = forecast.weeks.reduce((s, w) => s + w.volume, 0) / testWeeks;
  const resolveP90 =
    fit.times.find((t) => t.measure === 'resolve' && t.segment.by === 'all')?.fit.p90 ?? 0;
  const warmUpWeeks = Math.min(26, Math.max(2, Math.ceil((3 * resolveP90) / 10080)));
  const { scenario } = scenarioFromFit(fit, {
    ticketsPerWeek: Math.max(planned, 0.1),
    weeks: testWeeks,
  });
  const run = {
    ...scenario,
    run: {
      horizon: `${warmUpWeeks + testWeeks}w`,
      warmUp: `${warmUpWeeks}w`,
      replications: options.replications ?? 20,
      seed: options.seed ?? 1,
    },
  };
  const { result, outputs } = simulateReplications(run);
  const testTickets = log.tickets.filter((t) => t.opened >= splitMs && t.opened < endMs);
  const weekly = Array.from({ length: testWeeks }, (_, w) => {
    const from = split.plus({ weeks: w });
    const to = from.plus({ weeks: 1 }).toMillis();
    return {
      weekStart: from.toISODate() as string,
      actual: testTickets.filter((t) => t.opened >= from.toMillis() && t.opened < to).length,
    };
  });
  const volumeMape =
    weekly.reduce((s, w) => s + Math.abs(w.actual - planned) / Math.max(w.actual, 1), 0) /
    testWeeks;
  const poissonMape = Math.sqrt(2 / (Math.PI * Math.max(planned, 1)));
  const resolved = testTickets
    .filter((t) => t.resolved !== null && t.resolved < endMs)
    .map((t) => ((t.resolved as number) - t.opened) / 60_000)
    .sort((a, b) => a - b);
  const every = outputs[0]?.backlog.everyMinutes ?? 60;
  const fromSample = Math.ceil((warmUpWeeks * 10080) / every);
  const simulatedOpen = confidenceInterval(
    outputs.map((o) => {
      const kept = o.backlog.open.slice(fromSample);
      return kept.length === 0 ? null : kept.reduce((s, v) => s + v, 0) / kept.length;
    }),
  );
  const figures: BacktestFigure[] = [];
  const add = (
    name: string,
    unit: BacktestFigure['unit'],
    actual: number | null,
    simulated: MetricSummary | null,
  ) => {
    if (actual === null || simulated === null) return;
    figures.push({
      name,
      unit,
      actual,
      simulated,
      relativeError: actual === 0 ? Math.abs(simulated.mean) : (simulated.mean - actual) / actual,
    });
  };
  add(VOLUME_FIGURE, 'tickets', testTickets.length, scale(result.overall.arrived, 1));
  add(
    'Time to resolve, median',
    'minutes',
    quantile(resolved, 0.5),
    result.overall.timeInSystemP50Minutes,
  );
  add(
    'Time to resolve, 90th percentile',
    'minutes',
    quantile(resolved, 0.9),
    result.overall.timeInSystemP90Minutes,
  );
  // Like for like: the simulation starts empty a warm-up before the held-out weeks, so only the
  // tickets opened since then count as open (not ones left open for years in the data).
  const openFrom = splitMs - warmUpWeeks * WEEK_MS;
  add(
    'Open tickets, mean',
    'tickets',
    meanOpen(log.tickets, openFrom, splitMs, endMs),
    simulatedOpen,
  );
  const worst = Math.max(
    ...figures.filter((f) => f.name !== VOLUME_FIGURE).map((f) => Math.abs(f.relativeError)),
    0,
  );
  const volumeOk = volumeMape <= 1.5 * poissonMape;
  const verdict = worst <= 0.2 && volumeOk ? 'good' : worst <= 0.4 ? 'fair' : 'poor';
  return {
    split: split.toISODate() as string,
    trainWeeks: options.trainWeeks ?? wholeWeeks - testWeeks,
    testWeeks,
    trainTickets: training.tickets.length,
    testTickets: testTickets.length,
    plannedTicketsPerWeek: planned,
    weekly,
    volumeMape,
    poissonMape,
    figures,
    verdict,
    sentences: backtestSentences(verdict, volumeMape, poissonMape, figures, forecast.method),
  };
}

/** The log as it stood at the split: later tickets dropped, later milestones not yet known. */
function trainingLog(log: TicketLog, from: number, split: number): TicketLog {
  const before = (t: number | null) => (t !== null && t < split ? t : null);
  const tickets: TicketRecord[] = log.tickets
    .filter((t) => t.opened >= from && t.opened < split)
    .map((t) => ({
      ...t,
      workMinutes: t.resolved !== null && t.resolved < split ? t.workMinutes : null,
      firstTouched: before(t.firstTouched),
      resolved: before(t.resolved),
      closed: before(t.closed),
    }));
  if (tickets.length < 2)
    fail(
      SIM_ERR.INVALID_TICKET_DATA,
      'tickets before the split',
      tickets.length,
      'tickets to fit on',
    );
  return {
    ...log,
    tickets,
    activity: log.activity.filter((a) => a.hour * HOUR_MS >= from && a.hour * HOUR_MS < split),
    start: Math.max(log.start, from),
    end: split,
    observedUntil: split,
  };
}

/** Mean over hourly samples in [from, to) of the tickets opened since `since` and not yet resolved. */
function meanOpen(
  tickets: readonly TicketRecord[],
  since: number,
  from: number,
  to: number,
): number {
  const recent = tickets.filter((t) => t.opened >= since && t.opened < to);
  let sum = 0;
  let samples = 0;
  for (let t = from; t < to; t += HOUR_MS) {
    samples++;
    for (const ticket of recent)
      if (ticket.opened <= t && (ticket.resolved === null || ticket.resolved > t)) sum++;
  }
  return samples === 0 ? 0 : sum / samples;
}

function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

function scale(summary: MetricSummary | null, factor: number): MetricSummary | null {
  if (summary === null) return null;
  return {
    ...summary,
    mean: summary.mean * factor,
    low: summary.low * factor,
    high: summary.high * factor,
    halfWidth: summary.halfWidth === null ? null : summary.halfWidth * factor,
  };
}

function backtestSentences(
  verdict: Backtest['verdict'],
  volumeMape: number,
  poissonMape: number,
  figures: readonly BacktestFigure[],
  method: string,
): string[] {
  const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
  return [
    `Verdict: ${verdict}. ${verdict === 'good' ? 'The model reproduces the held-out weeks within 20 %.' : verdict === 'fair' ? 'The model is within 40 % of the held-out weeks: usable for what-ifs, with care.' : 'The model misses the held-out weeks by more than 40 % on some figure: check the fit before trusting its answers.'}`,
    `Weekly volume (forecast by ${method}): MAPE ${pct(volumeMape)}, against ${pct(poissonMape)} that pure Poisson noise would give at this volume${volumeMape <= 1.5 * poissonMape ? ' — as good as the data allows' : ''}.`,
    ...figures.map(
      (f) =>
        `${f.name}: actual ${f.actual.toFixed(f.unit === 'tickets' ? 1 : 0)}, simulated ${f.simulated.mean.toFixed(f.unit === 'tickets' ? 1 : 0)} (${f.simulated.low.toFixed(0)}–${f.simulated.high.toFixed(0)})${f.unit === 'minutes' ? ' min' : ''}: ${f.relativeError >= 0 ? '+' : '−'}${pct(Math.abs(f.relativeError))}.`,
    ),
  ];
}
