import erfcinv from '@stdlib/math-base-special-erfcinv';
import type { RandomStream } from './random-stream.ts';

const SQRT2 = Math.SQRT2;
const SMALLEST_U = 2 ** -53;

/**
 * One standard normal draw by inversion: z = −√2 · erfcinv(2u), accurate in both tails. Exactly
 * one uniform per draw, so streams stay aligned between scenarios (common random numbers).
 *
 * @example
 * standardNormal(() => 0.5) // => 0
 * standardNormal(() => 0.975) // ≈ 1.959964
 */
export function standardNormal(random: RandomStream): number {
  const u = random();
  return -SQRT2 * erfcinv(2 * (u > 0 ? u : SMALLEST_U));
}
