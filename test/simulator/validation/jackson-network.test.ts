import { describe, it } from 'vitest';
import { erlangCMeanWait, runScenario } from '../../../simulator/index.ts';
import { expectTheoryInInterval } from '../../helpers/interval.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// An open Jackson network (Jackson 1957, "Networks of waiting lines", Operations Research 5(4)):
// Poisson arrivals λ = 0.5 a minute to the desk (6 agents, exponential work of 10 minutes);
// 40 % go on to a resolver group (4 agents, 15 minutes), which sends 10 % back. The traffic
// equations λ1 = λ + 0.1·λ2, λ2 = 0.4·λ1 give λ1 = 0.5/0.96 and λ2 = 0.4·λ1; in steady state
// each group is an M/M/c queue with that rate (product form), so its mean wait per visit is
// Erlang C's, and a ticket's mean time to resolve is Σ (λi/λ)·(Wi + si).
describe('a desk and a resolver group agree with Jackson network theory', () => {
  const result = runScenario(loadExampleScenario('validation-jackson-network.json'));
  const lambda = 0.5;
  const desk = lambda / 0.96;
  const resolvers = 0.4 * desk;
  const deskWait = erlangCMeanWait(6, desk * 10, 10);
  const resolverWait = erlangCMeanWait(4, resolvers * 15, 15);

  it('mean wait per visit in each group', () => {
    expectTheoryInInterval(
      result.groups[0]?.metrics.meanVisitWaitMinutes ?? null,
      deskWait,
      'W desk',
    );
    expectTheoryInInterval(
      result.groups[1]?.metrics.meanVisitWaitMinutes ?? null,
      resolverWait,
      'W resolvers',
    );
  });

  it('mean time to resolve over all visits', () => {
    const theory = (desk / lambda) * (deskWait + 10) + (resolvers / lambda) * (resolverWait + 15);
    expectTheoryInInterval(result.overall.meanTimeInSystemMinutes, theory, 'T');
  });
});
