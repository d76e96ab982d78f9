import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { IN_PROCESS, type ReplicationExecutor } from '../../simulator/index.ts';

/** An executor that may hold threads: close it when done. */
export interface ClosableExecutor extends ReplicationExecutor {
  close(): Promise<void>;
}

/** Worker threads to use when none are asked for: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Runs replications on `workers` worker threads (one replication per task), or in this thread
 * for one worker. Outputs come back in the order asked for, whatever order the workers finish in.
 */
export function createExecutor(workers: number = defaultWorkers()): ClosableExecutor {
  if (workers <= 1) return { ...IN_PROCESS, close: async () => {} };
  const pool = new Piscina({
    filename: new URL('./replication-worker.mjs', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  return {
    parallelism: workers,
    run(scenario, seed, replications, onEach) {
      return Promise.all(
        replications.map(async (replication) => {
          const output = await pool.run({ scenario, seed, replication });
          onEach?.();
          return output;
        }),
      );
    },
    close: () => pool.destroy(),
  };
}
