import { describe, it } from 'vitest';
import { erlangA, parseScenario, runScenario } from '../../../simulator/index.ts';
import { expectIntervalContains, expectWithin999 } from '../../helpers/interval.ts';
import { mmcScenario } from '../../helpers/scenario-builder.ts';

// M/M/c+M against the Erlang A birth–death chain (Palm 1943; Garnett, Mandelbaum & Reiman 2002,
// M&SOM 4(3):208–227): P(wait) = P(N ≥ c) by PASTA, mean wait E[Q]/λ and abandonment θ·E[Q]/λ
// by Little's law. Load 1.0: as many Erlangs as agents, a regime Erlang C cannot describe.
describe('simulated M/M/c+M agrees with Erlang A at load 1.0', () => {
  const agents = 10;
  const meanWork = 10;
  const meanPatience = 20;
  const arrivalRate = 1; // per minute: a = 10 Erlangs
  const scenario = parseScenario(
    mmcScenario({
      agents,
      offeredLoad: arrivalRate * meanWork,
      meanWorkMinutes: meanWork,
      patienceMeanMinutes: meanPatience,
      horizon: '12w',
      warmUp: '1w',
    }),
  );
  const result = runScenario(scenario, { seed: 1917, replications: 20 });
  const theory = erlangA({
    arrivalRate,
    serviceRate: 1 / meanWork,
    abandonmentRate: 1 / meanPatience,
    agents,
  });

  it('mean wait (over all arrivals, abandoned ones included)', () => {
    expectIntervalContains(result.overall.asaMinutes, theory.meanWait, 'mean wait');
  });

  it('probability of waiting', () => {
    expectIntervalContains(result.overall.waitProbability, theory.waitProbability, 'P(wait)');
  });

  it('abandonment and occupancy', () => {
    expectWithin999(result.overall.abandonmentRate, theory.abandonmentProbability, 'P(abandon)');
    expectWithin999(result.overall.occupancy, theory.occupancy, 'occupancy');
    expectWithin999(result.overall.meanQueueLength, theory.meanQueueLength, 'E[Q]');
  });
});
