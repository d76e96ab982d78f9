import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../../simulator/calendar/working-calendar.ts';
import { Monitor } from '../../../simulator/engine/monitor.ts';
import {
  compileScenario,
  parseScenario,
  type Scenario,
  simulateReplication,
  type TraceEvent,
} from '../../../simulator/index.ts';
import { shiftSchedule } from '../../../simulator/scenario/compile-calendars.ts';
import { scriptedSource } from '../../helpers/scripted-streams.ts';

describe('shifts', () => {
  it('turn into agents on duty through the week, across midnight and the week end', () => {
    const schedule = shiftSchedule([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:30', end: '17:00', agents: 3 },
      { days: ['sun'], start: '22:00', end: '06:00', agents: 1 },
    ]);
    expect(schedule.pieceMinutes).toBe(30);
    const at = (day: number, hour: number) => schedule.agents[(day * 1440 + hour * 60) / 30];
    expect(at(0, 8)).toBe(0);
    expect(at(0, 8.5)).toBe(3);
    expect(at(4, 16.5)).toBe(3);
    expect(at(4, 17)).toBe(0);
    expect(at(6, 23)).toBe(1);
    expect(at(0, 5.5)).toBe(1); // Sunday's night shift runs into Monday morning
    expect(at(0, 6)).toBe(0);
  });

  // One agent on a shift Monday 08:00–09:00; arrivals only in the hour 07:00–08:00 (a profile
  // with all its weight there, one ticket a week), 90 minutes of work.
  it('an agent comes on duty at the start of the shift and finishes the ticket in hand after it (overtime)', () => {
    const weights = new Array(168).fill(0);
    weights[7] = 1;
    const scenario: Scenario = parseScenario({
      schemaVersion: 1,
      name: 'shift',
      arrivals: { kind: 'hour-of-week', ticketsPerWeek: 1, hourWeights: weights },
      classes: [{ id: 'only', share: 1, workTime: { kind: 'deterministic', value: 90 } }],
      groups: [
        { id: 'desk', shifts: [{ days: ['mon'], start: '08:00', end: '09:00', agents: 1 }] },
      ],
      run: { horizon: '1d' },
    });
    const events: TraceEvent[] = [];
    // Mass 0.5 at a rate of one ticket an hour: the ticket arrives at 07:30.
    const output = simulateReplication(
      compileScenario(scenario),
      scriptedSource({ arrivals: [1 - Math.exp(-0.5)] }),
      {
        trace: (event) => events.push(event),
      },
    );
    const arrival = 420 + 30;
    expect(events.map((e) => e.kind)).toEqual([
      'arrival',
      'staffing',
      'staffing',
      'departure',
      'end',
    ]);
    expect(events[0]?.time).toBeCloseTo(arrival, 9);
    expect(events[1]).toEqual({ time: 480, kind: 'staffing', ticket: null });
    expect(events[2]).toEqual({ time: 540, kind: 'staffing', ticket: null });
    expect(events[3]).toEqual({ time: 570, kind: 'departure', ticket: 1 });
    expect(output.overall.asaMinutes).toBeCloseTo(480 - arrival, 9);
    // On duty 08:00–09:30 (30 minutes of overtime), busy all of it.
    expect(output.overall.occupancy).toBeCloseTo(1, 12);
    expect(output.overall.agentHoursPerWeek).toBeCloseTo(1.5 * 7, 9);
    expect(output.overall.overtimeHoursPerWeek).toBeCloseTo(0.5 * 7, 9);
    // The backlog, hourly: one ticket open at 08:00 (30 minutes old) and 09:00 (90), none before or after.
    const { backlog } = output;
    expect(backlog.everyMinutes).toBe(60);
    expect(backlog.open.slice(6, 11)).toEqual([0, 0, 1, 1, 0]);
    expect(backlog.oldestMinutes[8]).toBeCloseTo(30, 9);
    expect(backlog.oldestMinutes[9]).toBeCloseTo(90, 9);
    expect(backlog.byAge[0]?.slice(6, 11)).toEqual([0, 0, 1, 1, 0]);
    expect(backlog.open).toHaveLength(25);
  });
});

describe('SLA clocks on a calendar', () => {
  it('count only business minutes of the wait', () => {
    const office = new WorkingCalendar({
      periods: [0, 1, 2, 3, 4].map((day) => ({ day, startMinute: 480, endMinute: 1080 })),
    });
    const monitor = new Monitor({
      targetMinutes: [60],
      slaCalendars: [office],
      warmUpMinutes: 0,
      agents: 1,
    });
    // Friday 17:30 → Monday 08:20: 30 + 20 = 50 business minutes: met.
    const friday = 4 * 1440 + 1050;
    monitor.arrived(0, friday);
    monitor.started(0, friday, 7 * 1440 + 500, true);
    // Monday 10:00 → Monday 11:30: 90 business minutes: missed.
    monitor.arrived(0, 7 * 1440 + 600);
    monitor.started(0, 7 * 1440 + 600, 7 * 1440 + 690, true);
    // Friday 17:50, still waiting on Saturday 10:00: 10 business minutes so far: undecided.
    monitor.arrived(0, 11 * 1440 + 1070);
    monitor.openAtEnd(0, 11 * 1440 + 1070, 12 * 1440 + 600, true);
    // Ticket 1 is resolved on Monday at 09:20: 30 + 80 = 110 business minutes after it arrived.
    monitor.served(0, friday, 7 * 1440 + 560);
    const { overall } = monitor.finish(12 * 1440 + 600);
    expect(overall.serviceLevel).toBe(0.5);
    // Ticket 2 missed; ticket 1 started with 10 of its 60 minutes left (under a fifth): near breach.
    expect(overall.breaches).toBe(1);
    expect(overall.nearBreaches).toBe(1);
    expect(overall.meanBusinessTimeToResolveMinutes).toBeCloseTo(110, 9);
    expect(overall.meanTimeInSystemMinutes).toBeCloseTo(7 * 1440 + 560 - friday, 9);
  });
});

describe('business cost', () => {
  // The shift scenario above: one ticket open from 07:30 to 09:30, one agent on duty 08:00–09:30,
  // in a run of one day (so per-week figures are 7 times the day's).
  function run(economics: Record<string, unknown>, classExtra: Record<string, unknown> = {}) {
    const weights = new Array(168).fill(0);
    weights[7] = 1;
    const scenario = parseScenario({
      schemaVersion: 1,
      name: 'cost',
      calendars: [
        { id: 'users', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' },
      ],
      economics,
      arrivals: { kind: 'hour-of-week', ticketsPerWeek: 1, hourWeights: weights },
      classes: [
        {
          id: 'only',
          share: 1,
          workTime: { kind: 'deterministic', value: 90 },
          usersAffected: 3,
          productivityLoss: 0.5,
          ...classExtra,
        },
      ],
      groups: [
        {
          id: 'desk',
          costPerAgentHour: 50,
          shifts: [{ days: ['mon'], start: '08:00', end: '09:00', agents: 1 }],
        },
      ],
      run: { horizon: '1d' },
    });
    return simulateReplication(
      compileScenario(scenario),
      scriptedSource({ arrivals: [1 - Math.exp(-0.5)] }),
    );
  }

  it('prices lost user time (users × share lost × hours open) and staff time', () => {
    const output = run({ userHourCost: 40, currency: 'EUR' });
    // 2 hours open × 3 users × 0.5 = 3 user-hours a day, 21 a week.
    expect(output.overall.lostUserHoursPerWeek).toBeCloseTo(21, 9);
    expect(output.classes[0]?.lostProductivityCostPerWeek).toBeCloseTo(21 * 40, 9);
    // 1.5 agent-hours a day on duty (overtime included) at 50.
    expect(output.overall.staffCostPerWeek).toBeCloseTo(10.5 * 50, 9);
    expect(output.overall.totalCostPerWeek).toBeCloseTo(21 * 40 + 10.5 * 50, 9);
  });

  it("counts lost time only in the users' working hours", () => {
    // Users start at 08:00: the ticket costs them 08:00–09:30, 1.5 hours.
    const output = run({ userHourCost: 40, userCalendar: 'users' });
    expect(output.overall.lostUserHoursPerWeek).toBeCloseTo(1.5 * 3 * 0.5 * 7, 9);
  });

  it('reports no cost where no price was given', () => {
    const output = run({ userHourCost: 40 }, { usersAffected: 0 });
    expect(output.overall.lostProductivityCostPerWeek).toBe(0);
    const unpriced = simulateReplication(
      compileScenario(
        parseScenario(
          JSON.parse(
            JSON.stringify({
              schemaVersion: 1,
              name: 'x',
              arrivals: { kind: 'poisson', ticketsPerHour: 1 },
              classes: [{ id: 'a', share: 1, workTime: { kind: 'exponential', mean: 5 } }],
              groups: [{ id: 'g', agents: 1 }],
              run: { horizon: '1d' },
            }),
          ),
        ),
      ),
      scriptedSource({}),
    );
    expect(unpriced.overall.staffCostPerWeek).toBeNull();
    expect(unpriced.overall.lostProductivityCostPerWeek).toBeNull();
    expect(unpriced.overall.lostUserHoursPerWeek).not.toBeNull();
  });
});

describe('managed service provider contract', () => {
  it('reports revenue, penalties and margin a week', () => {
    const weights = new Array(168).fill(0);
    weights[7] = 1;
    const scenario = parseScenario({
      schemaVersion: 1,
      name: 'msp',
      contract: {
        pricePerTicket: 30,
        pricePerUserMonth: 10,
        users: 52,
        penalties: [{ class: 'only', perBreach: 100 }],
      },
      arrivals: { kind: 'hour-of-week', ticketsPerWeek: 1, hourWeights: weights },
      classes: [
        {
          id: 'only',
          share: 1,
          workTime: { kind: 'deterministic', value: 90 },
          serviceLevel: { targetTime: '15m', attainment: 0.9 },
        },
      ],
      groups: [
        {
          id: 'desk',
          costPerAgentHour: 50,
          shifts: [{ days: ['mon'], start: '08:00', end: '09:00', agents: 1 }],
        },
      ],
      run: { horizon: '1d' },
    });
    const output = simulateReplication(
      compileScenario(scenario),
      scriptedSource({ arrivals: [1 - Math.exp(-0.5)] }),
    );
    // One ticket resolved and one breach (it waited 30 minutes for a 15-minute target) in 1/7 week;
    // the fixed fee is 52 users × 10 a month × 12 / 52 weeks = 120 a week.
    expect(output.overall.revenuePerWeek).toBeCloseTo(120 + 30 * 7, 9);
    expect(output.overall.penaltiesPerWeek).toBeCloseTo(100 * 7, 9);
    expect(output.overall.marginPerWeek).toBeCloseTo(120 + 210 - 700 - 10.5 * 50, 9);
    expect(output.classes[0]?.revenuePerWeek).toBeCloseTo(210, 9);
    expect(output.classes[0]?.marginPerWeek).toBeNull();
  });

  it('penalties must name a class, and a per-user price needs the users', () => {
    const base = {
      schemaVersion: 1,
      name: 'x',
      arrivals: { kind: 'poisson', ticketsPerHour: 1 },
      classes: [{ id: 'a', share: 1, workTime: { kind: 'exponential', mean: 5 } }],
      groups: [{ id: 'g', agents: 1 }],
      run: { horizon: '1d' },
    };
    expect(() =>
      parseScenario({ ...base, contract: { penalties: [{ class: 'b', perBreach: 5 }] } }),
    ).toThrow(/contract\.penalties\[0\]\.class/);
    expect(() => parseScenario({ ...base, contract: { pricePerUserMonth: 5 } })).toThrow(
      /contract\.users/,
    );
  });
});

/** One replication in which (practically) only the surges given arrive: an exact trace. */
function surgesOnly(parts: {
  groups: Record<string, unknown>[];
  surges: Record<string, unknown>[];
  classes?: Record<string, unknown>[];
  horizon?: string;
}) {
  return simulateReplication(
    compileScenario(
      parseScenario({
        schemaVersion: 1,
        name: 'surges only',
        arrivals: { kind: 'poisson', ticketsPerHour: 0.0001 },
        classes: parts.classes ?? [
          { id: 'incident', share: 1, workTime: { kind: 'deterministic', value: 60 } },
        ],
        groups: parts.groups,
        surges: parts.surges,
        run: { horizon: parts.horizon ?? '1w' },
      }),
    ),
    scriptedSource({}, { exhausted: 1 - 1e-15 }),
  );
}

describe('shift ends: finish the ticket in hand or hand it over', () => {
  // One hour-long ticket arrives Monday 08:30; the only agent works 08:00–09:00 and 10:00–12:00.
  const run = (atShiftEnd: 'finish' | 'hand-over') =>
    surgesOnly({
      groups: [
        {
          id: 'desk',
          atShiftEnd,
          shifts: [
            { days: ['mon'], start: '08:00', end: '09:00', agents: 1 },
            { days: ['mon'], start: '10:00', end: '12:00', agents: 1 },
          ],
        },
      ],
      surges: [{ at: 510, class: 'incident', tickets: 1 }],
    });

  it('finishing works on until 09:30, half an hour of overtime', () => {
    const output = run('finish');
    expect(output.classes[0]?.meanTimeInSystemMinutes).toBe(60);
    expect(output.groups[0]?.overtimeHoursPerWeek).toBeCloseTo(0.5, 12);
  });

  it('handing over stops at 09:00 and the 10:00 agent finishes the last half hour at 10:30', () => {
    const output = run('hand-over');
    expect(output.classes[0]?.meanTimeInSystemMinutes).toBe(120);
    expect(output.groups[0]?.overtimeHoursPerWeek).toBe(0);
    expect(output.groups[0]?.busyMinutesByHourOfWeek.slice(8, 11)).toEqual([30, 0, 30]);
    expect(output.overall.served).toBe(1);
  });
});

describe('group speed: experienced and new staff', () => {
  // Tickets of one hour of standard work for the resolvers; an outage class is only surged in.
  const run = (groups: Record<string, unknown>[], surges: Record<string, unknown>[]) =>
    surgesOnly({
      classes: ['incident', 'outage'].map((id, i) => ({
        id,
        share: 1 - i,
        priority: 2 - i,
        workTime: { kind: 'deterministic', value: 60 },
        entryGroup: 'res',
      })),
      groups,
      surges,
      horizon: '1d',
    });
  const oneIncident = [{ at: 0, class: 'incident', tickets: 1 }];

  it('divides the work by the speed of the agent who does it', () => {
    const time = (speed: number) =>
      run([{ id: 'res', agents: 1, speed }], oneIncident).classes[0]?.meanTimeInSystemMinutes;
    expect(time(1.5)).toBeCloseTo(40, 12);
    expect(time(0.5)).toBeCloseTo(120, 12);
  });

  it('keeps the work left in standard minutes when another agent resumes it', () => {
    // A resolver at speed 2 does 20 of the 60 minutes in 10 minutes and is pre-empted by an
    // outage (done 30 minutes later); a desk helper at speed 0.5 takes the 40 minutes left and
    // needs 80 for them: done at 90.
    const output = run(
      [
        { id: 'res', agents: 1, speed: 2, discipline: 'preemptive' },
        { id: 'desk', agents: 1, speed: 0.5, crossTrained: [{ group: 'res', agents: 1 }] },
      ],
      [...oneIncident, { at: 10, class: 'outage', tickets: 1 }],
    );
    expect(output.classes[0]?.meanTimeInSystemMinutes).toBeCloseTo(90, 9);
    expect(output.classes[1]?.meanTimeInSystemMinutes).toBeCloseTo(30, 9);
  });
});

describe('group shrinkage', () => {
  // Three one-hour tickets at Monday 08:00, three agents paid from 08:00 to 12:00.
  const run = (shrinkage: number) =>
    surgesOnly({
      groups: [
        {
          id: 'desk',
          shrinkage,
          costPerAgentHour: 50,
          shifts: [{ days: ['mon'], start: '08:00', end: '12:00', agents: 3 }],
        },
      ],
      surges: [{ at: 480, class: 'incident', tickets: 3 }],
    });

  it('pays the whole shift but works tickets with the available agents only', () => {
    const none = run(0);
    // 3 agents × 4 h paid; all three tickets start at once and end at 09:00.
    expect(none.groups[0]?.agentHoursPerWeek).toBeCloseTo(12, 12);
    expect(none.classes[0]?.meanTimeInSystemMinutes).toBeCloseTo(60, 12);
    // With 40 % shrinkage 3 × 0.6 = 1.8 agents, rounded to 2: the third ticket waits an hour.
    const shrunk = run(0.4);
    expect(shrunk.groups[0]?.agentHoursPerWeek).toBeCloseTo(12, 12);
    expect(shrunk.groups[0]?.staffCostPerWeek).toBeCloseTo(600, 9);
    expect(shrunk.classes[0]?.meanTimeInSystemMinutes).toBeCloseTo(80, 12);
    // Occupancy is busy over available time: 3 ticket-hours over 2 agents × 4 h.
    expect(shrunk.groups[0]?.occupancy).toBeCloseTo(3 / 8, 12);
  });
});
