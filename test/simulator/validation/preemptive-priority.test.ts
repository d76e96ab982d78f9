import { describe, it } from 'vitest';
import { preemptivePriorityMeanDelays, runScenario } from '../../../simulator/index.ts';
import { expectTheoryInInterval } from '../../helpers/interval.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// Two pre-emptive-resume priority classes sharing an exponential work time against Buzen & Bondi
// (1983), "The response times of priority classes under preemptive resume in M/M/m queues",
// Operations Research 31(3):456–465: the mean time to resolve of class k is its mean delay plus the
// mean work (10 minutes).
describe('simulated M/M/c with pre-emptive priority agrees with Buzen & Bondi at load 0.9', () => {
  // 54 tickets an hour, 30 % urgent, 10 minutes of work for both, 10 agents; 20 × 20 weeks.
  const result = runScenario(loadExampleScenario('validation-preemptive-priority.json'));
  const delays = preemptivePriorityMeanDelays([0.27, 0.63], 0.1, 10);

  it('urgent tickets: never interrupted, their delay is their wait (Erlang C for their own load)', () => {
    expectTheoryInInterval(
      result.classes[0]?.metrics.asaMinutes ?? null,
      delays[0] as number,
      'W urgent',
    );
  });

  it('normal tickets: mean time to resolve = delay (waits and interruptions) + work', () => {
    expectTheoryInInterval(
      result.classes[1]?.metrics.meanTimeInSystemMinutes ?? null,
      10 + (delays[1] as number),
      'T normal',
    );
  });
});
