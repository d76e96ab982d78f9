import { describe, expect, it } from 'vitest';
import { readTicketFile } from '../../../server/fitting/read-ticket-file.ts';
import { fitTicketLog, parseScenario, type Scenario } from '../../../simulator/index.ts';
import { csvFile, iso, syntheticTickets } from '../../helpers/synthetic-log.ts';

// The engine generates ticket logs from known parameters; the fit must recover them. The six
// statistical checks of this file (three estimates against the truth, three tests that must not
// reject) each run at level α = 0.05/6 (Bonferroni), so the file as a whole wrongly fails a
// correct fit with probability ≤ 5 %.
const ALPHA = 0.05 / 6;
const Z = 2.638; // the two-sided normal quantile for α: Φ⁻¹(1 − α/2)

// Office hours Monday to Friday 08:00–18:00 at 3 tickets an hour, 0.2 an hour otherwise.
const weights = Array.from({ length: 168 }, (_, h) =>
  h < 120 && h % 24 >= 8 && h % 24 < 18 ? 3 : 0.2,
);
const perWeek = weights.reduce((s, w) => s + w, 0);

function synthetic(dailyVolumeCv?: number): Scenario {
  return parseScenario({
    schemaVersion: 1,
    name: 'synthetic log',
    arrivals: {
      kind: 'hour-of-week',
      ticketsPerWeek: perWeek,
      hourWeights: weights,
      ...(dailyVolumeCv === undefined ? {} : { dailyVolumeCv }),
    },
    // Lognormal work, mean 90 minutes, cv 1.2: σ² = ln(1 + 1.2²), μ = ln 90 − σ²/2.
    classes: [{ id: 'all', share: 1, workTime: { kind: 'lognormal', mean: '90m', cv: 1.2 } }],
    groups: [{ id: 'desk', agents: 200 }],
    // Ending on a Thursday at noon: about 4.5 tickets are in work then (3 an hour × 1.5 h).
    run: { horizon: '26w3d12h' },
  });
}

async function fitOf(scenario: Scenario, seed: number) {
  const rows = syntheticTickets(scenario, seed);
  const file = csvFile('tickets.csv', [
    'Number,Created,Resolved',
    ...rows.map(
      (t, i) => `INC${i + 1},${iso(t.opened)},${t.resolved === null ? '' : iso(t.resolved)}`,
    ),
  ]);
  return { rows, fit: fitTicketLog(await readTicketFile(file, { timeZone: 'UTC' })) };
}

describe('fitting a log the engine generated from known parameters', () => {
  it('recovers the lognormal work time, censoring the tickets still open', async () => {
    const { rows, fit } = await fitOf(synthetic(), 11);
    const resolve = fit.times.find((t) => t.measure === 'resolve' && t.segment.by === 'all')?.fit;
    expect(resolve?.censored).toBe(rows.filter((r) => r.resolved === null).length);
    expect(resolve?.censored).toBeGreaterThan(0);
    const lognormal = resolve?.fits.find((f) => f.family === 'lognormal');
    expect(resolve?.best.family).toBe('lognormal');
    const sigma2 = Math.log(1 + 1.2 ** 2);
    const mu = Math.log(90) - sigma2 / 2;
    const se = lognormal?.standardErrors as Record<string, number>;
    expect(Math.abs((lognormal?.parameters.mu as number) - mu)).toBeLessThan(Z * (se.mu as number));
    expect(Math.abs((lognormal?.parameters.sigma as number) - Math.sqrt(sigma2))).toBeLessThan(
      Z * (se.sigma as number),
    );
  });

  it('recovers the hour-of-week profile and finds the arrivals Poisson', async () => {
    const { fit } = await fitOf(synthetic(), 12);
    const a = fit.arrivals;
    // Each hour's exact 95 % interval covers its true rate with probability ≥ 95 %: out of 168
    // hours, more than 18 misses has probability 0.08 % (binomial(168, 0.05)), less still as
    // the exact interval is conservative.
    const misses = a.hourOfWeek.filter(
      (h, i) => (h.hours > 0 && (weights[i] as number) < h.low) || (weights[i] as number) > h.high,
    ).length;
    expect(misses).toBeLessThanOrEqual(18);
    // The weekly volume: 26 weeks of Poisson(perWeek) counts, mean within Z standard errors.
    expect(Math.abs(a.ticketsPerWeek - perWeek)).toBeLessThan(Z * Math.sqrt(perWeek / a.weeks));
    // A Poisson process with a constant rate in each hour: neither test may reject at 1 − 0.05/12.
    expect(a.poissonTest.pValue).toBeGreaterThan(ALPHA);
    expect(a.dispersion.pValue).toBeGreaterThan(ALPHA);
    expect(a.trend?.significant).toBe(false);
  });

  it('detects a random daily volume', async () => {
    const { fit } = await fitOf(synthetic(0.4), 13);
    // cv 0.4 on ~70 tickets a weekday: var = m + 0.16 m² ≈ 11 m, far beyond Poisson.
    expect(fit.arrivals.dispersion.pValue).toBeLessThan(0.001);
    expect(fit.arrivals.dispersion.dailyVolumeCv).toBeGreaterThan(0);
    // Within hours the process is still Poisson given the day's rate.
    expect(fit.arrivals.poissonTest.pValue).toBeGreaterThan(ALPHA);
  });
});
