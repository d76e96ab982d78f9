import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, SIM_ERR, SimulatorError } from '../../../simulator/index.ts';

const valid = JSON.parse(
  readFileSync(new URL('../../../scenarios/small-service-desk.json', import.meta.url), 'utf8'),
);

function issuesOf(input: unknown): SimulatorError {
  try {
    parseScenario(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SimulatorError);
    return error as SimulatorError;
  }
  return expect.fail('the scenario should have been rejected');
}

function mutate(change: (scenario: any) => void): unknown {
  const copy = structuredClone(valid);
  change(copy);
  return copy;
}

describe('parseScenario', () => {
  it('accepts the example scenario', () => {
    expect(parseScenario(valid).classes).toHaveLength(4);
  });

  it.each([
    [
      'a negative headcount',
      (s: any) => {
        s.groups[0].agents = -3;
      },
      'groups[0].agents',
      -3,
    ],
    [
      'a fractional headcount',
      (s: any) => {
        s.groups[0].agents = 2.5;
      },
      'groups[0].agents',
      2.5,
    ],
    [
      'a duration without a unit',
      (s: any) => {
        s.classes[1].workTime.mean = '30 minutes';
      },
      'classes[1].workTime.mean',
      '30 minutes',
    ],
    [
      'a share given in percent',
      (s: any) => {
        s.classes[0].share = 2;
      },
      'classes[0].share',
      2,
    ],
    [
      'an unknown distribution',
      (s: any) => {
        s.classes[2].workTime = { kind: 'normal', mean: '5m' };
      },
      'classes[2].workTime.kind',
      'normal',
    ],
    [
      'a lognormal without its cv',
      (s: any) => {
        delete s.classes[2].workTime.cv;
      },
      'classes[2].workTime.cv',
      undefined,
    ],
    [
      'a misspelt field',
      (s: any) => {
        s.groups[0].agent = 3;
      },
      'groups[0].agent',
      3,
    ],
    [
      'a missing horizon',
      (s: any) => {
        delete s.run.horizon;
      },
      'run.horizon',
      undefined,
    ],
    [
      'an unknown arrival kind',
      (s: any) => {
        s.arrivals.kind = 'daily';
      },
      'arrivals.kind',
      'daily',
    ],
    [
      'a short profile',
      (s: any) => {
        s.arrivals.hourWeights = [1, 2, 3];
      },
      'arrivals.hourWeights',
      [1, 2, 3],
    ],
    [
      'a NaN rate',
      (s: any) => {
        s.arrivals.ticketsPerWeek = Number.NaN;
      },
      'arrivals.ticketsPerWeek',
      Number.NaN,
    ],
  ])('rejects %s, naming the field and the value', (_, change, field, value) => {
    const error = issuesOf(mutate(change));
    expect(error.code).toBe(SIM_ERR.INVALID_SCENARIO);
    const issue = error.issues.find((i) => i.field === field);
    expect(issue, `issues: ${error.message}`).toBeDefined();
    expect(issue?.value).toEqual(value);
    expect(issue?.expected.length).toBeGreaterThan(3);
  });

  it('explains the chosen distribution, not every other one', () => {
    const error = issuesOf(
      mutate((s) => {
        s.classes[0].workTime = { kind: 'uniform', min: '5m' };
      }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ field: 'classes[0].workTime.max', value: undefined }),
    ]);
  });

  it('checks meaning: shares that do not add up to 1', () => {
    const error = issuesOf(
      mutate((s) => {
        s.classes[3].share = 0.2;
      }),
    );
    expect(error.issues[0]?.field).toBe('classes[].share');
    expect(error.issues[0]?.expected).toContain('0.9');
  });

  it('checks meaning: duplicate class ids, warm-up beyond the horizon, an empty profile', () => {
    const error = issuesOf(
      mutate((s) => {
        s.classes[1].id = 'P1';
        s.run.warmUp = '20w';
        s.arrivals.hourWeights = new Array(168).fill(0);
      }),
    );
    expect(error.issues.map((i) => i.field).sort()).toEqual([
      'arrivals.hourWeights',
      'classes[].id',
      'run.warmUp',
    ]);
  });

  it('checks distribution parameters beyond the schema', () => {
    const error = issuesOf(
      mutate((s) => {
        s.classes[0].workTime = { kind: 'weibull', mean: '5m', cv: 1000 };
      }),
    );
    expect(error.issues[0]?.field).toBe('classes[0].workTime.cv');
  });

  it('refuses runs beyond the limits with a clear message', () => {
    const error = issuesOf(
      mutate((s) => {
        s.arrivals.ticketsPerWeek = 1e9;
      }),
    );
    expect(error.code).toBe(SIM_ERR.LIMIT_EXCEEDED);
    expect(error.issues[0]?.field).toBe('run.horizon');
    expect(error.issues[0]?.expected).toMatch(/expected tickets per replication/);
  });

  it('rejects files of another schema version, saying what to do', () => {
    const newer = issuesOf(
      mutate((s) => {
        s.schemaVersion = 2;
      }),
    );
    expect(newer.code).toBe(SIM_ERR.UNSUPPORTED_SCHEMA_VERSION);
    expect(newer.issues[0]?.expected).toMatch(/newer stafflab/);
    const missing = issuesOf(
      mutate((s) => {
        delete s.schemaVersion;
      }),
    );
    expect(missing.issues[0]?.field).toBe('schemaVersion');
  });

  it.each([null, 42, 'scenario', [], [valid]])('rejects %j as a whole', (input) => {
    expect(issuesOf(input).code).toBe(SIM_ERR.INVALID_SCENARIO);
  });
});

describe('parseScenario: hostile input', () => {
  it('counts the expected tickets of a short horizon at the rate of the hours it covers', () => {
    const weights = new Array(168).fill(0);
    weights[0] = 1;
    const error = issuesOf({
      ...valid,
      arrivals: { kind: 'hour-of-week', ticketsPerWeek: 3.3e8, hourWeights: weights },
      run: { horizon: '1h' },
    });
    expect(error.code).toBe(SIM_ERR.LIMIT_EXCEEDED);
    expect(error.issues[0]?.expected).toMatch(/330,000,000/);
  });

  it('reports a deeply nested value without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    const error = issuesOf({ ...valid, extra: deep });
    expect(error.issues[0]?.field).toBe('extra');
    expect(error.message.length).toBeLessThan(400);
  });
});

describe('parseScenario: calendars and shifts', () => {
  const office = {
    id: 'office',
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    start: '08:00',
    end: '18:00',
    holidays: ['2026-12-25'],
  };
  const withTime = (change: (s: any) => void) =>
    mutate((s) => {
      s.calendars = [structuredClone(office)];
      s.run.startDate = '2026-11-02';
      s.classes[0].serviceLevel.calendar = 'office';
      change(s);
    });

  it('accepts calendars, a start date, SLA calendars and shifts', () => {
    const scenario = parseScenario(
      withTime((s) => {
        delete s.groups[0].agents;
        s.groups[0].shifts = [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '17:00', agents: 3 },
        ];
      }),
    );
    expect(scenario.groups[0]?.shifts).toHaveLength(1);
  });

  it.each([
    [
      'both agents and shifts',
      (s: any) => {
        s.groups[0].shifts = [{ start: '08:00', end: '17:00', agents: 2 }];
      },
      'groups[0]',
    ],
    [
      'neither agents nor shifts',
      (s: any) => {
        delete s.groups[0].agents;
      },
      'groups[0]',
    ],
    [
      'an unknown SLA calendar',
      (s: any) => {
        s.classes[0].serviceLevel.calendar = 'ofice';
      },
      'classes[0].serviceLevel.calendar',
    ],
    [
      'a start date that is not a Monday',
      (s: any) => {
        s.run.startDate = '2026-11-03';
      },
      'run.startDate',
    ],
    [
      'a calendar that opens at "24:00"',
      (s: any) => {
        s.calendars[0].start = '24:00';
      },
      'calendars[0].start',
    ],
    [
      'a shift that starts at "24:00"',
      (s: any) => {
        delete s.groups[0].agents;
        s.groups[0].shifts = [{ start: '24:00', end: '08:00', agents: 2 }];
      },
      'groups[0].shifts[0].start',
    ],
    [
      'a date that does not exist',
      (s: any) => {
        s.calendars[0].holidays = ['2026-02-30'];
      },
      'calendars[0].holidays[0]',
    ],
    [
      'holidays without a start date',
      (s: any) => {
        delete s.run.startDate;
      },
      'calendars[0].holidays[0]',
    ],
    [
      'a calendar called "always"',
      (s: any) => {
        s.calendars[0].id = 'always';
        s.classes[0].serviceLevel.calendar = 'always';
      },
      'calendars[0].id',
    ],
    [
      'a time of day past 24:00',
      (s: any) => {
        s.calendars[0].end = '25:00';
      },
      'calendars[0].end',
    ],
    [
      'a day that does not exist',
      (s: any) => {
        s.calendars[0].days = ['mon', 'funday'];
      },
      'calendars[0].days[1]',
    ],
  ])('rejects %s', (_, change, field) => {
    const error = issuesOf(withTime(change));
    expect(
      error.issues.map((i) => i.field),
      error.message,
    ).toContain(field);
  });
});
