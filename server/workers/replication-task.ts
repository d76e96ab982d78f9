// The task a worker thread of the replication pool runs, bundled with the simulator into one
// JavaScript file when the pool starts (see worker-pool.ts), so that workers start in milliseconds.
import { type OutputParts, runReplications, type Scenario } from '../../simulator/index.ts';

/** Runs the task's replications one after another; replication r draws from streams (seed, r). */
export default function runTask(task: {
  scenario: Scenario;
  seed: number;
  replications: number[];
  parts?: OutputParts;
}) {
  return runReplications(task.scenario, task.seed, task.replications, task.parts);
}
