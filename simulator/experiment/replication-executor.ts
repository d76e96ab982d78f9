import {
  type ReplicationOptions,
  type ReplicationOutput,
  simulateReplication,
} from '../engine/simulate-replication.ts';
import { createStreamSource } from '../random/random-stream.ts';
import { compileScenario } from '../scenario/compile-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * Runs replications of a scenario somewhere: in this thread, or on a pool of worker threads (see
 * server/workers). Replication r always draws from the streams (seed, r), so the outputs do not
 * depend on where or in which order the replications ran.
 */
export interface ReplicationExecutor {
  /** How many replications run at once (1 in process). */
  readonly parallelism: number;
  /**
   * Runs the replications listed and resolves to their outputs in the order listed. `onEach` is
   * called as each one finishes, in whatever order they finish.
   */
  run(
    scenario: Scenario,
    seed: number,
    replications: readonly number[],
    onEach?: () => void,
    signal?: AbortSignal,
    parts?: OutputParts,
  ): Promise<ReplicationOutput[]>;
}

/** The optional parts of a replication's output a caller wants (default: all). */
export type OutputParts = Pick<ReplicationOptions, 'backlog'>;

/** Thrown when a run is cancelled or runs out of time: `reason` says which. */
export class RunAborted extends Error {
  override name = 'RunAborted';
}

/** The executor with every run tied to `signal`: once aborted, runs stop and reject with RunAborted. */
export function abortable(executor: ReplicationExecutor, signal: AbortSignal): ReplicationExecutor {
  return {
    parallelism: executor.parallelism,
    run: (scenario, seed, replications, onEach, _signal, parts) => {
      if (signal.aborted)
        return Promise.reject(new RunAborted(String(signal.reason ?? 'cancelled')));
      return executor.run(scenario, seed, replications, onEach, signal, parts);
    },
  };
}

/** Runs replications one after another in the calling thread. */
export const IN_PROCESS: ReplicationExecutor = {
  parallelism: 1,
  async run(scenario, seed, replications, onEach, signal, parts) {
    const model = compileScenario(scenario);
    const outputs: ReplicationOutput[] = [];
    for (const r of replications) {
      if (signal?.aborted === true) throw new RunAborted(String(signal.reason ?? 'cancelled'));
      outputs.push(
        simulateReplication(model, createStreamSource(seed, r), { backlog: parts?.backlog }),
      );
      onEach?.();
      // Let the event loop breathe between replications, so that a cancel can arrive.
      if (signal !== undefined) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return outputs;
  },
};

/** Replications of a valid scenario, each from its own streams (seed, replication). */
export function runReplications(
  scenario: Scenario,
  seed: number,
  replications: readonly number[],
  parts: OutputParts = {},
): ReplicationOutput[] {
  const model = compileScenario(scenario);
  return replications.map((r) =>
    simulateReplication(model, createStreamSource(seed, r), { backlog: parts.backlog }),
  );
}
