import { describe, expect, it } from 'vitest';
import { deadlineCapacity, SimulatorError } from '../../../simulator/index.ts';

// Office hours Monday–Friday 09:00–17:00 (40 business hours a week).
const office = Array.from(
  { length: 168 },
  (_, h) => Math.floor(h / 24) < 5 && h % 24 >= 9 && h % 24 < 17,
);
// 6 tickets an hour around the clock, 10 minutes each: one agent-hour of work every hour.
const aroundTheClock = new Array(168).fill(6);

describe('deadline capacity on the business-hours clock', () => {
  it('work arriving only in business hours needs just its own rate', () => {
    const onlyOpen = office.map((isOpen) => (isOpen ? 6 : 0));
    const capacity = deadlineCapacity({
      arrivalsPerHour: onlyOpen,
      meanWorkMinutes: 10,
      targetBusinessMinutes: 60,
      businessHours: office,
    });
    expect(capacity.levelAgents).toBeCloseTo(1, 12);
    for (const day of capacity.days.slice(0, 5)) expect(day.dueWorkHours).toBeCloseTo(8, 9);
  });

  // The 64 hours from Friday 17:00 to Monday 09:00 bring 64 agent-hours, all stamped at the
  // moment the clock stopped (Friday 17:00): with a deadline of T business hours they must be done
  // within T business hours of Monday's opening, so a level capacity needs 64/T agents, and never
  // less than the weekly average, 168 agent-hours over 40 business hours = 4.2.
  it.each([
    [60, 64],
    [480, 8],
    [2400, 4.2],
  ])('with a %i-minute deadline, the level capacity is %f agents', (target, agents) => {
    const capacity = deadlineCapacity({
      arrivalsPerHour: aroundTheClock,
      meanWorkMinutes: 10,
      targetBusinessMinutes: target,
      businessHours: office,
    });
    expect(capacity.levelAgents).toBeCloseTo(agents, 9);
    expect(capacity.averageAgents).toBeCloseTo(4.2, 12);
  });

  it('the just-in-time curve puts the weekend on Monday for a one-day deadline', () => {
    const capacity = deadlineCapacity({
      arrivalsPerHour: aroundTheClock,
      meanWorkMinutes: 10,
      targetBusinessMinutes: 480,
      businessHours: office,
      shrinkage: 0.25,
    });
    // Monday: Friday's 8 business hours and the 64-hour weekend; Tuesday: Monday's 8 hours and
    // the 16-hour night; the weekend is closed.
    expect(capacity.days.map((d) => Number(d.dueWorkHours.toFixed(9)))).toEqual([
      72, 24, 24, 24, 24, 0, 0,
    ]);
    expect(capacity.days[0]).toMatchObject({ businessHours: 8, agents: 9, rosteredAgents: 12 });
    expect(capacity.days[5]?.agents).toBe(0);
    // Over the week, the work due equals the work arriving.
    expect(capacity.days.reduce((sum, d) => sum + d.dueWorkHours, 0)).toBeCloseTo(168, 9);
  });

  it.each([
    [{ businessHours: new Array(168).fill(false) }, 'businessHours'],
    [{ businessHours: office.slice(0, 24) }, 'businessHours'],
    [{ targetBusinessMinutes: 0 }, 'targetBusinessMinutes'],
    [{ shrinkage: 1 }, 'shrinkage'],
    [{ arrivalsPerHour: [...aroundTheClock.slice(1), -1] }, 'arrivalsPerHour'],
  ])('rejects %j', (change, field) => {
    const question = {
      arrivalsPerHour: aroundTheClock,
      meanWorkMinutes: 10,
      targetBusinessMinutes: 480,
      businessHours: office,
      ...change,
    };
    try {
      deadlineCapacity(question);
      expect.fail('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(SimulatorError);
      expect((error as SimulatorError).issues[0]?.field).toBe(field);
    }
  });
});

describe('deadline capacity with long deadlines', () => {
  it.each([4800, 6000, 9600])(
    "a %i-minute deadline still puts all the week's work due within the week",
    (target) => {
      const capacity = deadlineCapacity({
        arrivalsPerHour: aroundTheClock,
        meanWorkMinutes: 10,
        targetBusinessMinutes: target,
        businessHours: office,
      });
      expect(capacity.days.reduce((sum, d) => sum + d.dueWorkHours, 0)).toBeCloseTo(168, 9);
      expect(capacity.levelAgents).toBeCloseTo(4.2, 9);
    },
  );
});
