import type { Backtest, DistributionFit, DurationFit } from '../../simulator/index.ts';
import { formatCount, formatDuration, formatInterval } from '../format/format.ts';
import { FAMILY_NAMES } from './time-fit-chart.ts';

/** One row of the table of candidate distributions, every figure with its unit. */
export interface CandidateRow {
  family: string;
  best: boolean;
  parameters: string;
  mean: string;
  cv: string;
  aic: string;
  deltaAic: string;
  ks: string;
  /** Whether the KS distance is within the 5 % critical value 1.36/√n of the completed durations. */
  ksWithinCritical: boolean;
}

/**
 * A family's parameters in words, durations in a readable unit.
 *
 * @example
 * parameterText({ family: 'gamma', parameters: { shape: 0.5, scale: 90 } }) // => 'shape 0.50, scale 1.5 h'
 */
export function parameterText(fit: Pick<DistributionFit, 'family' | 'parameters'>): string {
  const p = fit.parameters;
  const n = (v: number | undefined, digits = 2) => (v === undefined ? '–' : v.toFixed(digits));
  switch (fit.family) {
    case 'exponential':
      return `rate ${p.rate === undefined ? '–' : `${(p.rate * 60).toPrecision(3)} per hour`}`;
    case 'lognormal':
      return `μ ${n(p.mu)}, σ ${n(p.sigma)} (of ln minutes; median ${formatDuration(p.mu === undefined ? null : Math.exp(p.mu))})`;
    case 'gamma':
    case 'weibull':
      return `shape ${n(p.shape)}, scale ${formatDuration(p.scale)}`;
  }
}

/**
 * The 5 % critical value of the KS distance for n completed durations (1.36/√n): a smaller
 * distance is within what chance alone gives.
 *
 * @example
 * ksCritical(400) // => 0.068
 */
export function ksCritical(completed: number): number {
  return completed > 0 ? 1.36 / Math.sqrt(completed) : Number.POSITIVE_INFINITY;
}

/**
 * The candidate distributions of a time fit, best (lowest AIC) first: parameters, mean, cv, AIC,
 * its difference from the best, and the KS distance from the data (Kaplan–Meier).
 */
export function candidateRows(fit: DurationFit): CandidateRow[] {
  const critical = ksCritical(fit.count - fit.censored);
  return fit.fits.map((f, i) => ({
    family: FAMILY_NAMES[f.family] ?? f.family,
    best: i === 0,
    parameters: parameterText(f),
    mean: formatDuration(f.mean),
    cv: f.cv.toFixed(2),
    aic: formatCount(Math.round(f.aic)),
    deltaAic: i === 0 ? '0' : `+${formatCount(Math.round(f.aic - fit.best.aic))}`,
    ks: f.ks.toFixed(3),
    ksWithinCritical: f.ks <= critical,
  }));
}

/**
 * A relative error with its sign, as a percentage.
 *
 * @example
 * signedPercent(-0.0644) // => '−6 %'
 */
export function signedPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–';
  const rounded = Math.round(fraction * 100);
  return rounded === 0 ? '0 %' : `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)} %`;
}

/** One figure of a backtest as shown: what happened, what was simulated, the error. */
export interface BacktestRow {
  name: string;
  actual: string;
  simulated: string;
  error: string;
}

/**
 * The figures of a backtest, durations in a readable unit and counts of tickets, the simulated
 * value with its 95 % confidence interval.
 */
export function backtestRows(backtest: Pick<Backtest, 'figures'>): BacktestRow[] {
  return backtest.figures.map((f) => {
    const quantity = f.unit === 'minutes' ? 'minutes' : 'count';
    const actual = f.unit === 'minutes' ? formatDuration(f.actual) : formatCount(f.actual);
    const simulated = formatInterval(f.simulated, quantity);
    return {
      name: f.name,
      actual: f.unit === 'tickets' ? `${actual} tickets` : actual,
      simulated: f.unit === 'tickets' ? `${simulated} tickets` : simulated,
      error: signedPercent(f.relativeError),
    };
  });
}

/** The CSS class of a backtest verdict: green, amber or red against the backtest's thresholds. */
export function verdictClass(verdict: Backtest['verdict']): 'ok' | 'uncertain' | 'missed' {
  return verdict === 'good' ? 'ok' : verdict === 'fair' ? 'uncertain' : 'missed';
}
