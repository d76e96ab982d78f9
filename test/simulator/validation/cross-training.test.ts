import { describe, it } from 'vitest';
import { erlangC, erlangCMeanWait, runScenario } from '../../../simulator/index.ts';
import { expectTheoryInInterval } from '../../helpers/interval.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// Two groups of 10 agents, 48 tickets an hour each, exponential work of 10 minutes, every agent
// cross-trained on the other group. No agent stays idle while a ticket waits, and work does not
// depend on who does it, so the number of tickets in the system follows the M/M/20 birth–death
// chain with 16 Erlangs (pooling): P(wait) = C(20, 16) and the mean wait is Erlang C's.
describe('fully cross-trained groups pool into one queue', () => {
  const result = runScenario(loadExampleScenario('validation-cross-training.json'));

  it('probability of waiting and mean wait of all tickets', () => {
    expectTheoryInInterval(result.overall.waitProbability, erlangC(20, 16), 'P(wait)');
    expectTheoryInInterval(result.overall.asaMinutes, erlangCMeanWait(20, 16, 10), 'ASA');
  });
});
