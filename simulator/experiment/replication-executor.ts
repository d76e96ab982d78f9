import { type ReplicationOutput, simulateReplication } from '../engine/simulate-replication.ts';
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
  ): Promise<ReplicationOutput[]>;
}

/** Runs replications one after another in the calling thread. */
export const IN_PROCESS: ReplicationExecutor = {
  parallelism: 1,
  async run(scenario, seed, replications, onEach) {
    const model = compileScenario(scenario);
    const outputs: ReplicationOutput[] = [];
    for (const r of replications) {
      outputs.push(simulateReplication(model, createStreamSource(seed, r)));
      onEach?.();
    }
    return outputs;
  },
};

/** Replications of a valid scenario, each from its own streams (seed, replication). */
export function runReplications(
  scenario: Scenario,
  seed: number,
  replications: readonly number[],
): ReplicationOutput[] {
  const model = compileScenario(scenario);
  return replications.map((r) => simulateReplication(model, createStreamSource(seed, r)));
}
