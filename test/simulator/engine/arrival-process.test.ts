import { describe, expect, it } from 'vitest';
import { ArrivalProcess } from '../../../simulator/engine/arrival-process.ts';
import { compileScenario, createStreamSource, parseScenario } from '../../../simulator/index.ts';
import { moments, Z_999 } from '../../helpers/statistics.ts';

const WEEK = 10080;

function arrivalProcess(arrivals: unknown, horizonMinutes: number, seed: number): ArrivalProcess {
  const scenario = parseScenario({
    schemaVersion: 1,
    name: 'arrivals',
    arrivals,
    classes: [{ id: 'all', share: 1, workTime: { kind: 'exponential', mean: 1 } }],
    groups: [{ id: 'desk', agents: 1 }],
    run: { horizon: horizonMinutes },
  });
  const source = createStreamSource(seed, 0);
  return new ArrivalProcess(compileScenario(scenario).arrivals, horizonMinutes, {
    arrivals: source.stream('arrivals'),
    dailyVolume: source.stream('daily-volume'),
  });
}

function arrivalTimes(arrivals: unknown, horizonMinutes: number, seed = 1): number[] {
  const process = arrivalProcess(arrivals, horizonMinutes, seed);
  const times: number[] = [];
  for (let t = process.nextAfter(0); t <= horizonMinutes; t = process.nextAfter(t)) times.push(t);
  return times;
}

/** Counts of arrivals in consecutive windows of `width` minutes. */
function countsPerWindow(times: readonly number[], width: number, windows: number): number[] {
  const counts = new Array<number>(windows).fill(0);
  for (const t of times) {
    const i = Math.floor(t / width);
    if (i < windows) counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

/** Upper 99.9 % point of χ² with k degrees of freedom (Wilson & Hilferty 1931). */
function chiSquareUpper999(k: number): number {
  return k * (1 - 2 / (9 * k) + 3.0902 * Math.sqrt(2 / (9 * k))) ** 3;
}

// A working-week profile: Mon–Fri 08:00–18:00 busy with a 12:00 dip, quiet evenings, empty nights
// and weekends, and one short spike on Wednesday 15:00.
const weights = Array.from({ length: 168 }, (_, h): number => {
  const day = Math.floor(h / 24);
  const hour = h % 24;
  if (day >= 5) return 0;
  if (day === 2 && hour === 15) return 40;
  if (hour >= 8 && hour < 18) return hour === 12 ? 4 : 10;
  return hour >= 18 && hour < 22 ? 1 : 0;
});
const totalWeight = weights.reduce((a, b) => a + b, 0);

describe('hour-of-week arrivals (non-homogeneous Poisson)', () => {
  const weeks = 300;
  const ticketsPerWeek = 500;
  const times = arrivalTimes(
    { kind: 'hour-of-week', ticketsPerWeek, hourWeights: weights },
    weeks * WEEK,
  );

  it('the total count matches the integral of the rate (Poisson mean and variance)', () => {
    const expected = weeks * ticketsPerWeek;
    expect(Math.abs(times.length - expected)).toBeLessThan(Z_999 * Math.sqrt(expected));
  });

  it('counts per hour of the week match the profile (χ² test at 0.1 %)', () => {
    const byHour = new Array<number>(168).fill(0);
    for (const t of times) {
      const h = Math.floor((t % WEEK) / 60);
      byHour[h] = (byHour[h] as number) + 1;
    }
    let chiSquare = 0;
    let cells = 0;
    weights.forEach((weight, h) => {
      const expected = (weeks * ticketsPerWeek * weight) / totalWeight;
      if (expected === 0) {
        expect(byHour[h], `no arrivals in empty hour ${h}`).toBe(0);
        return;
      }
      chiSquare += ((byHour[h] as number) - expected) ** 2 / expected;
      cells++;
    });
    expect(chiSquare).toBeLessThan(chiSquareUpper999(cells));
  });

  it('a one-hour spike gets its full volume (no window skipped)', () => {
    const spike = times.filter((t) => Math.floor((t % WEEK) / 60) === 2 * 24 + 15).length;
    const expected = (weeks * ticketsPerWeek * 40) / totalWeight;
    expect(Math.abs(spike - expected)).toBeLessThan(Z_999 * Math.sqrt(expected));
  });

  it('weekly counts in one window are Poisson: index of dispersion within its 99.9 % band', () => {
    const mondayNine = times.filter((t) => Math.floor((t % WEEK) / 60) === 9);
    const counts = countsPerWindow(mondayNine, WEEK, weeks);
    const { mean, variance } = moments(Float64Array.from(counts));
    expect(Math.abs(mean - (ticketsPerWeek * 10) / totalWeight)).toBeLessThan(
      Z_999 * Math.sqrt(mean / weeks),
    );
    // (n − 1)·D ~ χ²(n − 1) for Poisson counts, so D has standard error √(2/(n − 1)).
    expect(Math.abs(variance / mean - 1)).toBeLessThan(Z_999 * Math.sqrt(2 / (weeks - 1)));
  });

  it('a single busy hour among empty ones receives every arrival', () => {
    const single = new Array<number>(168).fill(0);
    single[50] = 1;
    const spikeTimes = arrivalTimes(
      { kind: 'hour-of-week', ticketsPerWeek: 30, hourWeights: single },
      50 * WEEK,
      5,
    );
    expect(spikeTimes.length).toBeGreaterThan(0);
    for (const t of spikeTimes) expect(Math.floor((t % WEEK) / 60)).toBe(50);
    expect(Math.abs(spikeTimes.length - 1500)).toBeLessThan(Z_999 * Math.sqrt(1500));
  });
});

describe('flat Poisson arrivals', () => {
  it('daily counts have mean λ·1440 and variance equal to the mean', () => {
    const days = 1000;
    const counts = countsPerWindow(
      arrivalTimes({ kind: 'poisson', ticketsPerHour: 4 }, days * 1440),
      1440,
      days,
    );
    const { mean, variance } = moments(Float64Array.from(counts));
    expect(Math.abs(mean - 96)).toBeLessThan(Z_999 * Math.sqrt(96 / days));
    expect(Math.abs(variance / mean - 1)).toBeLessThan(Z_999 * Math.sqrt(2 / (days - 1)));
  });

  it('with a daily volume multiplier, daily counts are over-dispersed: variance m + cv²m²', () => {
    const days = 3000;
    const cv = 0.3;
    const m = 100;
    const counts = countsPerWindow(
      arrivalTimes({ kind: 'poisson', ticketsPerHour: m / 24, dailyVolumeCv: cv }, days * 1440, 3),
      1440,
      days,
    );
    const sample = moments(Float64Array.from(counts));
    const variance = m + cv * cv * m * m;
    expect(Math.abs(sample.mean - m)).toBeLessThan(Z_999 * Math.sqrt(variance / days));
    const varianceTolerance = Z_999 * Math.sqrt((sample.fourth - sample.variance ** 2) / days);
    expect(Math.abs(sample.variance - variance)).toBeLessThan(varianceTolerance);
  });

  it('hands out, one by one, exactly the times of the nextAfter chain, past the horizon too', () => {
    const arrivals = {
      kind: 'poisson',
      ticketsPerHour: 30,
      dailyVolumeCv: 0.3,
      changes: [
        { from: '2d', factor: 1.5 },
        { from: '5d', factor: 0.5 },
      ],
    };
    const horizon = 8 * 1440;
    const chain = arrivalTimes(arrivals, horizon, 11);
    const process = arrivalProcess(arrivals, horizon, 11);
    const handed: number[] = [];
    for (let t = process.next(); t <= horizon; t = process.next()) handed.push(t);
    // About 30 × 24 × 8 = 5,760 arrivals: the buffer of 256 refilled many times.
    expect(chain.length).toBeGreaterThan(3000);
    expect(handed).toEqual(chain);
    // Past the horizon, every later call says Infinity.
    expect([process.next(), process.next()]).toEqual([Infinity, Infinity]);
  });
});
