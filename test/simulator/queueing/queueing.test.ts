import { describe, expect, it } from 'vitest';
import {
  erlangA,
  erlangB,
  erlangC,
  erlangCMeanWait,
  erlangCServiceLevel,
  priorityMeanWaits,
  SIM_ERR,
  SimulatorError,
} from '../../../simulator/index.ts';

/** Σ_{k=0}^{n} a^k/k! and a^n/n!, by direct summation (independent of the recursion under test). */
function poissonTerms(a: number, n: number): { sum: number; last: number } {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= n; k++) {
    term *= a / k;
    sum += term;
  }
  return { sum, last: term };
}

describe('Erlang B', () => {
  it('matches the standard table: 10 servers, 5 Erlangs → 1.84 % blocked', () => {
    // Erlang B tables (e.g. Cooper 1981, table of B(c, a)): B(10, 5) = 0.01838.
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 5);
  });

  it.each([
    [1, 0.5],
    [5, 3],
    [20, 15],
    [40, 45],
  ])('agrees with the closed form for c = %i, a = %f', (c, a) => {
    const { sum, last } = poissonTerms(a, c);
    expect(erlangB(c, a)).toBeCloseTo(last / sum, 12);
  });

  it('is stable for thousands of agents', () => {
    const value = erlangB(10_000, 10_000);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(0.01);
  });
});

describe('Erlang C', () => {
  it.each([
    [2, 1],
    [10, 9],
    [25, 20],
  ])('agrees with the closed form for c = %i, a = %f', (c, a) => {
    const { sum, last } = poissonTerms(a, c - 1);
    const top = ((last * a) / c) * (c / (c - a));
    expect(erlangC(c, a)).toBeCloseTo(top / (sum + top), 12);
  });

  it('M/M/1: C = ρ and W = ρ·s/(1 − ρ)', () => {
    expect(erlangC(1, 0.8)).toBeCloseTo(0.8, 12);
    expect(erlangCMeanWait(1, 0.8, 5)).toBeCloseTo(20, 10);
  });

  it('service level within 0 is 1 − C and rises to 1', () => {
    expect(erlangCServiceLevel(10, 9, 10, 0)).toBeCloseTo(1 - erlangC(10, 9), 12);
    expect(erlangCServiceLevel(10, 9, 10, 1e6)).toBeCloseTo(1, 12);
  });

  it('is finite for 5,000 agents', () => {
    const value = erlangC(5000, 4950);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
  });

  it('rejects a load at or above the number of agents', () => {
    expect(() => erlangC(10, 10)).toThrowError(SimulatorError);
    try {
      erlangC(10, 12);
      expect.fail('should have thrown');
    } catch (error) {
      expect((error as SimulatorError).code).toBe(SIM_ERR.INVALID_MODEL_INPUT);
      expect((error as SimulatorError).issues[0]?.field).toBe('offeredLoad');
    }
  });
});

describe('Erlang A', () => {
  it('with patience rate equal to the service rate, the number in system is Poisson(a) (M/M/∞)', () => {
    const c = 10;
    const a = 12;
    const measures = erlangA({
      arrivalRate: 1.2,
      serviceRate: 0.1,
      abandonmentRate: 0.1,
      agents: c,
    });
    const { sum } = poissonTerms(a, c - 1);
    expect(measures.waitProbability).toBeCloseTo(1 - sum * Math.exp(-a), 10);
    // E[(N − c)+] for N ~ Poisson(a): a·P(N ≥ c) − c·P(N ≥ c+1)... computed by direct summation.
    let queue = 0;
    let term = Math.exp(-a);
    for (let n = 1; n < 200; n++) {
      term *= a / n;
      if (n > c) queue += (n - c) * term;
    }
    expect(measures.meanQueueLength).toBeCloseTo(queue, 10);
    expect(measures.abandonmentProbability).toBeCloseTo((0.1 * queue) / 1.2, 10);
  });

  it('approaches Erlang C as patience grows without bound', () => {
    const measures = erlangA({
      arrivalRate: 0.9,
      serviceRate: 0.1,
      abandonmentRate: 1e-7,
      agents: 10,
    });
    expect(measures.waitProbability).toBeCloseTo(erlangC(10, 9), 4);
    expect(measures.meanWait).toBeCloseTo(erlangCMeanWait(10, 9, 10), 2);
  });

  it('has an answer above 100 % load, where Erlang C has none', () => {
    const measures = erlangA({
      arrivalRate: 3,
      serviceRate: 0.1,
      abandonmentRate: 0.05,
      agents: 20,
    });
    expect(measures.waitProbability).toBeGreaterThan(0.9);
    expect(measures.occupancy).toBeLessThanOrEqual(1);
    // Flow balance: served = λ(1 − P(abandon)) = c·μ·occupancy.
    expect(3 * (1 - measures.abandonmentProbability)).toBeCloseTo(20 * 0.1 * measures.occupancy, 8);
  });

  it('is finite for thousands of agents', () => {
    const measures = erlangA({
      arrivalRate: 3000,
      serviceRate: 1,
      abandonmentRate: 0.5,
      agents: 3000,
    });
    expect(Number.isFinite(measures.meanWait)).toBe(true);
    expect(measures.waitProbability).toBeGreaterThan(0);
    expect(measures.waitProbability).toBeLessThan(1);
  });
});

describe('non-preemptive priority (Cobham)', () => {
  it('one class is plain Erlang C', () => {
    expect(priorityMeanWaits([0.9], 0.1, 10)[0]).toBeCloseTo(erlangCMeanWait(10, 9, 10), 12);
  });

  it('obeys the conservation law: the arrival-weighted mean wait equals FIFO (Kleinrock 1965)', () => {
    const rates = [0.1, 0.3, 0.45];
    const waits = priorityMeanWaits(rates, 0.1, 10);
    const weighted = rates.reduce((sum, rate, i) => sum + rate * (waits[i] as number), 0) / 0.85;
    expect(weighted).toBeCloseTo(erlangCMeanWait(10, 8.5, 10), 12);
    expect(waits[0]).toBeLessThan(waits[1] as number);
    expect(waits[1]).toBeLessThan(waits[2] as number);
  });
});
