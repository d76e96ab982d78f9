import { describe, expect, it } from 'vitest';
import { readReference, speedRatios } from '../../../server/cli/bench-reference.ts';

describe('the benchmark against its reference figures', () => {
  it('reads bench/reference.json, every figure a positive number', () => {
    const reference = readReference();
    const figures = Object.entries(reference).filter(([key]) => key !== 'measuredOn');
    expect(figures).toHaveLength(7);
    for (const [key, value] of figures) expect(value, key).toBeGreaterThan(0);
  });

  it('says above 1 when faster: more events a second, or fewer seconds', () => {
    const reference = readReference();
    const ratios = speedRatios(
      {
        workload1EventsPerSecond: reference.workload1EventsPerSecond * 1.2,
        workload2EventsPerSecond: reference.workload2EventsPerSecond / 2,
        workload3SecondsPerReplication: reference.workload3SecondsPerReplication / 2,
        sweepSecondsOnStartedPool: null,
        sweepSecondsOnNewPool: reference.sweepSecondsOnNewPool * 1.25,
        erlangCAnswerMilliseconds: reference.erlangCAnswerMilliseconds * 4,
        sippPlanMilliseconds: reference.sippPlanMilliseconds,
      },
      reference,
    );
    expect(ratios.workload1EventsPerSecond).toBeCloseTo(1.2, 12);
    expect(ratios.workload2EventsPerSecond).toBeCloseTo(0.5, 12);
    expect(ratios.workload3SecondsPerReplication).toBeCloseTo(2, 12);
    expect(ratios.sweepSecondsOnStartedPool).toBeNull();
    expect(ratios.sweepSecondsOnNewPool).toBeCloseTo(0.8, 12);
    expect(ratios.erlangCAnswerMilliseconds).toBeCloseTo(0.25, 12);
    expect(ratios.sippPlanMilliseconds).toBeCloseTo(1, 12);
  });
});
