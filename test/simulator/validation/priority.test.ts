import { describe, it } from 'vitest';
import { erlangC, priorityMeanWaits, runScenario } from '../../../simulator/index.ts';
import { expectTheoryInInterval } from '../../helpers/interval.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// Two non-preemptive priority classes sharing an exponential work time against Cobham's formula
// (Cobham 1954, Operations Research 2(1):70–76; Kleinrock, Queueing Systems vol. 2, §3.6):
// W_k = C(c, a)/(c·μ) / ((1 − σ_{k−1})(1 − σ_k)).
describe('simulated M/M/c with two priority classes agrees with Cobham at load 0.9', () => {
  const agents = 10;
  const meanWork = 10;
  const arrivalRate = 0.9; // per minute: load 0.9
  const shares = [0.3, 0.7];
  // 54 tickets an hour, 30 % urgent, 10 minutes of work for both, 10 agents; 20 × 20 weeks.
  const result = runScenario(loadExampleScenario('validation-priority-cobham.json'));
  const waits = priorityMeanWaits(
    shares.map((share) => share * arrivalRate),
    1 / meanWork,
    agents,
  );

  it('mean wait of the urgent class', () => {
    expectTheoryInInterval(result.classes[0]?.metrics.asaMinutes ?? null, waits[0] as number, 'W1');
  });

  it('mean wait of the normal class', () => {
    expectTheoryInInterval(result.classes[1]?.metrics.asaMinutes ?? null, waits[1] as number, 'W2');
  });

  it('probability of waiting is Erlang C for each class (arrivals see time averages)', () => {
    const c = erlangC(agents, arrivalRate * meanWork);
    expectTheoryInInterval(result.classes[0]?.metrics.waitProbability ?? null, c, 'P(wait) urgent');
    expectTheoryInInterval(result.classes[1]?.metrics.waitProbability ?? null, c, 'P(wait) normal');
  });
});
