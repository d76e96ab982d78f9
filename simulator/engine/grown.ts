/**
 * A copy of `old` in a new typed array of the same kind with room for `capacity` values; the
 * engine's arrays double this way when full, so growth costs O(1) per element amortised.
 *
 * @example
 * grown(Int32Array.of(1, 2), 4) // => Int32Array [1, 2, 0, 0]
 */
export function grown<T extends Float64Array | Uint8Array | Int32Array | Uint32Array>(
  old: T,
  capacity: number,
): T {
  const array = new (old.constructor as new (length: number) => T)(capacity);
  array.set(old);
  return array;
}
