import { createDistribution } from '../random/create-distribution.ts';
import type { Distribution } from '../random/distribution.ts';
import { Mixture } from '../random/mixture.ts';
import type { Scenario } from './schema.ts';

/**
 * The work time and patience of a scenario's tickets taken together, for single-queue staffing
 * models: each a mixture of the classes' distributions weighted by their shares. Patience is null
 * unless every class has one (a class that never abandons cannot be mixed in).
 */
export function aggregateWork(scenario: Scenario): {
  work: Distribution;
  patience: Distribution | null;
} {
  const shares = scenario.classes.map((c) => c.share);
  const work = new Mixture(
    scenario.classes.map((c, i) => createDistribution(c.workTime, `classes[${i}].workTime`)),
    shares,
  );
  const patiences = scenario.classes.map((c, i) =>
    c.patience === undefined ? null : createDistribution(c.patience, `classes[${i}].patience`),
  );
  const patience = patiences.every((p) => p !== null)
    ? new Mixture(patiences as Distribution[], shares)
    : null;
  return { work, patience };
}
