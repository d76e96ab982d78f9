import { describe, expect, it } from 'vitest';
import {
  compileScenario,
  parseScenario,
  type Scenario,
  SimulatorError,
  simulateReplication,
  type TraceEvent,
} from '../../../simulator/index.ts';
import { scriptedSource } from '../../helpers/scripted-streams.ts';

const U1 = 1 - Math.exp(-1);
const T = -Math.log(1 - U1);

function scenario(classExtra: Record<string, unknown>): Scenario {
  return parseScenario({
    schemaVersion: 1,
    name: 'routing',
    arrivals: { kind: 'poisson', ticketsPerHour: 60 },
    classes: [
      { id: 'only', share: 1, workTime: { kind: 'deterministic', value: 2 }, ...classExtra },
    ],
    groups: [
      { id: 'desk', agents: 1 },
      { id: 'network', agents: 1 },
    ],
    run: { horizon: 20 },
  });
}

function run(model: Scenario, scripts: Record<string, number[]>) {
  const events: TraceEvent[] = [];
  const output = simulateReplication(compileScenario(model), scriptedSource(scripts), {
    trace: (event) => events.push(event),
  });
  return { events, output };
}

describe('routing between groups', () => {
  it('a ticket escalated from the desk waits for and is worked by the next group', () => {
    const model = scenario({
      routing: [
        { group: 'desk', escalate: [{ to: 'network', probability: 0.5 }] },
        { group: 'network', workTime: { kind: 'deterministic', value: 3 } },
      ],
    });
    // routing u = 0.2 < 0.5: escalated. One ticket (the next gap is beyond the horizon).
    const { events, output } = run(model, { arrivals: [U1], routing: [0.2] });
    expect(events).toEqual([
      { time: T, kind: 'arrival', ticket: 1 },
      { time: T + 2, kind: 'departure', ticket: 1 }, // leaves the desk for the network group
      { time: T + 5, kind: 'departure', ticket: 1 }, // resolved there
      { time: 20, kind: 'end', ticket: null },
    ]);
    expect(output.overall.served).toBe(1);
    expect(output.overall.escalations).toBe(1);
    expect(output.overall.meanTimeInSystemMinutes).toBeCloseTo(5, 12);
    expect(output.groups.map((g) => g.visits)).toEqual([1, 1]);
    expect(output.groups[1]?.occupancy).toBeCloseTo(3 / 20, 12);
  });

  it('a ticket not escalated is resolved at the desk; a resolved one may be reopened', () => {
    const model = scenario({
      routing: [{ group: 'desk', escalate: [{ to: 'network', probability: 0.5 }] }],
      reopenProbability: 0.5,
    });
    // routing 0.7 (resolved), reopen 0.1 (< 0.5: reopened), routing 0.9, reopen 0.8 (done).
    const { output } = run(model, { arrivals: [U1], routing: [0.7, 0.9], reopen: [0.1, 0.8] });
    expect(output.overall.reopened).toBe(1);
    expect(output.overall.escalations).toBe(0);
    expect(output.groups.map((g) => g.visits)).toEqual([2, 0]);
    expect(output.overall.meanTimeInSystemMinutes).toBeCloseTo(4, 12);
  });

  it.each([
    [{ entryGroup: 'helpdesk' }, 'classes[0].entryGroup'],
    [
      { routing: [{ group: 'desk', escalate: [{ to: 'apps', probability: 0.3 }] }] },
      'classes[0].routing[0].escalate[0].to',
    ],
    [
      {
        routing: [
          {
            group: 'desk',
            escalate: [
              { to: 'network', probability: 0.7 },
              { to: 'desk', probability: 0.5 },
            ],
          },
        ],
      },
      'classes[0].routing[0].escalate',
    ],
    [
      {
        routing: [
          { group: 'desk', escalate: [{ to: 'network', probability: 1 }] },
          { group: 'network', escalate: [{ to: 'desk', probability: 1 }] },
        ],
      },
      'classes[0].routing',
    ],
  ])('rejects %j', (classExtra, field) => {
    try {
      scenario(classExtra);
      expect.fail('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(SimulatorError);
      expect((error as SimulatorError).issues.map((i) => i.field)).toContain(field);
    }
  });
});

describe('cross-training', () => {
  it('an idle agent of another group takes a ticket its own group cannot start, and goes home after', () => {
    const model = parseScenario({
      schemaVersion: 1,
      name: 'cross',
      arrivals: { kind: 'poisson', ticketsPerHour: 60 },
      classes: [{ id: 'only', share: 1, workTime: { kind: 'deterministic', value: 5 } }],
      groups: [
        { id: 'desk', agents: 1 },
        { id: 'network', agents: 1, crossTrained: [{ group: 'desk', agents: 1 }] },
      ],
      run: { horizon: 20 },
    });
    // Two tickets at T (gap 0): the desk's agent takes the first, the network agent the second.
    const { output } = run(model, { arrivals: [U1, 0] });
    expect(output.overall.waitProbability).toBe(0);
    expect(output.overall.served).toBe(2);
    expect(output.groups[1]?.occupancy).toBeCloseTo(5 / 20, 12);
    expect(output.groups[0]?.visits).toBe(2); // both visits were to the desk's line
  });

  it('refuses a group cross-trained on itself or on an unknown group', () => {
    const base = {
      schemaVersion: 1,
      name: 'x',
      arrivals: { kind: 'poisson', ticketsPerHour: 1 },
      classes: [{ id: 'a', share: 1, workTime: { kind: 'exponential', mean: 5 } }],
      run: { horizon: '1d' },
    };
    expect(() =>
      parseScenario({
        ...base,
        groups: [{ id: 'g', agents: 1, crossTrained: [{ group: 'g', agents: 1 }] }],
      }),
    ).toThrow(/another group/);
    expect(() =>
      parseScenario({
        ...base,
        groups: [{ id: 'g', agents: 1, crossTrained: [{ group: 'h', agents: 1 }] }],
      }),
    ).toThrow(/crossTrained\[0\]\.group/);
  });
});

describe('cross-training: helpers never idle while they could help', () => {
  const surgeScenario = (
    helperGroup: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) =>
    parseScenario({
      schemaVersion: 1,
      name: 'helpers',
      arrivals: { kind: 'poisson', ticketsPerHour: 0.0001 },
      classes: [
        {
          id: 'low',
          share: 0.5,
          priority: 2,
          workTime: { kind: 'deterministic', value: 60 },
          entryGroup: 'res',
        },
        {
          id: 'high',
          share: 0.5,
          priority: 1,
          workTime: { kind: 'deterministic', value: 60 },
          entryGroup: 'res',
        },
      ],
      groups: [
        { id: 'desk', ...helperGroup, crossTrained: [{ group: 'res', agents: 2 }] },
        { id: 'res', ...extra },
      ],
      run: { horizon: '18h' },
    });

  it("agents coming on shift help another group's backlog", () => {
    const scenario = surgeScenario(
      { shifts: [{ days: ['mon'], start: '08:00', end: '17:00', agents: 2 }] },
      { shifts: [{ days: ['sat'], start: '08:00', end: '09:00', agents: 1 }] },
    );
    const withSurge = { ...scenario, surges: [{ at: 0, class: 'low', tickets: 10 }] };
    const output = simulateReplication(
      compileScenario(parseScenario(withSurge)),
      scriptedSource({}, { exhausted: 1 - 1e-15 }),
    );
    // Two desk agents from 08:00 to 17:00 work the 10 one-hour tickets of the resolver group.
    expect(output.overall.served).toBe(10);
  });

  it('an idle helper resumes a ticket that was pre-empted', () => {
    const scenario = surgeScenario({ agents: 1 }, { agents: 1, discipline: 'preemptive' });
    const withSurges = {
      ...scenario,
      surges: [
        { at: 0, class: 'low', tickets: 1 },
        { at: 1, class: 'high', tickets: 1 },
      ],
    };
    const output = simulateReplication(
      compileScenario(parseScenario(withSurges)),
      scriptedSource({}, { exhausted: 1 - 1e-15 }),
    );
    // The resolver takes the low ticket at 0; the high one pre-empts it at 1 and the idle desk
    // helper resumes it at once, so it is done at 60. Left in the queue it would end at 120.
    expect(output.classes[0]?.meanTimeInSystemMinutes as number).toBeLessThanOrEqual(61);
  });
});
