import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compileScenario,
  createStreamSource,
  parseScenario,
  runScenario,
  simulateReplication,
} from '../../../simulator/index.ts';
import { scriptedSource } from '../../helpers/scripted-streams.ts';

describe('agent utilisation per group by hour of the week', () => {
  it('follows one ticket exactly into the hours it was worked', () => {
    const scenario = parseScenario({
      schemaVersion: 1,
      name: 'one ticket',
      arrivals: { kind: 'poisson', ticketsPerHour: 0.0001 },
      classes: [
        {
          id: 'incident',
          share: 1,
          workTime: { kind: 'deterministic', value: 60 },
          entryGroup: 'desk',
        },
      ],
      groups: [
        { id: 'desk', shifts: [{ days: ['mon'], start: '08:00', end: '10:00', agents: 1 }] },
        { id: 'res', agents: 2 },
      ],
      surges: [{ at: 510, class: 'incident', tickets: 1 }],
      run: { horizon: '24h' },
    });
    const output = simulateReplication(
      compileScenario(scenario),
      scriptedSource({}, { exhausted: 1 - 1e-15 }),
    );
    const [desk, res] = output.groups;
    // The ticket arrives Monday 08:30 and is worked until 09:30, by the one desk agent on 08–10.
    expect(desk?.busyMinutesByHourOfWeek.slice(7, 11)).toEqual([0, 30, 30, 0]);
    expect(desk?.onDutyMinutesByHourOfWeek.slice(7, 11)).toEqual([0, 60, 60, 0]);
    expect(res?.busyMinutesByHourOfWeek.every((m) => m === 0)).toBe(true);
    expect(res?.onDutyMinutesByHourOfWeek.slice(0, 24)).toEqual(new Array(24).fill(120));
    // The pooled heat map is the sum of the groups'.
    expect(output.hourOfWeek.onDutyMinutes[8]).toBe(60 + 120);
    expect(output.hourOfWeek.busyMinutes[9]).toBe(30);
  });

  it('shows each group busy only in its own hours, consistent with its weekly occupancy', () => {
    const file = new URL('../../../scenarios/tiered-service-desk.json', import.meta.url);
    const scenario = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
    const result = runScenario(scenario, { replications: 2 });
    expect(result.groups.map((g) => g.id)).toEqual(['desk', 'desktop', 'network', 'applications']);
    for (const group of result.groups) {
      const hours = group.occupancyByHourOfWeek;
      expect(hours).toHaveLength(168);
      // Nobody is on duty on Monday at 03:00 or on Sunday at noon; all groups are at 11:00.
      expect(hours[3]).toBeNull();
      expect(hours[6 * 24 + 12]).toBeNull();
      expect(hours[11]).toBeGreaterThan(0);
      for (const value of hours) if (value !== null) expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('sums, in each replication, to the group occupancy', () => {
    const file = new URL('../../../scenarios/tiered-service-desk.json', import.meta.url);
    const scenario = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
    const output = simulateReplication(compileScenario(scenario), createStreamSource(7, 0));
    for (const group of output.groups) {
      const busy = group.busyMinutesByHourOfWeek.reduce((a, b) => a + b, 0);
      const onDuty = group.onDutyMinutesByHourOfWeek.reduce((a, b) => a + b, 0);
      expect(busy / onDuty).toBeCloseTo(group.occupancy as number, 12);
    }
  });
});
