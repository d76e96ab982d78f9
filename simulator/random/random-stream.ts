import seedrandom from 'seedrandom';

/**
 * A source of uniform random numbers in [0, 1). One call, one draw (with 53-bit resolution, so
 * inversion reaches far into the tails). Every random quantity in a
 * replication comes from a named stream, so that changing one source (say, work times) leaves
 * the draws of the others (arrivals) unchanged: the basis of common random numbers.
 */
export type RandomStream = () => number;

/** Hands out the named streams of one replication. */
export interface StreamSource {
  /** The stream called `name`; asking twice for one name gives two fresh copies of it. */
  stream(name: string): RandomStream;
}

/**
 * The named streams of replication `replication` of a run seeded with `seed`. Each stream is an
 * Alea generator (seedrandom, its 53-bit `double` output) keyed by `stafflab/<seed>/<replication>/<name>`, so a stream depends
 * only on those three: the same seed reproduces a run bit for bit, and two scenarios run with the
 * same seed see the same arrivals and work times as far as their streams' names agree.
 *
 * @example
 * const a = createStreamSource(42, 0).stream('arrivals');
 * const b = createStreamSource(42, 0).stream('arrivals');
 * a() === b() // => true
 */
export function createStreamSource(seed: number, replication: number): StreamSource {
  return {
    stream(name: string): RandomStream {
      return seedrandom.alea(`stafflab/${seed}/${replication}/${name}`).double;
    },
  };
}
