import { describe, expect, it } from 'vitest';
import { createStreamSource, isSimulatorError, scheduleShifts } from '../../../simulator/index.ts';

const HOURS = 168;
const allStarts = Array.from({ length: 24 }, (_, h) => h);

describe('shift scheduling with HiGHS', () => {
  it('covers every hour and reaches the whole-shift lower bound', async () => {
    // Weekdays: 1 agent 06–22, 3 from 08–18, 6 from 10–16; nobody at weekends.
    const required = Array.from({ length: HOURS }, (_, h) => {
      const day = Math.floor(h / 24);
      const hour = h % 24;
      if (day >= 5) return 0;
      if (hour >= 10 && hour < 16) return 6;
      if (hour >= 8 && hour < 18) return 3;
      return hour >= 6 && hour < 22 ? 1 : 0;
    });
    const schedule = await scheduleShifts(required, {
      lengthsHours: [8],
      startHours: allStarts,
      days: ['five-on'],
    });
    expect(schedule.status).toBe('Optimal');
    for (let h = 0; h < HOURS; h++)
      expect(schedule.scheduled[h]).toBeGreaterThanOrEqual(required[h] as number);
    // 270 agent-hours are required and a shift gives 40, so no roster has fewer than 7 shifts
    // (280 hours): reaching that bound proves the schedule optimal.
    expect(schedule.requiredAgentHoursPerWeek).toBe(270);
    expect(schedule.agentHoursPerWeek).toBe(Math.ceil(270 / 40) * 40);
    expect(schedule.shifts.every((s) => s.days.join() === 'mon,tue,wed,thu,fri')).toBe(true);
  });

  it('matches exhaustive enumeration on small random instances', async () => {
    // 3 starts × 2 lengths on weekdays: 6 patterns, each worked by 0–4 agents, 5^6 rosters.
    const starts = [6, 9, 12];
    const lengths = [4, 8];
    const random = createStreamSource(7, 0).stream('requirements');
    for (let instance = 0; instance < 5; instance++) {
      const day = Array.from({ length: 24 }, (_, h) =>
        h >= 6 && h < 20 ? Math.floor(random() * 4) : 0,
      );
      const required = Array.from({ length: HOURS }, (_, h) =>
        h < 120 ? (day[h % 24] as number) : 0,
      );
      const schedule = await scheduleShifts(required, {
        lengthsHours: lengths,
        startHours: starts,
        days: ['weekdays'],
      });
      const patterns = starts.flatMap((s) => lengths.map((l) => ({ s, l })));
      let best = Number.POSITIVE_INFINITY;
      for (let code = 0; code < 5 ** patterns.length; code++) {
        const x = patterns.map((_, i) => Math.floor(code / 5 ** i) % 5);
        const covered = day.every((need, hour) => {
          const have = patterns.reduce(
            (sum, p, i) => sum + (hour >= p.s && hour < p.s + p.l ? (x[i] as number) : 0),
            0,
          );
          return have >= need;
        });
        if (!covered) continue;
        best = Math.min(
          best,
          patterns.reduce((sum, p, i) => sum + p.l * 5 * (x[i] as number), 0),
        );
      }
      expect(schedule.agentHoursPerWeek, `instance ${instance}: ${day.join(' ')}`).toBe(best);
    }
  });

  it('runs a shift past midnight into the next day, Sunday into Monday', async () => {
    const required = new Array<number>(HOURS).fill(0);
    required[2] = 1; // Monday 02:00
    const schedule = await scheduleShifts(required, {
      lengthsHours: [8],
      startHours: [22],
      days: ['every-day'],
    });
    expect(schedule.shifts).toEqual([
      expect.objectContaining({ start: '22:00', end: '06:00', agents: 1 }),
    ]);
    expect(schedule.scheduled[167]).toBe(1); // Sunday 23:00
    expect(schedule.scheduled[2]).toBe(1);
    expect(schedule.scheduled[6]).toBe(0);
  });

  it('names the hours no allowed shift covers, and bad options', async () => {
    const required = new Array<number>(HOURS).fill(0);
    required[20] = 2; // Monday 20:00
    const uncovered = await scheduleShifts(required, {
      lengthsHours: [8],
      startHours: [8],
      days: ['weekdays'],
    }).catch((e: unknown) => e);
    expect(isSimulatorError(uncovered) && uncovered.message).toMatch(
      /shift patterns: got "mon 20:00", expected patterns that cover every hour/,
    );
    const length = await scheduleShifts(required, {
      lengthsHours: [20],
      startHours: [8],
      days: ['weekdays'],
    }).catch((e: unknown) => e);
    expect(isSimulatorError(length) && length.message).toMatch(/lengthsHours: got "20"/);
    const short = await scheduleShifts([1, 2], {
      lengthsHours: [8],
      startHours: [8],
      days: ['weekdays'],
    }).catch((e: unknown) => e);
    expect(isSimulatorError(short) && short.message).toMatch(/required: got 2, expected 168/);
  });
});
