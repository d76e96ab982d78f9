import { describe, expect, it } from 'vitest';
import {
  betaForDelay,
  costOptimalBeta,
  erlangA,
  erlangAServiceLevel,
  erlangC,
  erlangCMeanWait,
  erlangCServiceLevel,
  halfinWhittDelay,
  preemptivePriorityMeanDelays,
  priorityMeanWaits,
  queueMeasures,
  SIM_ERR,
  SimulatorError,
  squareRootStaffing,
} from '../../../simulator/index.ts';

describe('Erlang A service level', () => {
  const chain = { arrivalRate: 1, serviceRate: 0.1, abandonmentRate: 0.05, agents: 10 };

  it('within 0 minutes is the probability of not waiting', () => {
    expect(erlangAServiceLevel(chain, 0)).toBeCloseTo(1 - erlangA(chain).waitProbability, 12);
  });

  it('within a very long time is the probability of not abandoning', () => {
    expect(erlangAServiceLevel(chain, 1e5)).toBeCloseTo(
      1 - erlangA(chain).abandonmentProbability,
      10,
    );
  });

  it('rises with the target time', () => {
    const levels = [0.5, 1, 2, 5, 10, 30].map((t) => erlangAServiceLevel(chain, t));
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]).toBeGreaterThan(levels[i - 1] as number);
  });

  it('tends to Erlang C as patience grows without bound (error of order θ)', () => {
    const patient = { arrivalRate: 0.9, serviceRate: 0.1, abandonmentRate: 1e-7, agents: 10 };
    for (const t of [1, 5, 20]) {
      expect(erlangAServiceLevel(patient, t)).toBeCloseTo(erlangCServiceLevel(10, 9, 10, t), 5);
    }
  });

  it('refuses an overload with almost no abandonment instead of building a huge chain', () => {
    expect(() =>
      erlangA({ arrivalRate: 2, serviceRate: 0.1, abandonmentRate: 1e-9, agents: 10 }),
    ).toThrowError(SimulatorError);
  });
});

describe('queueMeasures', () => {
  it("Erlang C: Little's law Lq = λ·ASA and occupancy a/c", () => {
    const m = queueMeasures({
      model: 'c',
      arrivalsPerMinute: 0.9,
      meanWorkMinutes: 10,
      agents: 10,
      targetMinutes: 5,
    });
    expect(m.queueLengthMean).toBeCloseTo(0.9 * m.asaMinutes, 12);
    expect(m.occupancy).toBeCloseTo(0.9, 12);
    expect(m.asaMinutes).toBeCloseTo(erlangCMeanWait(10, 9, 10), 12);
  });

  it('Erlang B: carried load a(1 − B) over c is the occupancy; no waiting', () => {
    const m = queueMeasures({
      model: 'b',
      arrivalsPerMinute: 0.5,
      meanWorkMinutes: 10,
      agents: 6,
      targetMinutes: 1,
    });
    expect(m.occupancy).toBeCloseTo((5 * (1 - (m.blockingProbability as number))) / 6, 12);
    expect(m.serviceLevel).toBeCloseTo(1 - (m.blockingProbability as number), 12);
    expect(m.asaMinutes).toBe(0);
  });

  it('Erlang A needs a patience', () => {
    try {
      queueMeasures({ model: 'a', arrivalsPerMinute: 1, meanWorkMinutes: 10, agents: 10 });
      expect.fail('should throw');
    } catch (error) {
      expect((error as SimulatorError).code).toBe(SIM_ERR.INVALID_MODEL_INPUT);
      expect((error as SimulatorError).issues[0]?.field).toBe('patienceMinutes');
    }
  });
});

describe('Halfin–Whitt and square-root staffing', () => {
  it('the delay function is 1 at β = 0 and falls', () => {
    expect(halfinWhittDelay(0)).toBe(1);
    expect(halfinWhittDelay(1)).toBeLessThan(halfinWhittDelay(0.5));
    // α(1) = 1/(1 + Φ(1)/φ(1)) with Φ(1) = 0.841344746, φ(1) = 0.241970725.
    expect(halfinWhittDelay(1)).toBeCloseTo(1 / (1 + 0.841344746 / 0.241970725), 8);
    expect(betaForDelay(halfinWhittDelay(1.3))).toBeCloseTo(1.3, 10);
  });

  it('is the limit of Erlang C: with c = a + β√a, C(c, a) → α(β) as a grows', () => {
    const beta = 1;
    const gaps = [100, 2500, 10_000].map((a) =>
      Math.abs(erlangC(a + beta * Math.sqrt(a), a) - halfinWhittDelay(beta)),
    );
    expect(gaps[1]).toBeLessThan(gaps[0] as number);
    expect(gaps[2]).toBeLessThan(gaps[1] as number);
    expect(gaps[2]).toBeLessThan(0.005);
  });

  it('square-root staffing hits the target delay within one agent for large loads', () => {
    const { agents } = squareRootStaffing(1000, 0.2);
    expect(erlangC(agents, 1000)).toBeLessThanOrEqual(0.2 + 0.01);
    expect(erlangC(agents - 2, 1000)).toBeGreaterThan(0.2);
  });

  it('the BMR cost-optimal β minimises the exact Erlang C cost for a large centre', () => {
    // Staff cost 1 per agent-minute; waiting cost r per ticket-minute; a = 400 Erlangs, s = 1.
    const a = 400;
    const r = 20;
    const exactCost = (c: number) => c + r * a * erlangCMeanWait(c, a, 1);
    let best = a + 1;
    for (let c = a + 1; c < a + 200; c++) if (exactCost(c) < exactCost(best)) best = c;
    const asymptotic = Math.round(a + costOptimalBeta(r) * Math.sqrt(a));
    expect(Math.abs(asymptotic - best)).toBeLessThanOrEqual(1);
  });
});

describe('priority classes', () => {
  it('preemptive-resume: the most urgent class sees an Erlang C queue of its own', () => {
    const delays = preemptivePriorityMeanDelays([0.3, 0.6], 0.1, 10);
    expect(delays[0]).toBeCloseTo(erlangCMeanWait(10, 3, 10), 12);
  });

  it("preemptive-resume obeys the conservation law (Kleinrock 1965): the mean delay is FIFO's", () => {
    const rates = [0.2, 0.3, 0.35];
    const delays = preemptivePriorityMeanDelays(rates, 0.1, 10);
    const mean = rates.reduce((sum, rate, i) => sum + rate * (delays[i] as number), 0) / 0.85;
    expect(mean).toBeCloseTo(erlangCMeanWait(10, 8.5, 10), 12);
  });

  it('urgent tickets wait less under preemption than without it; the least urgent wait more', () => {
    const rates = [0.45, 0.45];
    const preemptive = preemptivePriorityMeanDelays(rates, 0.1, 10);
    const nonPreemptive = priorityMeanWaits(rates, 0.1, 10);
    expect(preemptive[0]).toBeLessThan(nonPreemptive[0] as number);
    expect(preemptive[1]).toBeGreaterThan(nonPreemptive[1] as number);
  });
});
