import { writeFile } from 'node:fs/promises';
import Table from 'cli-table3';
import {
  type ActivityRules,
  type Backtest,
  backtestTicketLog,
  DEFAULT_ACTIVITY_RULES,
  type FittedScenario,
  fitTicketLog,
  forecastVolume,
  formatMinutes,
  isSimulatorError,
  LOG_FIELDS,
  type LogField,
  scenarioFromFit,
  type TicketLogFit,
  type VolumeForecast,
} from '../../simulator/index.ts';
import { readTicketFile } from '../fitting/read-ticket-file.ts';
import { integerOption, type Output, UsageError } from './output.ts';
import { weekGrid } from './plan-command.ts';
import { createProgressBar } from './progress-bar.ts';

export interface FitFlags {
  map?: string[];
  timezone?: string;
  dateFormat?: string;
  out?: string;
  weeks?: string;
  forecastWeek?: string;
  backtest?: boolean;
  testWeeks?: string;
  trainWeeks?: string;
  touchActivity?: string;
  resolveActivity?: string;
  closeActivity?: string;
  handoffActivity?: string;
  json?: boolean;
}

/**
 * `stafflab fit <tickets.csv>`: reads a ticket export or event log, fits arrivals and times,
 * forecasts the volume, writes a scenario (`--out`) and, with `--backtest`, checks the model on
 * held-out weeks.
 */
export async function fitCommand(file: string, flags: FitFlags, output: Output): Promise<void> {
  const map = parseMap(flags.map ?? []);
  const weeks = integerOption('weeks', flags.weeks, 1, 52) ?? 4;
  const forecastWeek = integerOption('forecast-week', flags.forecastWeek, 1, weeks);
  const progress = createProgressBar(output, 'Reading', 'MB');
  const log = await readTicketFile(file, {
    map,
    timeZone: flags.timezone ?? 'UTC',
    dateFormat: flags.dateFormat,
    activities: activityRules(flags),
    onProgress: (bytes, total) =>
      progress.count(Math.round(bytes / 1e6), Math.max(1, Math.round(total / 1e6))),
  }).finally(progress.stop);
  const fit = fitTicketLog(log);
  const made = forecastOrNull(fit, weeks);
  const forecast = typeof made === 'string' ? null : made;
  const volume = forecastWeek === undefined ? undefined : forecast?.weeks[forecastWeek - 1]?.volume;
  if (forecastWeek !== undefined && volume === undefined) {
    throw new UsageError(
      '--forecast-week: the data is too short to forecast (10 whole weeks are needed)',
    );
  }
  const scenario = scenarioFromFit(fit, {
    name: `Fitted from ${file.split('/').pop()}`,
    ticketsPerWeek: volume,
  });
  const backtest =
    flags.backtest === true
      ? backtestTicketLog(log, {
          testWeeks: integerOption('test-weeks', flags.testWeeks, 1, 104),
          trainWeeks: integerOption('train-weeks', flags.trainWeeks, 12, 1040),
        })
      : null;
  // Written once everything asked for has worked: a failed backtest leaves no file behind.
  if (flags.out !== undefined)
    await writeFile(flags.out, `${JSON.stringify(scenario.scenario, null, 2)}\n`);
  if (flags.json === true) {
    output.out(`${JSON.stringify({ fit, forecast, scenario, backtest }, null, 2)}\n`);
    return;
  }
  output.out(formatFit(fit, made, scenario, backtest, flags.out));
}

/** `--map field=Column`, repeatable. */
function parseMap(entries: readonly string[]): Partial<Record<LogField, string>> {
  const map: Partial<Record<LogField, string>> = {};
  for (const entry of entries) {
    const at = entry.indexOf('=');
    const field = entry.slice(0, at).trim() as LogField;
    if (at <= 0 || !LOG_FIELDS.includes(field)) {
      throw new UsageError(
        `--map: got ${JSON.stringify(entry)}, expected FIELD=COLUMN with FIELD one of ${LOG_FIELDS.join(', ')}`,
      );
    }
    map[field] = entry.slice(at + 1).trim();
  }
  return map;
}

function activityRules(flags: FitFlags): ActivityRules {
  const rule = (name: string, text: string | undefined, fallback: RegExp) => {
    if (text === undefined) return fallback;
    try {
      return new RegExp(text, 'i');
    } catch {
      throw new UsageError(
        `--${name}: got ${JSON.stringify(text)}, expected a regular expression such as "resolv|solved"`,
      );
    }
  };
  return {
    firstTouch: rule('touch-activity', flags.touchActivity, DEFAULT_ACTIVITY_RULES.firstTouch),
    resolve: rule('resolve-activity', flags.resolveActivity, DEFAULT_ACTIVITY_RULES.resolve),
    close: rule('close-activity', flags.closeActivity, DEFAULT_ACTIVITY_RULES.close),
    handOff: rule('handoff-activity', flags.handoffActivity, DEFAULT_ACTIVITY_RULES.handOff),
  };
}

function forecastOrNull(fit: TicketLogFit, weeks: number): VolumeForecast | string {
  try {
    return forecastVolume(fit.arrivals.daily, weeks);
  } catch (error) {
    if (isSimulatorError(error)) return error.message;
    throw error;
  }
}

function table(head: string[]): Table.Table {
  return new Table({ head, style: { head: [], border: [], compact: true } });
}

/** The report: the file, the arrivals, the forecast, the times, the staff, the scenario, the backtest. */
export function formatFit(
  fit: TicketLogFit,
  forecast: VolumeForecast | string,
  scenario: FittedScenario,
  backtest: Backtest | null,
  written: string | undefined,
): string {
  const s = fit.source;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const lines = [
    `Read ${s.rows.toLocaleString('en')} rows (${s.shape === 'events' ? 'an event log' : 'one row per ticket'}): ${s.tickets.toLocaleString('en')} tickets from ${day(s.start)} to ${day(s.end)}, times in ${s.timeZone}.`,
    `Columns: ${Object.entries(s.columns)
      .map(([f, c]) => `${f} = "${c}"${s.guessed.includes(f) ? '' : ' (given)'}`)
      .join(', ')}.`,
    ...s.warnings.map((w) => `Warning: ${w}`),
    s.rejectedCount === 0
      ? 'Every row was read.'
      : `${s.rejectedCount} rows could not be read${s.rejectedCount > s.rejected.length ? ` (the first ${s.rejected.length} listed)` : ''}:`,
    ...s.rejected.slice(0, 10).map((r) => `  line ${r.line}: ${r.reason}`),
    '',
    'Arrivals',
    ...fit.arrivals.verdicts.map((v) => `  ${v}`),
    'Tickets per hour by hour of the week (mean over the weeks of the data):',
    weekGrid(
      fit.arrivals.hourOfWeek.map((h) =>
        h.rate === 0 ? '·' : h.rate < 0.05 ? '.' : h.rate.toFixed(1),
      ),
    ),
    '',
  ];
  if (typeof forecast === 'string') lines.push(`No forecast: ${forecast}`, '');
  else {
    const scores = table(['Forecast method', 'MAE (tickets/week)', 'MAPE', 'RMSE', '']);
    for (const m of forecast.scores) {
      scores.push([
        m.method,
        m.mae.toFixed(1),
        m.mape === null ? '–' : `${(m.mape * 100).toFixed(0)} %`,
        m.rmse.toFixed(1),
        m.method === forecast.method ? 'chosen' : '',
      ]);
    }
    const ahead = table(['Week of', 'Forecast', '95 % interval']);
    for (const w of forecast.weeks)
      ahead.push([w.weekStart, w.volume.toFixed(1), `${w.low.toFixed(1)}–${w.high.toFixed(1)}`]);
    lines.push(
      `Forecast (rolling-origin backtest over ${forecast.origins} weeks):`,
      scores.toString(),
      ahead.toString(),
      '',
    );
  }
  const times = table([
    'Time',
    'Tickets',
    'Open (censored)',
    'Median',
    'p90',
    'Best fit',
    'Mean',
    'cv',
    'KS',
  ]);
  for (const t of fit.times) {
    times.push([
      `${{ firstTouch: 'to first touch', resolve: 'to resolve', work: 'work' }[t.measure]}${t.segment.value === null ? '' : `, ${t.segment.by} ${t.segment.value}`}`,
      String(t.fit.count),
      String(t.fit.censored),
      t.fit.median === null ? '–' : formatMinutes(t.fit.median),
      t.fit.p90 === null ? '–' : formatMinutes(t.fit.p90),
      t.fit.best.family,
      formatMinutes(t.fit.best.mean),
      t.fit.best.cv.toFixed(2),
      t.fit.best.ks.toFixed(3),
    ]);
  }
  lines.push(
    'Times (maximum likelihood; tickets still open at the end are censored there)',
    times.toString(),
  );
  for (const t of fit.times.filter((x) => x.segment.by === 'all')) {
    const candidates = table(['Candidate', 'AIC', 'Δ AIC', 'KS distance', 'Mean', 'cv']);
    for (const f of t.fit.fits) {
      candidates.push([
        f.family,
        f.aic.toFixed(1),
        (f.aic - t.fit.best.aic).toFixed(1),
        f.ks.toFixed(3),
        formatMinutes(f.mean),
        f.cv.toFixed(2),
      ]);
    }
    lines.push(
      `Candidates for the time ${{ firstTouch: 'to first touch', resolve: 'to resolve', work: 'of work' }[t.measure]}:`,
      candidates.toString(),
    );
  }
  lines.push(...fit.skipped.map((x) => `Not fitted: ${x}.`), '');
  if (fit.staffing !== null) {
    lines.push(
      `Staff seen: ${fit.staffing.technicians} technicians; at most ${fit.staffing.peak.toFixed(1)} active in one hour of the week on average.`,
      ...fit.handOffs.groupTransitions
        .slice(0, 5)
        .map(
          (t) =>
            `Escalation path: ${t.from} → ${t.to}, ${t.count} tickets (${(t.probability * 100).toFixed(0)} % of moves out of ${t.from}).`,
        ),
      `Hand-offs: ${(fit.handOffs.shareHandedOver * 100).toFixed(0)} % of tickets passed between technicians, ${(fit.handOffs.shareEscalated * 100).toFixed(1)} % escalated${
        fit.handOffs.transitions.length === 0
          ? ''
          : `; commonest: ${fit.handOffs.transitions
              .slice(0, 3)
              .map(
                (t) =>
                  `${t.from} → ${t.to} (${(t.probability * 100).toFixed(0)} % of ${t.from}'s hand-offs)`,
              )
              .join(', ')}`
      }.`,
      '',
    );
  }
  lines.push(
    'Scenario',
    ...scenario.estimated.map((x) => `  Estimated: ${x}`),
    ...scenario.assumed.map((x) => `  Assumed: ${x}`),
  );
  if (written !== undefined) lines.push(`  Written to ${written}.`);
  if (backtest !== null) {
    lines.push(
      '',
      `Backtest: fitted on ${backtest.trainWeeks} weeks up to ${backtest.split}, simulated the next ${backtest.testWeeks} weeks`,
      ...backtest.sentences.map((x) => `  ${x}`),
    );
  }
  lines.push('');
  return lines.join('\n');
}
