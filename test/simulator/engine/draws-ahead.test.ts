import { describe, expect, it } from 'vitest';
import { DrawsAhead } from '../../../simulator/engine/draws-ahead.ts';
import { createDistribution, createStreamSource } from '../../../simulator/index.ts';

describe('draws made ahead', () => {
  it('are the draws made one at a time, in order, across many batches', () => {
    for (const spec of [
      { kind: 'exponential', mean: 10 },
      { kind: 'lognormal', mean: 10, cv: 1.5 },
      // Gamma with shape below 1 draws a varying number of uniforms per value.
      { kind: 'gamma', mean: 10, cv: 1.4 },
    ] as const) {
      const distribution = createDistribution(spec, 'workTime');
      const ahead = new DrawsAhead(distribution, createStreamSource(8, 2).stream('work:P1'));
      const oneByOne = createStreamSource(8, 2).stream('work:P1');
      let differences = 0;
      for (let i = 0; i < 1000; i++) {
        if (ahead.next() !== distribution.sample(oneByOne)) differences++;
      }
      expect(differences, spec.kind).toBe(0);
    }
  });
});
