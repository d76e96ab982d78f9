import { MINUTES_PER_WEEK, toMinutes } from '../units.ts';
import type { Arrivals } from './schema.ts';

/**
 * The expected number of tickets arriving in [0, horizon) minutes: the integral of the arrival
 * rate, planned volume changes included (daily volume multipliers have mean 1 and do not change it). Exact for hour-of-week
 * profiles, so a short horizon inside a busy hour is counted at that hour's rate.
 *
 * @example
 * expectedArrivals({ kind: 'poisson', ticketsPerHour: 6 }, 600) // => 60
 */
export function expectedArrivals(arrivals: Arrivals, horizonMinutes: number): number {
  const changes = (arrivals.changes ?? [])
    .map((change) => ({ from: toMinutes(change.from), factor: change.factor }))
    .sort((a, b) => a.from - b.from);
  let expected = 0;
  let from = 0;
  let factor = 1;
  for (const change of changes) {
    const to = Math.min(change.from, horizonMinutes);
    if (to > from) expected += factor * (baseArrivals(arrivals, to) - baseArrivals(arrivals, from));
    from = Math.max(from, to);
    factor = change.factor;
  }
  if (horizonMinutes > from)
    expected += factor * (baseArrivals(arrivals, horizonMinutes) - baseArrivals(arrivals, from));
  return expected;
}

/** Expected arrivals in [0, horizon) without planned changes. */
function baseArrivals(arrivals: Arrivals, horizonMinutes: number): number {
  if (arrivals.kind === 'poisson') return (arrivals.ticketsPerHour / 60) * horizonMinutes;
  const total = arrivals.hourWeights.reduce((sum, weight) => sum + weight, 0);
  if (!(total > 0)) return 0;
  const weeks = Math.floor(horizonMinutes / MINUTES_PER_WEEK);
  let expected = weeks * arrivals.ticketsPerWeek;
  const rest = horizonMinutes - weeks * MINUTES_PER_WEEK;
  arrivals.hourWeights.forEach((weight, hour) => {
    const overlap = Math.min(Math.max(rest - hour * 60, 0), 60);
    expected += ((weight / total) * arrivals.ticketsPerWeek * overlap) / 60;
  });
  return expected;
}
