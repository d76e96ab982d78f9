// A worker thread of the replication pool: loads the TypeScript simulator through tsx and runs
// one replication per task. Replication r draws from its own streams (seed, r), so where it runs
// does not change its output.
import { register } from 'tsx/esm/api';

register();
const { runReplication } = await import('../../simulator/index.ts');

/** @param {{ scenario: unknown, seed: number, replication: number }} task */
export default function runTask({ scenario, seed, replication }) {
  return runReplication(scenario, seed, replication);
}
