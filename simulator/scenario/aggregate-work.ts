import { createDistribution } from '../random/create-distribution.ts';
import type { Distribution } from '../random/distribution.ts';
import { Mixture } from '../random/mixture.ts';
import { expectedVisits } from './expected-visits.ts';
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

/**
 * The tickets one group of a multi-group scenario works, for planning that group as its own queue:
 * its visits per arriving ticket (escalations and reopenings included) and the mixture of their
 * work times there (the route's work time, else the class's), weighted by each class's share times
 * its visits. Patience counts only when the group is every class's entry group (tickets abandon
 * only before their first touch). Work is null when no ticket ever visits the group.
 */
export function groupWorkload(
  scenario: Scenario,
  groupIndex: number,
): { visitsPerTicket: number; work: Distribution | null; patience: Distribution | null } {
  const id = scenario.groups[groupIndex]?.id;
  const weights = scenario.classes.map(
    (c, i) =>
      c.share * (expectedVisits(scenario, i, Number.POSITIVE_INFINITY).visits[groupIndex] ?? 0),
  );
  const visitsPerTicket = weights.reduce((sum, w) => sum + w, 0);
  if (!(visitsPerTicket > 0)) return { visitsPerTicket: 0, work: null, patience: null };
  const works = scenario.classes.map((c, i) => {
    const route = (c.routing ?? []).find((r) => r.group === id);
    return route?.workTime === undefined
      ? createDistribution(c.workTime, `classes[${i}].workTime`)
      : createDistribution(route.workTime, `classes[${i}].routing.workTime`);
  });
  const isEntry = scenario.classes.every((c) => (c.entryGroup ?? scenario.groups[0]?.id) === id);
  return {
    visitsPerTicket,
    work: new Mixture(works, weights),
    patience: isEntry ? aggregateWork(scenario).patience : null,
  };
}
