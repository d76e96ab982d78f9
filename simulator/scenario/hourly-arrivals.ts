import type { Arrivals } from './schema.ts';

/**
 * Tickets per hour for each of the 168 hours of the week (Monday 00:00 first): a flat rate
 * repeated, or a profile's weights scaled to its weekly volume.
 *
 * @example
 * hourlyArrivals({ kind: 'poisson', ticketsPerHour: 6 })[100] // => 6
 */
export function hourlyArrivals(arrivals: Arrivals): number[] {
  if (arrivals.kind === 'poisson') return new Array<number>(168).fill(arrivals.ticketsPerHour);
  const total = arrivals.hourWeights.reduce((sum, weight) => sum + weight, 0);
  return arrivals.hourWeights.map((weight) => (weight / total) * arrivals.ticketsPerWeek);
}
