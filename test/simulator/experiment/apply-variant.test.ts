import { describe, expect, it } from 'vitest';
import { applyVariant } from '../../../simulator/experiment/apply-variant.ts';
import { SimulatorError } from '../../../simulator/index.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

const base = loadExampleScenario('tiered-service-desk.json');

function issueOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SimulatorError);
    return (error as SimulatorError).issues[0];
  }
  throw new Error('expected a SimulatorError');
}

describe('applyVariant', () => {
  it('sets fields by index or by id, adds new ones, removes others, leaves the base alone', () => {
    const before = structuredClone(base);
    const variant = applyVariant(base, {
      name: 'B: bigger network team, faster desk',
      changes: [
        { path: 'groups[network].shifts[0].agents', value: 5 },
        { path: 'groups[0].speed', value: 1.2 },
        { path: 'groups[applications].atShiftEnd', value: 'hand-over' },
        { path: 'run.replications', remove: true },
      ],
    });
    expect(variant.groups[2]?.shifts?.[0]?.agents).toBe(5);
    expect(variant.groups[0]?.speed).toBe(1.2);
    expect(variant.groups[3]?.atShiftEnd).toBe('hand-over');
    expect(variant.run.replications).toBeUndefined();
    expect(base).toEqual(before);
  });

  it('names the change, the path and what exists when a path leads nowhere', () => {
    const unknownGroup = issueOf(() =>
      applyVariant(
        base,
        { name: 'B', changes: [{ path: 'groups[netwrk].agents', value: 4 }] },
        'variants[1]',
      ),
    );
    expect(unknownGroup?.field).toBe('variants[1].changes[0].path');
    expect(unknownGroup?.value).toBe('groups[netwrk].agents');
    expect(unknownGroup?.expected).toMatch(/desk, desktop, network, applications/);

    const missing = issueOf(() =>
      applyVariant(base, { name: 'B', changes: [{ path: 'economics.nothing.value', value: 1 }] }),
    );
    expect(missing?.expected).toMatch(/"economics" has no "nothing"/);

    const index = issueOf(() =>
      applyVariant(base, { name: 'B', changes: [{ path: 'classes[9].share', value: 1 }] }),
    );
    expect(index?.expected).toMatch(/an index from 0 to 2 in "classes"/);

    for (const path of ['', 'groups..agents', 'groups[].agents', '3d.agents']) {
      expect(
        issueOf(() => applyVariant(base, { name: 'B', changes: [{ path, value: 1 }] }))?.expected,
      ).toMatch(/a path such as/);
    }
  });

  it('checks the changed scenario as a whole, naming the variant and the field', () => {
    const issue = issueOf(() =>
      applyVariant(
        base,
        { name: 'B', changes: [{ path: 'groups[desk].shrinkage', value: 1.5 }] },
        'variants[1]',
      ),
    );
    expect(issue?.field).toBe('variants[1] "B" → groups[0].shrinkage');
    expect(issue?.value).toBe(1.5);
  });
});
