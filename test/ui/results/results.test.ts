import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../../simulator/index.ts';
import {
  backlogOption,
  costOption,
  distributionOption,
  heatmapCells,
} from '../../../ui/results/chart-options.ts';
import { measuredWeeks, metricRows } from '../../../ui/results/metric-table.ts';
import { progressText, seconds } from '../../../ui/results/progress-text.ts';
import { resultCsv } from '../../../ui/results/result-csv.ts';

const scenario = parseScenario({
  ...JSON.parse(
    readFileSync(new URL('../../../scenarios/tiered-service-desk.json', import.meta.url), 'utf8'),
  ),
  run: { horizon: '3w', warmUp: '1w', replications: 2, seed: 3 },
});
const result = runScenario(scenario);

describe('what the dashboard draws', () => {
  it('the occupancy heat map puts hour h of the week at (h mod 24, day), nobody on duty empty', () => {
    const values = Array.from({ length: 168 }, (_, h) => (h === 30 ? null : h / 168));
    const cells = heatmapCells(values);
    expect(cells).toHaveLength(168);
    expect(cells[0]).toEqual([0, 0, 0]);
    // Hour 30 is Tuesday 06:00.
    expect(cells[30]).toEqual([6, 1, '-']);
    expect(cells[167]).toEqual([23, 6, Number(((167 / 168) * 100).toFixed(1))]);
  });

  it('the distributions are percent within a time, on a log axis that cannot show zero', () => {
    const option = distributionOption({
      distributions: {
        probabilities: [0.5, 0.9],
        waitMinutes: [0, 30],
        timeToResolveMinutes: [60, 180],
      },
    });
    const axis = option.xAxis as { type: string; min: number };
    expect(axis.type).toBe('log');
    // The smallest time drawn is 30 minutes: the axis starts at the power of ten below, 10.
    expect(axis.min).toBe(10);
    const [wait, resolve] = option.series as { data: number[][] }[];
    // Half the tickets start at once (0 minutes): not drawn on a log axis.
    expect(wait?.data).toEqual([[30, 90]]);
    expect(resolve?.data).toEqual([
      [60, 50],
      [180, 90],
    ]);
  });

  it('the backlog is stacked by age, in days from the start, with the warm-up shaded', () => {
    const option = backlogOption(result);
    const series = option.series as { name: string; data: number[][]; markArea?: unknown }[];
    expect(series.map((s) => s.name)).toEqual(result.backlog.byAge.map((b) => b.label));
    const hourly = result.backlog.everyMinutes / 1440;
    expect(series[0]?.data[24]?.[0]).toBeCloseTo(24 * hourly, 9);
    expect(series[0]?.markArea).toBeDefined();
    // Every sample of the run is drawn: three weeks of hourly samples.
    expect(series[0]?.data.length).toBe(result.backlog.open.length);
  });

  it('the cost bars add up to the staff and lost-productivity totals of the run', () => {
    const option = costOption(result);
    const series = option.series as { data: number[] }[];
    const staff = series.reduce((sum, s) => sum + (s.data[0] ?? 0), 0);
    const lost = series.reduce((sum, s) => sum + (s.data[1] ?? 0), 0);
    expect(staff).toBeCloseTo(result.overall.staffCostPerWeek?.mean as number, 6);
    expect(lost).toBeCloseTo(result.overall.lostProductivityCostPerWeek?.mean as number, 6);
  });
});

describe('without costs', () => {
  it('the cost chart shows hours: technicians on duty beside users’ lost time', () => {
    const plain = runScenario(
      parseScenario({
        ...JSON.parse(
          readFileSync(
            new URL('../../../scenarios/small-service-desk.json', import.meta.url),
            'utf8',
          ),
        ),
        run: { horizon: '3w', warmUp: '1w', replications: 2, seed: 3 },
      }),
    );
    expect(plain.overall.totalCostPerWeek).toBeNull();
    const option = costOption(plain);
    expect((option.xAxis as { name: string }).name).toBe('hours a week');
    const series = option.series as { data: number[] }[];
    const onDuty = series.reduce((sum, s) => sum + (s.data[0] ?? 0), 0);
    const lost = series.reduce((sum, s) => sum + (s.data[1] ?? 0), 0);
    // Four technicians around the clock: 4 × 168 = 672 hours a week.
    expect(onDuty).toBeCloseTo(672, 6);
    expect(lost).toBeCloseTo(plain.overall.lostUserHoursPerWeek?.mean as number, 6);
  });

  it('a target counted in business hours says which calendar', () => {
    expect(result.classes.map((c) => c.target?.calendar)).toEqual(['office', 'office', 'office']);
  });
});

describe('the CSV of a result', () => {
  it('has every defined metric of every scope once, and reads back to the same numbers', () => {
    const rows = metricRows(result);
    const scopes = new Set(rows.map((r) => r.scope));
    expect(scopes.size).toBe(1 + scenario.classes.length + scenario.groups.length);
    const back = parse(resultCsv(rows), { columns: true }) as Record<string, string>[];
    expect(back).toHaveLength(rows.length);
    const sl = back.find((r) => r.scope === 'all tickets' && r.metric === 'serviceLevel');
    expect(Number(sl?.mean)).toBe(result.overall.serviceLevel?.mean);
    expect(Number(sl?.low95)).toBe(result.overall.serviceLevel?.low);
    const cost = back.find((r) => r.metric === 'totalCostPerWeek');
    expect(cost?.unit).toBe('EUR');
    expect(back.every((r) => r.mean !== '' && !Number.isNaN(Number(r.mean)))).toBe(true);
    expect(measuredWeeks(result)).toBe(2);
  });
});

describe('the CSV is safe to open in a spreadsheet', () => {
  it('a name that looks like a formula is written as text', () => {
    const csv = resultCsv([
      {
        scope: '=HYPERLINK("x")',
        metric: 'm',
        label: '+1',
        unit: 'count',
        mean: 1,
        low: 0,
        high: 2,
        replications: 3,
      },
    ]);
    const row = (parse(csv, { columns: true }) as Record<string, string>[])[0];
    expect(row?.scope).toBe(`'=HYPERLINK("x")`);
    expect(row?.label).toBe("'+1");
    expect(row?.mean).toBe('1');
  });
});

describe('the progress bar says', () => {
  it('what is done, what is left, in words', () => {
    expect(progressText('queued', null)).toBe('Waiting for a free worker…');
    expect(progressText('running', null, 7.2)).toBe(
      'Starting: the first replications are running… (8 s)',
    );
    expect(
      progressText('running', { done: 6, total: 20, elapsedSeconds: 4, etaSeconds: 9.3 }),
    ).toBe('6 of 20 replications · 4 s so far · about 10 s left');
    expect(
      progressText('running', { done: 1, total: 20, elapsedSeconds: 0.2, etaSeconds: null }),
    ).toBe('1 of 20 replications · 1 s so far');
    expect(seconds(200)).toBe('3 min 20 s');
    expect(seconds(120)).toBe('2 min');
  });
});
