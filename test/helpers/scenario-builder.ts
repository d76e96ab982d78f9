import type { Scenario } from '../../simulator/index.ts';

/** A one-class M/M/c scenario: `agents`, `offeredLoad` Erlangs, exponential work of `meanWorkMinutes`. */
export function mmcScenario(options: {
  agents: number;
  offeredLoad: number;
  meanWorkMinutes: number;
  horizon: string;
  warmUp?: string;
  patienceMeanMinutes?: number;
  targetTime?: string;
}): Scenario {
  const ticketsPerHour = (options.offeredLoad / options.meanWorkMinutes) * 60;
  return {
    schemaVersion: 1,
    name: `M/M/${options.agents}`,
    arrivals: { kind: 'poisson', ticketsPerHour },
    classes: [
      {
        id: 'all',
        share: 1,
        workTime: { kind: 'exponential', mean: options.meanWorkMinutes },
        ...(options.patienceMeanMinutes === undefined
          ? {}
          : { patience: { kind: 'exponential' as const, mean: options.patienceMeanMinutes } }),
        ...(options.targetTime === undefined
          ? {}
          : { serviceLevel: { targetTime: options.targetTime, attainment: 0.8 } }),
      },
    ],
    groups: [{ id: 'desk', agents: options.agents }],
    run: {
      horizon: options.horizon,
      ...(options.warmUp === undefined ? {} : { warmUp: options.warmUp }),
    },
  };
}

/** Every number in a JSON-like value is finite (no NaN, no Infinity). */
export function allNumbersFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allNumbersFinite);
  if (typeof value === 'object' && value !== null)
    return Object.values(value).every(allNumbersFinite);
  return true;
}
