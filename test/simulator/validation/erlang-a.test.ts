import { describe, it } from 'vitest';
import { erlangA, erlangAServiceLevel, runScenario } from '../../../simulator/index.ts';
import { expectTheoryInInterval } from '../../helpers/interval.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// M/M/c+M against the Erlang A birth–death chain (Palm 1943; Garnett, Mandelbaum & Reiman 2002,
// M&SOM 4(3):208–227): P(wait) = P(N ≥ c) by PASTA, mean wait E[Q]/λ and abandonment θ·E[Q]/λ
// by Little's law. Load 1.0: as many Erlangs as agents, a regime Erlang C cannot describe.
describe('simulated M/M/c+M agrees with Erlang A at load 1.0', () => {
  const agents = 10;
  const meanWork = 10;
  const meanPatience = 20;
  const arrivalRate = 1; // per minute: a = 10 Erlangs
  // 60 tickets an hour, 10 minutes of work, 20 minutes of patience, 10 agents; 20 × 12 weeks.
  const result = runScenario(loadExampleScenario('validation-erlang-a.json'));
  const theory = erlangA({
    arrivalRate,
    serviceRate: 1 / meanWork,
    abandonmentRate: 1 / meanPatience,
    agents,
  });

  it('mean wait (over all arrivals, abandoned ones included)', () => {
    expectTheoryInInterval(result.overall.asaMinutes, theory.meanWait, 'mean wait');
  });

  it('probability of waiting', () => {
    expectTheoryInInterval(result.overall.waitProbability, theory.waitProbability, 'P(wait)');
  });

  it('abandonment and occupancy', () => {
    expectTheoryInInterval(
      result.overall.abandonmentRate,
      theory.abandonmentProbability,
      'P(abandon)',
    );
    expectTheoryInInterval(result.overall.occupancy, theory.occupancy, 'occupancy');
    expectTheoryInInterval(result.overall.meanQueueLength, theory.meanQueueLength, 'E[Q]');
  });

  it('service level within 2 minutes, abandoned tickets counted as missed', () => {
    const chain = {
      arrivalRate,
      serviceRate: 1 / meanWork,
      abandonmentRate: 1 / meanPatience,
      agents,
    };
    expectTheoryInInterval(result.overall.serviceLevel, erlangAServiceLevel(chain, 2), 'SL(2 min)');
  });
});
