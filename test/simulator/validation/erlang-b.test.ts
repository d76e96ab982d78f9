import { describe, it } from 'vitest';
import { erlangB, runScenario } from '../../../simulator/index.ts';
import { expectTheoryInInterval } from '../../helpers/interval.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// M/M/c/c against Erlang B (Erlang 1917; Cooper 1981, §3.3): with patience 0 a ticket that finds
// every agent busy leaves at once, so the probability of waiting and the abandonment rate both
// equal the blocking probability B(c, a).
describe('simulated loss system agrees with Erlang B', () => {
  // 100 tickets an hour, 1 minute of work (a = 5/3), 2 agents; 20 × 4 weeks.
  const result = runScenario(loadExampleScenario('validation-erlang-b.json'));
  const blocking = erlangB(2, 100 / 60);

  it('probability of waiting (joining the line even for an instant) and abandonment', () => {
    expectTheoryInInterval(result.overall.waitProbability, blocking, 'P(wait)');
    expectTheoryInInterval(result.overall.abandonmentRate, blocking, 'P(blocked)');
  });
});
