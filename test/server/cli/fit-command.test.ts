import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../simulator/index.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { csvFile } from '../../helpers/synthetic-log.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const realLog = new URL('../../../../shared/data/helpdesk-event-log.csv', import.meta.url).pathname;

describe('stafflab fit on the real help-desk log', () => {
  it('writes a valid scenario and says what it estimated and what it assumed', async () => {
    const out = join(tempDir(), 'fitted.json');
    const {
      code,
      out: text,
      err,
    } = await runCli('fit', realLog, '--timezone', 'Europe/Rome', '--out', out);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(text).toContain('Read 21,348 rows (an event log): 4,580 tickets');
    expect(text).toMatch(/Kim & Whitt conditional-uniformity test/);
    expect(text).toContain('Candidates for the time to resolve');
    // The log has no effort times: the report must say the elapsed time stands in for them.
    expect(text).toMatch(/Assumed: Work time: the data holds no effort/);
    const scenario = parseScenario(JSON.parse(readFileSync(out, 'utf8')));
    expect(scenario.arrivals.kind).toBe('hour-of-week');
    // An Italian office: nobody opens tickets on Sunday afternoons, many on weekday mornings.
    const weights = scenario.arrivals.kind === 'hour-of-week' ? scenario.arrivals.hourWeights : [];
    expect(weights[6 * 24 + 15]).toBe(0);
    expect(weights[1 * 24 + 10]).toBeGreaterThan(0.3);
  });

  it('backtests and gives JSON for notebooks', async () => {
    const { code, out } = await runCli(
      'fit',
      realLog,
      '--timezone',
      'Europe/Rome',
      '--backtest',
      '--train-weeks',
      '26',
      '--json',
    );
    expect(code).toBe(0);
    const { fit, forecast, scenario, backtest } = JSON.parse(out);
    expect(fit.source.tickets).toBe(4580);
    expect(forecast.weeks).toHaveLength(4);
    expect(scenario.assumed.length).toBeGreaterThan(0);
    // The tickets held out, counted here straight from the CSV: a case opens at its first event.
    const firstEvent = new Map<string, number>();
    for (const line of readFileSync(realLog, 'utf8').trim().split('\n').slice(1)) {
      const fields = line.split(',');
      const time = Date.parse((fields[3] as string).replace(' ', 'T'));
      const id = fields[6] as string;
      firstEvent.set(id, Math.min(firstEvent.get(id) ?? time, time));
    }
    // Weeks start on Monday 00:00 in Rome (CEST, UTC+2, in late August).
    const from = Date.parse(`${backtest.split}T00:00:00+02:00`);
    const to = from + backtest.testWeeks * 7 * 86_400_000;
    const heldOut = [...firstEvent.values()].filter((t) => t >= from && t < to).length;
    expect(backtest.testTickets).toBe(heldOut);
    expect(backtest.figures.map((f: { name: string }) => f.name)).toEqual([
      'Tickets in the held-out weeks',
      'Time to resolve, median',
      'Time to resolve, 90th percentile',
      'Open tickets, mean',
    ]);
  });
});

describe('stafflab fit, bad input', () => {
  it('explains unreadable files and options with exit code 2', async () => {
    const missing = await runCli('fit', '/nonexistent/tickets.csv');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no such file|ENOENT|Cannot read/);
    const columns = await runCli('fit', csvFile('x.csv', ['a,b', '1,2']));
    expect(columns.code).toBe(2);
    expect(columns.err).toMatch(/columns: got "a, b"/);
    const map = await runCli('fit', csvFile('y.csv', ['a,b', '1,2']), '--map', 'when=b');
    expect(map.code).toBe(2);
    expect(map.err).toMatch(/--map: got "when=b", expected FIELD=COLUMN/);
    const regex = await runCli('fit', realLog, '--resolve-activity', '(');
    expect(regex.code).toBe(2);
    expect(regex.err).toMatch(/--resolve-activity: got "\("/);
  });
});
