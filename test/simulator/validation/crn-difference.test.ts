import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyVariant,
  type Comparison,
  compareScenarios,
  erlangCMeanWait,
} from '../../../simulator/index.ts';
import { expectTheoryInInterval } from '../../helpers/interval.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// Two M/M/c options, 10 and 11 agents (54 tickets an hour, 10 minutes of work: a = 9), compared
// with common random numbers over 20 replications of 4 weeks. The paired difference of the mean
// waits must agree with Erlang C's W(11) − W(10) (Cooper 1981, §3.5), and pairing must make its
// interval narrower than that of the same options run on independent streams.
describe('comparing options with common random numbers', () => {
  const base = loadExampleScenario('validation-erlang-c.json');
  const shorter = applyVariant(base, {
    name: '10 agents',
    changes: [{ path: 'run.horizon', value: '4w' }],
  });
  const options = [
    { name: '10 agents', scenario: shorter },
    {
      name: '11 agents',
      scenario: applyVariant(shorter, {
        name: '11',
        changes: [{ path: 'groups[0].agents', value: 11 }],
      }),
    },
  ];
  let common: Comparison;
  let independent: Comparison;
  beforeAll(async () => {
    common = await compareScenarios(options);
    independent = await compareScenarios(options, { independentStreams: true });
  });
  const theory = erlangCMeanWait(11, 9, 10) - erlangCMeanWait(10, 9, 10);

  it('the difference of mean waits agrees with Erlang C', () => {
    expectTheoryInInterval(common.differences[0]?.overall.asaMinutes ?? null, theory, 'ΔW');
  });

  // Var(X − Y) = Var X + Var Y − 2 Cov(X, Y): the same tickets make the waits of the two options
  // positively correlated (the engine is monotone in the number of agents), so pairing helps.
  it('is more precise than with independent streams', () => {
    const paired = common.differences[0]?.overall.asaMinutes?.halfWidth as number;
    const unpaired = independent.differences[0]?.overall.asaMinutes?.halfWidth as number;
    expect(common.commonRandomNumbers).toBe(true);
    expect(independent.commonRandomNumbers).toBe(false);
    expect(paired).toBeLessThan(unpaired);
  });

  it('finds no difference at all between an option and itself', async () => {
    const same = await compareScenarios([
      options[0],
      { ...options[0], name: 'again' },
    ] as typeof options);
    const asa = same.differences[0]?.overall.asaMinutes;
    expect(asa?.mean).toBe(0);
    expect(asa?.halfWidth).toBe(0);
  });
});
