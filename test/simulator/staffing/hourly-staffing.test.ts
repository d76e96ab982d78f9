import { describe, expect, it } from 'vitest';
import {
  aggregateWork,
  hourlyArrivals,
  hourlyStaffing,
  requiredAgents,
  toMinutes,
} from '../../../simulator/index.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

describe('a group hour by hour: needed against scheduled', () => {
  it('scheduled agents are the mean over each hour of the shifts on duty', () => {
    // The tiered desk: 4 agents Mon–Fri 07:30–16:00 and 3 agents 10:00–18:30.
    const desk = hourlyStaffing(loadExampleScenario('tiered-service-desk.json'), 0);
    const monday = desk?.scheduledAgents.slice(0, 24);
    expect(monday?.[6]).toBe(0);
    expect(monday?.[7]).toBe(2); // 4 agents for the half hour from 07:30
    expect(monday?.[9]).toBe(4);
    expect(monday?.[10]).toBe(7);
    expect(monday?.[15]).toBe(7);
    expect(monday?.[16]).toBe(3);
    expect(monday?.[18]).toBe(1.5); // 3 agents until 18:30
    expect(desk?.scheduledAgents.slice(5 * 24).every((a) => a === 0)).toBe(true); // weekend
  });

  it("each hour's requirement is Erlang C on that hour's load, for every target of the entering classes", () => {
    const scenario = loadExampleScenario('small-service-desk.json');
    const staffing = hourlyStaffing(scenario, 0);
    const rates = hourlyArrivals(scenario.arrivals);
    const work = aggregateWork(scenario).work;
    for (const hour of [3, 9, 14, 5 * 24 + 12]) {
      const needed = scenario.classes.map(
        (c) =>
          requiredAgents({
            model: 'c',
            arrivalsPerMinute: (rates[hour] as number) / 60,
            meanWorkMinutes: work.mean,
            targets: {
              serviceLevel: {
                attainment: c.serviceLevel?.attainment as number,
                targetMinutes: toMinutes(c.serviceLevel?.targetTime as string),
              },
              maxOccupancy: 0.85,
            },
          }).rosteredAgents,
      );
      expect(staffing?.requiredAgents[hour], `hour ${hour}`).toBe(Math.max(...needed));
    }
    // Around the clock: four technicians every hour.
    expect(new Set(staffing?.scheduledAgents)).toEqual(new Set([4]));
  });

  it('needs nobody in hours when every target counts business hours and the calendar is closed', () => {
    const staffing = hourlyStaffing(loadExampleScenario('office-hours-desk.json'), 0);
    expect(staffing?.requiredAgents[3]).toBe(0); // Monday 03:00
    expect(staffing?.requiredAgents[9]).toBeGreaterThan(0); // Monday 09:00
    expect(staffing?.requiredAgents[6 * 24 + 12]).toBe(0); // Sunday noon
  });

  it('has nothing to say for a group no ticket reaches', () => {
    const scenario = loadExampleScenario('small-service-desk.json');
    const idle = {
      ...scenario,
      groups: [...scenario.groups, { id: 'idle', agents: 1 }],
    };
    expect(hourlyStaffing(idle, 1)).toBeNull();
  });
});
