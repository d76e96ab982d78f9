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
      const seeded = seedrandom.alea(`stafflab/${seed}/${replication}/${name}`, { state: true });
      return aleaDoubles(seeded.state());
    },
  };
}

/**
 * Alea (Baagøe 2010) continued from the state seedrandom's seeding produced: the same recurrence
 * and the same 53-bit `double`, number for number (a test compares them). The state lives in a
 * Float64Array, so a draw allocates nothing (seedrandom keeps its carry in an object field, which
 * V8 boxes whenever the carry leaves the small-integer range), and a draw is one call.
 */
function aleaDoubles(seeded: { c: number; s0: number; s1: number; s2: number }): RandomStream {
  /** The carry c, then s0, s1, s2. */
  const state = Float64Array.of(seeded.c, seeded.s0, seeded.s1, seeded.s2);
  // Two steps of the recurrence, combined into a uniform in [0, 1) with 53-bit resolution.
  return () => {
    let t = 2091639 * (state[1] as number) + (state[0] as number) * TWO_POW_MINUS_32;
    let carry = t | 0;
    const high = t - carry;
    t = 2091639 * (state[2] as number) + carry * TWO_POW_MINUS_32;
    carry = t | 0;
    const low = t - carry;
    state[0] = carry;
    state[1] = state[3] as number;
    state[2] = high;
    state[3] = low;
    return high + ((low * 0x200000) | 0) * TWO_POW_MINUS_53;
  };
}

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
const TWO_POW_MINUS_53 = 1.1102230246251565e-16;
