import { describe, expect, it } from 'vitest';
import { logErlangB, logErlangC, queueMeasures, requiredAgents } from '../../../simulator/index.ts';

/** Relative difference |x − y| / |y|. */
const relative = (x: number, y: number) => Math.abs(x - y) / Math.abs(y);

/** Asserts `value` equals a published figure to the precision printed: within one unit of its last digit. */
function expectPrinted(value: number, printed: string): void {
  const decimals = printed.split('.')[1]?.length ?? 0;
  expect(Math.abs(value - Number(printed))).toBeLessThanOrEqual(10 ** -decimals);
}

// ln B(m, a) and ln C(m, a) computed with Mathematica (12 significant digits), as published in the
// unit tests of the open-source Python package capacity_planning (queueing/erlang_queues tests).
describe('published Erlang B and C values, to every printed digit (10 to 12 significant)', () => {
  it.each([
    [100, 120, '-1.62826407041'],
    [10_000, 12_000, '-1.78927734649'],
    [100, 20, '-84.1661482002'],
    [10_000, 200, '-29325.7541713'],
    [100, 10_000, '-0.01004931575'],
  ])('ln B(%i agents, %f Erlangs) = %s', (agents, load, printed) => {
    expectPrinted(logErlangB(agents, load), printed);
  });

  it.each([
    [100, 90, '-1.52813224460'],
    [10_000, 9_000, '-56.8266885378'],
    [100, 10, '-143.375505741'],
    [10_000, 100, '-36157.2159266'],
  ])('ln C(%i agents, %f Erlangs) = %s', (agents, load, printed) => {
    expectPrinted(logErlangC(agents, load), printed);
  });
});

// The worked example of pyworkforce's README (after callcentrehelper.com's Erlang C example):
// 100 calls in 30 minutes, 3-minute handle time, 80 % answered within 20 s, occupancy ≤ 85 %,
// 30 % shrinkage → 14 positions, 20 rostered, service level 0.8883500191794669, occupancy
// 0.7142857142857143, waiting probability 0.1741319335950498.
describe('a published worked example (pyworkforce, Erlang C)', () => {
  const question = {
    model: 'c' as const,
    arrivalsPerMinute: 100 / 30,
    meanWorkMinutes: 3,
    targets: { serviceLevel: { attainment: 0.8, targetMinutes: 20 / 60 }, maxOccupancy: 0.85 },
    shrinkage: 0.3,
  };

  it('gives the same staffing and measures', () => {
    const answer = requiredAgents(question);
    expect(answer.agents).toBe(14);
    expect(answer.rosteredAgents).toBe(20);
    expect(relative(answer.serviceLevel as number, 0.8883500191794669)).toBeLessThan(1e-12);
    expect(relative(answer.occupancy, 0.7142857142857143)).toBeLessThan(1e-12);
    expect(relative(answer.waitProbability, 0.1741319335950498)).toBeLessThan(1e-12);
  });

  it('one agent fewer misses the service-level target', () => {
    const fewer = queueMeasures({ ...question, agents: 13, targetMinutes: 20 / 60 });
    expect(fewer.serviceLevel as number).toBeLessThan(0.8);
    expect(requiredAgents(question).bindingTargets).toEqual(['serviceLevel']);
  });
});

// Erlang B tables (e.g. the standard traffic tables in ITU-T E.521 usage): at 1 % blocking,
// 10 lines carry 4.46 Erlangs and 11 lines 5.16 Erlangs, so 5 Erlangs need 11 lines.
describe('Erlang B staffing against the traffic table', () => {
  it('5 Erlangs at 1 % blocking need 11 lines; 10 would block more', () => {
    const answer = requiredAgents({
      model: 'b',
      arrivalsPerMinute: 5 / 60,
      meanWorkMinutes: 60,
      targets: { maxBlocking: 0.01 },
    });
    expect(answer.agents).toBe(11);
    const ten = queueMeasures({
      model: 'b',
      arrivalsPerMinute: 5 / 60,
      meanWorkMinutes: 60,
      agents: 10,
    });
    expect(ten.blockingProbability as number).toBeGreaterThan(0.01);
  });
});
