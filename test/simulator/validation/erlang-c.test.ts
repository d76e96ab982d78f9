import { describe, expect, it } from 'vitest';
import {
  confidenceInterval,
  erlangC,
  erlangCMeanWait,
  erlangCServiceLevel,
  runScenario,
  simulateReplications,
} from '../../../simulator/index.ts';
import { expectTheoryInInterval } from '../../helpers/interval.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// M/M/c against Erlang C (Erlang 1917; formulas as in Cooper, "Introduction to Queueing Theory",
// 2nd ed. 1981, §3.5): P(wait) = C(c, a), mean wait W = C·s/(c − a),
// P(W ≤ t) = 1 − C·exp(−(c − a)·t/s), p-quantile of the wait ln(C/(1 − p))·s/(c − a).
describe('simulated M/M/c agrees with Erlang C at load 0.9', () => {
  const agents = 10;
  const load = 9;
  const s = 10;
  // 54 tickets an hour (a = 9), 10 minutes of work, 10 agents, a 5-minute target; 20 × 20 weeks.
  const result = runScenario(loadExampleScenario('validation-erlang-c.json'));
  const c = erlangC(agents, load);

  it('mean wait (ASA)', () => {
    expectTheoryInInterval(result.overall.asaMinutes, erlangCMeanWait(agents, load, s), 'ASA');
  });

  it('probability of waiting', () => {
    expectTheoryInInterval(result.overall.waitProbability, c, 'P(wait)');
  });

  it('service level within 5 minutes, occupancy, queue length (Little) and the 95th percentile', () => {
    expectTheoryInInterval(
      result.overall.serviceLevel,
      erlangCServiceLevel(agents, load, s, 5),
      'SL(5 min)',
    );
    expectTheoryInInterval(result.overall.occupancy, load / agents, 'occupancy');
    expectTheoryInInterval(
      result.overall.meanQueueLength,
      (load / s) * erlangCMeanWait(agents, load, s),
      'Lq',
    );
    const p95 = (Math.log(c / 0.05) * s) / (agents - load);
    expectTheoryInInterval(result.overall.waitP95Minutes, p95, 'wait p95', 0.005);
  });

  it('the wait distribution the dashboard draws: its 75th percentile, and the same p90 and p95', () => {
    const { result: again, outputs } = simulateReplications(
      loadExampleScenario('validation-erlang-c.json'),
    );
    const { probabilities, waitMinutes } = again.distributions;
    const at = (p: number) => probabilities.findIndex((q) => Math.abs(q - p) < 1e-9);
    const p75 = confidenceInterval(
      outputs.map((o) => o.distributions.waitMinutes[at(0.75)] ?? null),
      0.95,
    );
    expectTheoryInInterval(p75, (Math.log(c / 0.25) * s) / (agents - load), 'wait p75', 0.005);
    // The grid comes from the same merged sketches as the headline percentiles.
    expect(waitMinutes[at(0.9)]).toBeCloseTo(again.overall.waitP90Minutes?.mean as number, 9);
    expect(waitMinutes[at(0.95)]).toBeCloseTo(again.overall.waitP95Minutes?.mean as number, 9);
    for (let i = 1; i < waitMinutes.length; i++) {
      expect(waitMinutes[i] as number).toBeGreaterThanOrEqual(waitMinutes[i - 1] as number);
    }
  });
});
