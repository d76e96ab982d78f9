import { type InputIssue, isSimulatorError } from '../errors.ts';
import { createDistribution } from '../random/create-distribution.ts';
import { toMinutes } from '../units.ts';
import { expectedArrivals } from './expected-arrivals.ts';
import { LIMITS } from './limits.ts';
import { routingIssues } from './routing-issues.ts';
import type { Arrivals, Scenario } from './schema.ts';
import { timeIssues } from './time-issues.ts';

const SHARE_TOLERANCE = 1e-6;

/**
 * The problems of meaning in a scenario that already matches the schema: shares that do not add
 * up to 1, duplicate ids, invalid distribution parameters, a warm-up not shorter than the horizon,
 * a profile with no volume, and runs beyond {@link LIMITS}. `limitExceeded` is true when the only
 * problems are limits.
 */
export function semanticIssues(scenario: Scenario): {
  issues: InputIssue[];
  limitExceeded: boolean;
} {
  const issues: InputIssue[] = [];
  const limits: InputIssue[] = [];
  const capture = (check: () => void): void => {
    try {
      check();
    } catch (error) {
      if (!isSimulatorError(error)) throw error;
      issues.push(...error.issues);
    }
  };

  const shareTotal = scenario.classes.reduce((sum, c) => sum + c.share, 0);
  if (Math.abs(shareTotal - 1) > SHARE_TOLERANCE) {
    issues.push({
      field: 'classes[].share',
      value: scenario.classes.map((c) => c.share),
      expected: `shares that add up to 1 (they add up to ${round(shareTotal)})`,
    });
  }
  duplicates(scenario.classes.map((c) => c.id)).forEach((id) => {
    issues.push({ field: 'classes[].id', value: id, expected: 'a class id used only once' });
  });
  scenario.classes.forEach((ticketClass, i) => {
    const at = `classes[${i}]`;
    capture(() => createDistribution(ticketClass.workTime, `${at}.workTime`));
    const { patience, serviceLevel } = ticketClass;
    if (patience !== undefined) capture(() => createDistribution(patience, `${at}.patience`));
    if (serviceLevel !== undefined) {
      capture(() => toMinutes(serviceLevel.targetTime, `${at}.serviceLevel.targetTime`));
    }
  });

  let horizon = Number.NaN;
  capture(() => {
    horizon = toMinutes(scenario.run.horizon, 'run.horizon');
  });
  if (horizon === 0)
    issues.push({ field: 'run.horizon', value: scenario.run.horizon, expected: 'a duration > 0' });
  if (horizon > LIMITS.maxHorizonMinutes) {
    limits.push({
      field: 'run.horizon',
      value: scenario.run.horizon,
      expected: 'at most 520 weeks (10 years)',
    });
  }
  const warmUpSetting = scenario.run.warmUp;
  if (warmUpSetting !== undefined) {
    capture(() => {
      const warmUp = toMinutes(warmUpSetting, 'run.warmUp');
      if (warmUp >= horizon) {
        issues.push({
          field: 'run.warmUp',
          value: scenario.run.warmUp,
          expected: `a duration shorter than run.horizon (${String(scenario.run.horizon)})`,
        });
      }
    });
  }
  issues.push(...arrivalIssues(scenario.arrivals));
  (scenario.arrivals.changes ?? []).forEach((change, i) => {
    capture(() => toMinutes(change.from, `arrivals.changes[${i}].from`));
  });
  (scenario.surges ?? []).forEach((surge, i) => {
    capture(() => toMinutes(surge.at, `surges[${i}].at`));
    capture(() => toMinutes(surge.over ?? 0, `surges[${i}].over`));
  });
  issues.push(...timeIssues(scenario));
  issues.push(...routingIssues(scenario));
  const surgeTickets = (scenario.surges ?? []).reduce((sum, surge) => sum + surge.tickets, 0);
  const expectedTickets = Number.isFinite(horizon)
    ? expectedArrivals(scenario.arrivals, horizon) + surgeTickets
    : 0;
  if (expectedTickets > LIMITS.maxTicketsPerReplication) {
    limits.push({
      field: 'run.horizon',
      value: scenario.run.horizon,
      expected: `a horizon with at most ${LIMITS.maxTicketsPerReplication.toLocaleString('en')} expected tickets per replication (this one expects about ${Math.round(expectedTickets).toLocaleString('en')}); shorten the horizon or lower the volume`,
    });
  }
  return {
    issues: [...issues, ...limits],
    limitExceeded: issues.length === 0 && limits.length > 0,
  };
}

function arrivalIssues(arrivals: Arrivals): InputIssue[] {
  const cv = arrivals.dailyVolumeCv ?? 0;
  if (cv > 0 && cv < 0.001) {
    return [
      {
        field: 'arrivals.dailyVolumeCv',
        value: cv,
        expected: '0 (none) or a number from 0.001 to 2',
      },
    ];
  }
  if (arrivals.kind !== 'hour-of-week') return [];
  const total = arrivals.hourWeights.reduce((sum, weight) => sum + weight, 0);
  return total > 0 && Number.isFinite(total)
    ? []
    : [
        {
          field: 'arrivals.hourWeights',
          value: arrivals.hourWeights,
          expected: 'weights with a positive, finite total',
        },
      ];
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
}

function round(value: number): string {
  return Number(value.toPrecision(6)).toString();
}
