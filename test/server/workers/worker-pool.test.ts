import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClosableExecutor, createExecutor } from '../../../server/workers/worker-pool.ts';
import {
  applyVariant,
  compareScenarios,
  optimiseStaffing,
  type Progress,
  simulateScenario,
  sweepScenario,
} from '../../../simulator/index.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// Real worker threads: replication r always draws from streams (seed, r), so where and in which
// order replications run must not change a single number of any result.
describe('replications on worker threads', () => {
  const tiered = applyVariant(loadExampleScenario('tiered-service-desk.json'), {
    name: '4 weeks, warm-up detected',
    changes: [
      { path: 'run.horizon', value: '4w' },
      { path: 'run.warmUp', remove: true },
    ],
  });
  let two: ClosableExecutor;
  beforeAll(() => {
    two = createExecutor(2);
  });
  afterAll(async () => {
    await two.close();
  });

  it('a warmed-up pool gives the results of one thread: the warm-up leaves nothing behind', async () => {
    await two.warmUp(tiered);
    const options = { replications: 4, seed: 9 };
    expect((await simulateScenario(tiered, { ...options, executor: two })).result).toEqual(
      (await simulateScenario(tiered, options)).result,
    );
  });

  it('a run without the backlog series drops it on the workers too, and changes nothing else', async () => {
    const options = { replications: 4, seed: 5 };
    const kept = await simulateScenario(tiered, { ...options, executor: two });
    const dropped = await simulateScenario(tiered, { ...options, executor: two, backlog: false });
    // The workers sent no series back: every replication's arrays are empty.
    expect(dropped.outputs.every((o) => o.backlog.open.length === 0)).toBe(true);
    expect(kept.outputs.every((o) => o.backlog.open.length > 0)).toBe(true);
    const { backlog: _kept, ...keptRest } = kept.result;
    const { backlog: _dropped, ...droppedRest } = dropped.result;
    expect(droppedRest).toEqual(keptRest);
    expect(dropped.result).toEqual(
      (await simulateScenario(tiered, { ...options, backlog: false })).result,
    );
  });

  it('a run gives the same result on 1 and 2 workers, warm-up detection and precision included', async () => {
    const options = {
      replications: 4,
      precision: {
        relative: 0.02,
        metrics: ['timeInSystemP95Minutes' as const],
        maxReplications: 24,
      },
    };
    const seen: Progress[] = [];
    const one = await simulateScenario(tiered, options);
    const parallel = await simulateScenario(tiered, {
      ...options,
      executor: two,
      onProgress: (p) => seen.push(p),
    });
    expect(parallel.result).toEqual(one.result);
    expect(parallel.result.warmUp.method).toBe('mser');
    // Progress counts every replication, pilot ones included, and ends with nothing left.
    expect(seen.at(-1)).toMatchObject({
      done: 5 + one.result.replications,
      total: 5 + one.result.replications,
      etaSeconds: 0,
    });
    expect(seen.map((p) => p.done)).toEqual(seen.map((_, i) => i + 1));
  });

  it('a comparison and a sweep give the same result on 1 and 2 workers', async () => {
    const options = [
      { name: 'as is', scenario: tiered },
      {
        name: 'one more on the desk',
        scenario: applyVariant(tiered, {
          name: '+1',
          changes: [{ path: 'groups[desk].shifts[0].agents', value: 5 }],
        }),
      },
    ];
    expect(await compareScenarios(options, { replications: 3, executor: two })).toEqual(
      await compareScenarios(options, { replications: 3 }),
    );
    const parameters = [{ path: 'groups[network].shifts[0].agents', values: [2, 3] }];
    expect(await sweepScenario(tiered, parameters, { replications: 3, executor: two })).toEqual(
      await sweepScenario(tiered, parameters, { replications: 3 }),
    );
  });

  it('an optimisation gives the same answer and evaluations on 1 and 2 workers', async () => {
    const question = { goal: 'total-cost' as const, groups: ['network', 'applications'] };
    const run = { replications: 3 };
    expect(await optimiseStaffing(tiered, question, { ...run, executor: two })).toEqual(
      await optimiseStaffing(tiered, question, run),
    );
  });
});
