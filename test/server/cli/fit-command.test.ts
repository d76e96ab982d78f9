import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../simulator/index.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { csvFile } from '../../helpers/synthetic-log.ts';

const realLog = new URL('../../../../shared/data/helpdesk-event-log.csv', import.meta.url).pathname;

describe('stafflab fit on the real help-desk log', () => {
  it('writes a valid scenario and says what it estimated and what it assumed', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'stafflab-')), 'fitted.json');
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
    expect(['good', 'fair', 'poor']).toContain(backtest.verdict);
    expect(backtest.testWeeks).toBeGreaterThanOrEqual(4);
    // Every held-out week is counted; their sum is the tickets held out.
    expect(backtest.weekly.reduce((s: number, w: { actual: number }) => s + w.actual, 0)).toBe(
      backtest.testTickets,
    );
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
