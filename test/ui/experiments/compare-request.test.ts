import { describe, expect, it } from 'vitest';
import { compareRequest, variantOfMessage } from '../../../ui/experiments/compare-request.ts';

const change = { path: 'groups[desk].agents', value: 5, words: 'Service desk: 4 → 5 agents' };

describe('compareRequest', () => {
  it('sends the variants without their words', () => {
    expect(
      compareRequest({
        scenarioId: 'example-small-service-desk',
        baseName: 'Small service desk',
        variants: [{ name: ' Five technicians ', changes: [change] }],
        replications: 10,
        seed: 1,
      }),
    ).toEqual({
      body: {
        kind: 'compare',
        scenarioId: 'example-small-service-desk',
        variants: [
          { name: 'Five technicians', changes: [{ path: 'groups[desk].agents', value: 5 }] },
        ],
        replications: 10,
        seed: 1,
      },
    });
  });

  it('names every field in the way', () => {
    const built = compareRequest({
      scenarioId: 'x',
      baseName: 'Base',
      variants: [
        { name: 'Base', changes: [change] },
        { name: '', changes: [] },
        { name: 'Same', changes: [change] },
        { name: 'Same', changes: [change] },
      ],
      replications: 1.5,
      seed: -1,
    });
    expect('problems' in built && built.problems.map((p) => p.field)).toEqual([
      'variants[0].name',
      'variants[1].name',
      'variants[1].changes',
      'variants[3].name',
      'replications',
      'seed',
    ]);
  });

  it('asks for a variant when there is none', () => {
    const built = compareRequest({
      scenarioId: 'x',
      baseName: 'B',
      variants: [],
      replications: 10,
      seed: 1,
    });
    expect(built).toEqual({
      problems: [
        { field: 'variants', message: 'add at least one variant to compare with the base' },
      ],
    });
  });
});

describe('variantOfMessage', () => {
  it('finds the variant a server message names first', () => {
    expect(
      variantOfMessage('variants[1].changes[0].path: got "groups[nope].agents", expected …'),
    ).toBe(1);
    expect(variantOfMessage('variants[12] "Lean" → groups[0].agents: got 0, expected …')).toBe(12);
    expect(variantOfMessage('replications: got 5000, expected at most 1000')).toBeNull();
  });
});
