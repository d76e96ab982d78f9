import { describe, expect, it } from 'vitest';
import type { DurationFit } from '../../../simulator/index.ts';
import {
  backtestRows,
  candidateRows,
  ksCritical,
  parameterText,
  signedPercent,
  verdictClass,
} from '../../../ui/data/fit-tables.ts';

describe('parameterText', () => {
  it("names each family's parameters, durations in a readable unit", () => {
    expect(parameterText({ family: 'gamma', parameters: { shape: 0.5, scale: 180 } })).toBe(
      'shape 0.50, scale 3 h',
    );
    expect(parameterText({ family: 'exponential', parameters: { rate: 0.01 } })).toBe(
      'rate 0.600 per hour',
    );
    // e^3 = 20.09 minutes.
    expect(parameterText({ family: 'lognormal', parameters: { mu: 3, sigma: 1.2 } })).toBe(
      'μ 3.00, σ 1.20 (of ln minutes; median 20.1 min)',
    );
  });
});

describe('ksCritical', () => {
  it('is 1.36/√n', () => {
    expect(ksCritical(400)).toBeCloseTo(0.068, 12);
    expect(ksCritical(0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('candidateRows', () => {
  it('lists the families best first with Δ AIC and whether KS is within chance', () => {
    const fit = {
      count: 110,
      censored: 10,
      fits: [
        {
          family: 'gamma',
          parameters: { shape: 2, scale: 30 },
          mean: 60,
          cv: Math.SQRT1_2, // gamma of shape 2: 1/√2
          aic: 1000.4,
          ks: 0.1,
        },
        {
          family: 'exponential',
          parameters: { rate: 1 / 60 },
          mean: 60,
          cv: 1,
          aic: 1012.6,
          ks: 0.2,
        },
      ],
      best: { aic: 1000.4 },
    } as unknown as DurationFit;
    // 100 completed: critical value 0.136.
    const rows = candidateRows(fit);
    expect(rows.map((r) => [r.family, r.best, r.deltaAic, r.ks, r.ksWithinCritical])).toEqual([
      ['Gamma', true, '0', '0.100', true],
      ['Exponential', false, '+12', '0.200', false],
    ]);
    expect(rows[0]?.mean).toBe('60 min');
    expect(rows[0]?.cv).toBe('0.71');
  });
});

describe('signedPercent', () => {
  it('shows the sign of an error', () => {
    expect(signedPercent(-0.0644)).toBe('−6 %');
    expect(signedPercent(0.305)).toBe('+31 %');
    expect(signedPercent(0.001)).toBe('0 %');
    expect(signedPercent(Number.NaN)).toBe('–');
  });
});

describe('backtestRows', () => {
  it('shows tickets as counts and minutes as durations, with the interval', () => {
    const rows = backtestRows({
      figures: [
        {
          name: 'Tickets in the held-out weeks',
          unit: 'tickets',
          actual: 142,
          simulated: { mean: 132.85, low: 125.15, high: 140.55, halfWidth: 7.7, n: 20 },
          relativeError: -0.0644,
        },
        {
          name: 'Time to resolve, median',
          unit: 'minutes',
          actual: 2880,
          simulated: { mean: 1440, low: 1296, high: 1584, halfWidth: 144, n: 20 },
          relativeError: -0.5,
        },
      ],
    });
    expect(rows).toEqual([
      {
        name: 'Tickets in the held-out weeks',
        actual: '142 tickets',
        simulated: '133 (125 – 141) tickets',
        error: '−6 %',
      },
      {
        name: 'Time to resolve, median',
        actual: '2 d',
        simulated: '24 h (21.6 – 26.4 h)',
        error: '−50 %',
      },
    ]);
  });
});

describe('verdictClass', () => {
  it('colours the verdict', () => {
    expect(verdictClass('good')).toBe('ok');
    expect(verdictClass('fair')).toBe('uncertain');
    expect(verdictClass('poor')).toBe('missed');
  });
});
