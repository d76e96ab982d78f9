import erfc from '@stdlib/math-base-special-erfc';
import gammaFunction from '@stdlib/math-base-special-gamma';
import gammainc from '@stdlib/math-base-special-gammainc';
import gammaln from '@stdlib/math-base-special-gammaln';
import { fail, SIM_ERR } from '../errors.ts';
import type { DistributionSpec } from '../scenario/distribution-schema.ts';
import { nelderMead } from './nelder-mead.ts';

/** A duration, minutes; `censored`: only known to exceed it (the ticket was still open). */
export interface DurationObservation {
  minutes: number;
  censored: boolean;
}

export type Family = 'exponential' | 'lognormal' | 'gamma' | 'weibull';
export const FAMILIES: readonly Family[] = ['exponential', 'lognormal', 'gamma', 'weibull'];

/** One family fitted by maximum likelihood. */
export interface DistributionFit {
  family: Family;
  /** The family's own parameters (rate; μ, σ of the log; shape, scale). */
  parameters: Record<string, number>;
  /**
   * Asymptotic standard errors of the parameters: square roots of the diagonal of the inverse
   * observed information (the numerical Hessian of −ln L at the maximum); null where singular.
   */
  standardErrors: Record<string, number> | null;
  mean: number;
  cv: number;
  logLikelihood: number;
  /** Akaike's information criterion, 2k − 2 ln L: lower is better. */
  aic: number;
  /** Kolmogorov–Smirnov distance between the fitted CDF and the Kaplan–Meier estimate. */
  ks: number;
  /** As a scenario distribution (mean in minutes and cv). */
  spec: DistributionSpec;
}

export interface DurationFit {
  count: number;
  censored: number;
  /** Durations of 0 (equal timestamps), fitted as half the timestamps' resolution (one second). */
  zeros: number;
  /** Kaplan–Meier median and 90th percentile, minutes (null beyond the last uncensored time). */
  median: number | null;
  p90: number | null;
  /**
   * The Kaplan–Meier quantiles at (i + ½)/QUANTILES, i = 0…QUANTILES−1, as far as the estimate
   * reaches (censoring may stop it short): the data's own distribution, for when no family fits.
   */
  quantiles: number[];
  /** Every family, best (lowest AIC) first. */
  fits: DistributionFit[];
  best: DistributionFit;
}

/** Quantiles kept of the data's own distribution. */
export const QUANTILES = 200;
/** Fewest uncensored durations a fit is made from. */
export const MIN_FIT_COUNT = 10;
/** What a zero duration is fitted as, minutes (half a second). */
const ZERO_MINUTES = 0.5 / 60;

/**
 * Fits exponential, lognormal, gamma and Weibull distributions to durations by maximum likelihood,
 * right-censored ones contributing their survival probability (tickets still open at the end of
 * the data), and ranks them by AIC; each fit also carries its KS distance to the Kaplan–Meier
 * estimate. The exponential has a closed form (events ÷ total time); the others are maximised by
 * Nelder–Mead on log-parameters from moment estimates.
 *
 * @throws SimulatorError SIM_ERR_INVALID_TICKET_DATA for fewer than MIN_FIT_COUNT uncensored
 *   durations or a negative or non-finite one; `what` names the durations in the message.
 */
export function fitDurations(
  observations: readonly DurationObservation[],
  what: string,
): DurationFit {
  const bad = observations.find((o) => !(Number.isFinite(o.minutes) && o.minutes >= 0));
  if (bad !== undefined)
    fail(SIM_ERR.INVALID_TICKET_DATA, what, bad.minutes, 'durations ≥ 0 minutes');
  const data = observations.map((o) => ({
    t: o.minutes > 0 ? o.minutes : ZERO_MINUTES,
    censored: o.censored,
  }));
  const events = data.filter((d) => !d.censored);
  if (events.length < MIN_FIT_COUNT) {
    fail(
      SIM_ERR.INVALID_TICKET_DATA,
      what,
      events.length,
      `at least ${MIN_FIT_COUNT} completed durations to fit`,
    );
  }
  const km = kaplanMeier(data);
  const fits = FAMILIES.map((family) => {
    const { parameters, logLikelihood } = FITTERS[family](data);
    const k = family === 'exponential' ? 1 : 2;
    const cdf = (t: number) => 1 - Math.exp(LOG_SURVIVAL[family](parameters, t));
    const { mean, cv } = MOMENTS[family](parameters);
    return {
      family,
      parameters,
      standardErrors: standardErrors(family, parameters, data),
      mean,
      cv,
      logLikelihood,
      aic: 2 * k - 2 * logLikelihood,
      ks: ksDistance(km, cdf),
      spec: toSpec(family, mean, cv),
    };
  }).sort((a, b) => a.aic - b.aic);
  return {
    count: data.length,
    censored: data.length - events.length,
    zeros: observations.filter((o) => o.minutes === 0).length,
    median: kmQuantile(km, 0.5),
    p90: kmQuantile(km, 0.9),
    quantiles: Array.from({ length: QUANTILES }, (_, i) =>
      kmQuantile(km, (i + 0.5) / QUANTILES),
    ).filter((q): q is number => q !== null),
    fits,
    best: fits[0] as DistributionFit,
  };
}

type Data = readonly { t: number; censored: boolean }[];
type Parameters = Record<string, number>;

const LOG_SURVIVAL: Record<Family, (p: Parameters, t: number) => number> = {
  exponential: (p, t) => -(p.rate as number) * t,
  weibull: (p, t) => -((t / (p.scale as number)) ** (p.shape as number)),
  lognormal: (p, t) => logNormalTail((Math.log(t) - (p.mu as number)) / (p.sigma as number)),
  gamma: (p, t) => {
    const q = gammainc(t / (p.scale as number), p.shape as number, true, true);
    return q > 0 ? Math.log(q) : Number.NEGATIVE_INFINITY;
  },
};

const LOG_DENSITY: Record<Family, (p: Parameters, t: number) => number> = {
  exponential: (p, t) => Math.log(p.rate as number) - (p.rate as number) * t,
  weibull: (p, t) => {
    const k = p.shape as number;
    const s = p.scale as number;
    return Math.log(k / s) + (k - 1) * Math.log(t / s) - (t / s) ** k;
  },
  lognormal: (p, t) => {
    const sigma = p.sigma as number;
    const z = (Math.log(t) - (p.mu as number)) / sigma;
    return -0.5 * z * z - Math.log(sigma * t * Math.sqrt(2 * Math.PI));
  },
  gamma: (p, t) => {
    const k = p.shape as number;
    const s = p.scale as number;
    return (k - 1) * Math.log(t) - t / s - k * Math.log(s) - gammaln(k);
  },
};

function logLikelihood(family: Family, p: Parameters, data: Data): number {
  let sum = 0;
  for (const { t, censored } of data)
    sum += censored ? LOG_SURVIVAL[family](p, t) : LOG_DENSITY[family](p, t);
  return sum;
}

/** Maximises the likelihood over two positive parameters given on the log scale. */
function fitTwo(
  family: Family,
  names: [string, string],
  start: [number, number],
  data: Data,
  logScale: [boolean, boolean],
) {
  const toParameters = (x: readonly number[]): Parameters => ({
    [names[0]]: logScale[0] ? Math.exp(x[0] as number) : (x[0] as number),
    [names[1]]: logScale[1] ? Math.exp(x[1] as number) : (x[1] as number),
  });
  const from = start.map((v, i) => (logScale[i] ? Math.log(v) : v));
  const { point } = nelderMead((x) => -logLikelihood(family, toParameters(x), data), from, {
    tolerance: 1e-12,
  });
  const parameters = toParameters(point);
  return { parameters, logLikelihood: logLikelihood(family, parameters, data) };
}

const FITTERS: Record<Family, (data: Data) => { parameters: Parameters; logLikelihood: number }> = {
  exponential: (data) => {
    const events = data.filter((d) => !d.censored).length;
    const total = data.reduce((s, d) => s + d.t, 0);
    const parameters = { rate: events / total };
    return { parameters, logLikelihood: logLikelihood('exponential', parameters, data) };
  },
  lognormal: (data) => {
    const logs = data.filter((d) => !d.censored).map((d) => Math.log(d.t));
    const mu = logs.reduce((s, v) => s + v, 0) / logs.length;
    const sd = Math.sqrt(logs.reduce((s, v) => s + (v - mu) ** 2, 0) / logs.length) || 1;
    return fitTwo('lognormal', ['mu', 'sigma'], [mu, sd], data, [false, true]);
  },
  gamma: (data) => {
    const { mean, variance } = moments(data);
    const shape = Math.max(mean ** 2 / variance, 0.05);
    return fitTwo('gamma', ['shape', 'scale'], [shape, mean / shape], data, [true, true]);
  },
  weibull: (data) => {
    const { mean, variance } = moments(data);
    const shape = Math.max(Math.min(1.2 / (Math.sqrt(variance) / mean), 20), 0.1);
    return fitTwo('weibull', ['shape', 'scale'], [shape, mean], data, [true, true]);
  },
};

const MOMENTS: Record<Family, (p: Parameters) => { mean: number; cv: number }> = {
  exponential: (p) => ({ mean: 1 / (p.rate as number), cv: 1 }),
  lognormal: (p) => {
    const s2 = (p.sigma as number) ** 2;
    return { mean: Math.exp((p.mu as number) + s2 / 2), cv: Math.sqrt(Math.expm1(s2)) };
  },
  gamma: (p) => ({
    mean: (p.shape as number) * (p.scale as number),
    cv: 1 / Math.sqrt(p.shape as number),
  }),
  weibull: (p) => {
    const k = p.shape as number;
    const g1 = gammaFunction(1 + 1 / k);
    const g2 = gammaFunction(1 + 2 / k);
    return { mean: (p.scale as number) * g1, cv: Math.sqrt(Math.max(g2 / (g1 * g1) - 1, 0)) };
  },
};

/** Standard errors from a central-difference Hessian of −ln L in the natural parameters. */
function standardErrors(family: Family, p: Parameters, data: Data): Record<string, number> | null {
  const names = Object.keys(p);
  const x = names.map((n) => p[n] as number);
  const f = (v: readonly number[]) =>
    -logLikelihood(family, Object.fromEntries(names.map((n, i) => [n, v[i] as number])), data);
  const h = x.map((v) => 1e-4 * Math.max(Math.abs(v), 1e-3));
  const at = (di: number, dj: number, i: number, j: number) =>
    f(x.map((v, k) => v + (k === i ? di : 0) + (k === j ? dj : 0)));
  const hessian = names.map((_, i) =>
    names.map((__, j) => {
      const hi = h[i] as number;
      const hj = h[j] as number;
      return (
        (at(hi, hj, i, j) - at(hi, -hj, i, j) - at(-hi, hj, i, j) + at(-hi, -hj, i, j)) /
        (4 * hi * hj)
      );
    }),
  );
  let inverse: number[][];
  if (names.length === 1) {
    const a = hessian[0]?.[0] as number;
    if (!(a > 0)) return null;
    inverse = [[1 / a]];
  } else {
    const [[a, b], [c, d]] = hessian as [[number, number], [number, number]];
    const det = a * d - b * c;
    if (!(det > 0) || !(a > 0)) return null;
    inverse = [
      [d / det, -b / det],
      [-c / det, a / det],
    ];
  }
  return Object.fromEntries(names.map((n, i) => [n, Math.sqrt(inverse[i]?.[i] as number)]));
}

function toSpec(family: Family, mean: number, cv: number): DistributionSpec {
  if (family === 'exponential') return { kind: 'exponential', mean };
  return { kind: family, mean, cv } as DistributionSpec;
}

function moments(data: Data): { mean: number; variance: number } {
  const values = data.filter((d) => !d.censored).map((d) => d.t);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length || mean * mean;
  return { mean, variance };
}

/** log P(Z > z) for a standard normal, accurate far into the tail. */
function logNormalTail(z: number): number {
  if (z < 30) {
    const q = 0.5 * erfc(z / Math.SQRT2);
    return q > 0 ? Math.log(q) : Number.NEGATIVE_INFINITY;
  }
  return -0.5 * z * z - Math.log(z * Math.sqrt(2 * Math.PI));
}

/** The Kaplan–Meier estimate of the CDF: at each distinct event time, F just after it. */
export function kaplanMeier(data: Data): { t: number; before: number; after: number }[] {
  const sorted = [...data].sort((a, b) => a.t - b.t || Number(a.censored) - Number(b.censored));
  let atRisk = sorted.length;
  let survival = 1;
  const steps: { t: number; before: number; after: number }[] = [];
  for (let i = 0; i < sorted.length; ) {
    const t = (sorted[i] as { t: number }).t;
    let deaths = 0;
    let leaving = 0;
    while (i < sorted.length && (sorted[i] as { t: number }).t === t) {
      if (!(sorted[i] as { censored: boolean }).censored) deaths++;
      leaving++;
      i++;
    }
    if (deaths > 0) {
      const before = 1 - survival;
      survival *= 1 - deaths / atRisk;
      steps.push({ t, before, after: 1 - survival });
    }
    atRisk -= leaving;
  }
  return steps;
}

function ksDistance(km: ReturnType<typeof kaplanMeier>, cdf: (t: number) => number): number {
  let d = 0;
  for (const { t, before, after } of km) {
    const f = cdf(t);
    d = Math.max(d, Math.abs(after - f), Math.abs(before - f));
  }
  return d;
}

function kmQuantile(km: ReturnType<typeof kaplanMeier>, p: number): number | null {
  return km.find((s) => s.after >= p)?.t ?? null;
}
