// Workload 4 of stafflab's benchmark suite in a fresh process, as a command-line sweep meets it:
// nothing warmed up, neither the worker threads nor this one. Run it once with 1 worker and once
// with 2 for the speed-up a one-off `stafflab sweep -w 2` sees over `-w 1`:
//
//   node --max-inlined-bytecode-size-cumulative=4000 --import tsx bench/fresh-sweep.ts 1
//   node --max-inlined-bytecode-size-cumulative=4000 --import tsx bench/fresh-sweep.ts 2
//
// (The V8 flag is the one bin/stafflab.mjs sets.)
import { tieredBenchScenario } from '../server/cli/bench-workloads.ts';
import { createExecutor } from '../server/workers/worker-pool.ts';
import { sweepScenario } from '../simulator/index.ts';

const workers = Number(process.argv[2] ?? 2);
const parameters = [
  { path: 'groups[desk].shifts[0].agents', values: Array.from({ length: 20 }, (_, i) => i + 3) },
];
const start = performance.now();
const executor = createExecutor(workers);
await sweepScenario(tieredBenchScenario(), parameters, { replications: 30, executor });
await executor.close();
console.log(
  `workload 4 in a fresh process on ${workers} worker(s): ${((performance.now() - start) / 1000).toFixed(2)} s`,
);
