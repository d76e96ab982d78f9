import type { ArrivalModel } from '../engine/arrival-process.ts';
import type { EngineClass, EngineModel } from '../engine/engine-model.ts';
import { createDistribution } from '../random/create-distribution.ts';
import { MINUTES_PER_WEEK, toMinutes } from '../units.ts';
import { ALWAYS_ID, compileCalendars } from './compile-calendars.ts';
import { compileGroup, compileRoutes } from './compile-groups.ts';
import type { Arrivals, Scenario } from './schema.ts';

/**
 * Turns a valid scenario (see parseScenario) into the engine's model: durations in minutes,
 * distributions built, groups with their lines (see compileGroup), classes with their routes.
 */
export function compileScenario(scenario: Scenario): EngineModel {
  const group = scenario.groups[0];
  if (group === undefined) throw new Error('a valid scenario has a group');
  const groups = scenario.groups.map((g) => compileGroup(g, scenario));
  const first = groups[0] as (typeof groups)[number];
  const routes = compileRoutes(scenario);
  const calendars = compileCalendars(scenario);
  const classes: EngineClass[] = scenario.classes.map((c, i) => ({
    id: c.id,
    share: c.share,
    level: first.classLevels[i] as number,
    entryGroup: routes[i]?.entryGroup ?? 0,
    routes: routes[i]?.routes ?? [],
    reopenProbability: c.reopenProbability ?? 0,
    work: createDistribution(c.workTime, `classes[${i}].workTime`),
    patience:
      c.patience === undefined ? null : createDistribution(c.patience, `classes[${i}].patience`),
    targetMinutes:
      c.serviceLevel === undefined
        ? null
        : toMinutes(c.serviceLevel.targetTime, `classes[${i}].serviceLevel.targetTime`),
    lossWeight: (c.usersAffected ?? 1) * (c.productivityLoss ?? 1),
    slaCalendar:
      (c.serviceLevel?.calendar ?? ALWAYS_ID) === ALWAYS_ID
        ? null
        : (calendars.get(c.serviceLevel?.calendar as string) ?? null),
  }));
  return {
    groups,
    agents: first.agents,
    schedule: first.schedule,
    horizonMinutes: toMinutes(scenario.run.horizon, 'run.horizon'),
    warmUpMinutes: toMinutes(scenario.run.warmUp ?? 0, 'run.warmUp'),
    arrivals: arrivalModel(scenario.arrivals),
    classes,
    levels: first.levels,
    selection: first.selection ?? undefined,
    preemptive: first.preemptive,
    surges: (scenario.surges ?? []).map((surge, i) => ({
      atMinutes: toMinutes(surge.at, `surges[${i}].at`),
      overMinutes: toMinutes(surge.over ?? 0, `surges[${i}].over`),
      classIndex: scenario.classes.findIndex((c) => c.id === surge.class),
      tickets: surge.tickets,
    })),
    knowledgeBase: {
      deflection: scenario.knowledgeBase?.deflection ?? 0,
      workFactor: 1 - (scenario.knowledgeBase?.handleTimeReduction ?? 0),
    },
    economics: {
      costPerAgentHour: group.costPerAgentHour ?? null,
      userHourCost: scenario.economics?.userHourCost ?? null,
      contract:
        scenario.contract === undefined
          ? null
          : {
              pricePerTicket: scenario.contract.pricePerTicket ?? 0,
              fixedPerWeek:
                ((scenario.contract.pricePerUserMonth ?? 0) * (scenario.contract.users ?? 0) * 12) /
                52,
              penaltyPerBreach: scenario.classes.map(
                (c) =>
                  scenario.contract?.penalties?.find((penalty) => penalty.class === c.id)
                    ?.perBreach ?? 0,
              ),
            },
      userCalendar:
        (scenario.economics?.userCalendar ?? ALWAYS_ID) === ALWAYS_ID
          ? null
          : (calendars.get(scenario.economics?.userCalendar as string) ?? null),
    },
  };
}

function arrivalModel(arrivals: Arrivals): ArrivalModel {
  const dailyVolumeCv = arrivals.dailyVolumeCv ?? 0;
  const changes = (arrivals.changes ?? [])
    .map((change, i) => ({
      fromMinutes: toMinutes(change.from, `arrivals.changes[${i}].from`),
      factor: change.factor,
    }))
    .sort((a, b) => a.fromMinutes - b.fromMinutes);
  if (arrivals.kind === 'poisson') {
    return {
      pieceMinutes: 1440,
      ratesPerMinute: Float64Array.of(arrivals.ticketsPerHour / 60),
      dailyVolumeCv,
      changes,
    };
  }
  const total = arrivals.hourWeights.reduce((sum, weight) => sum + weight, 0);
  const perMinute = arrivals.ticketsPerWeek / MINUTES_PER_WEEK;
  const ratesPerMinute = Float64Array.from(
    arrivals.hourWeights,
    (weight) => (weight / total) * 168 * perMinute,
  );
  return { pieceMinutes: 60, ratesPerMinute, dailyVolumeCv, changes };
}
