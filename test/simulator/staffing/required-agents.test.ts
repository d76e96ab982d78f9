import { describe, expect, it } from 'vitest';
import {
  missedTargets,
  queueMeasures,
  requiredAgents,
  SIM_ERR,
  SimulatorError,
  type StaffingQuestion,
} from '../../../simulator/index.ts';

function expectRejected(question: StaffingQuestion, field: string): void {
  try {
    requiredAgents(question);
    expect.fail('should have been rejected');
  } catch (error) {
    expect(error).toBeInstanceOf(SimulatorError);
    expect((error as SimulatorError).code).toBe(SIM_ERR.INVALID_MODEL_INPUT);
    expect((error as SimulatorError).issues.map((i) => i.field)).toContain(field);
  }
}

const base = { model: 'c' as const, arrivalsPerMinute: 2, meanWorkMinutes: 6 };

describe('requiredAgents', () => {
  it.each([
    { targets: { serviceLevel: { attainment: 0.8, targetMinutes: 0.5 } } },
    { targets: { asaMinutes: 0.25 } },
    { targets: { maxOccupancy: 0.8 } },
    {
      targets: {
        serviceLevel: { attainment: 0.95, targetMinutes: 1 },
        asaMinutes: 0.5,
        maxOccupancy: 0.9,
      },
    },
  ])('is the boundary: the answer meets $targets and one agent fewer does not', ({ targets }) => {
    const answer = requiredAgents({ ...base, targets });
    expect(missedTargets(answer, targets)).toEqual([]);
    const fewer = answer.agents - 1;
    if (fewer > 12) {
      const measures = queueMeasures({
        ...base,
        agents: fewer,
        targetMinutes: targets.serviceLevel?.targetMinutes,
      });
      expect(missedTargets(measures, targets).length).toBeGreaterThan(0);
    }
  });

  it('Erlang A with abandonment and service-level targets, at a load above the headcount', () => {
    const question: StaffingQuestion = {
      model: 'a',
      arrivalsPerMinute: 3,
      meanWorkMinutes: 5,
      patienceMinutes: 4,
      targets: { maxAbandon: 0.02, serviceLevel: { attainment: 0.9, targetMinutes: 0.5 } },
    };
    const answer = requiredAgents(question);
    expect(missedTargets(answer, question.targets)).toEqual([]);
    const fewer = queueMeasures({ ...question, agents: answer.agents - 1, targetMinutes: 0.5 });
    expect(missedTargets(fewer, question.targets).length).toBeGreaterThan(0);
  });

  it('rosters with shrinkage: ⌈required / (1 − shrinkage)⌉', () => {
    const answer = requiredAgents({ ...base, targets: { maxOccupancy: 0.8 }, shrinkage: 0.35 });
    expect(answer.agents).toBe(15);
    expect(answer.rosteredAgents).toBe(Math.ceil(15 / 0.65));
    expect(
      requiredAgents({ ...base, targets: { maxOccupancy: 0.8 }, shrinkage: 0.25 }).rosteredAgents,
    ).toBe(20);
  });

  it('handles 10,000 Erlangs', () => {
    const answer = requiredAgents({
      model: 'c',
      arrivalsPerMinute: 1000,
      meanWorkMinutes: 10,
      targets: { serviceLevel: { attainment: 0.8, targetMinutes: 0.33 } },
    });
    expect(answer.agents).toBeGreaterThan(10_000);
    expect(answer.agents).toBeLessThan(10_200);
    expect(answer.serviceLevel as number).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    [
      { ...base, targets: { serviceLevel: { attainment: 1, targetMinutes: 1 } } },
      'targets.serviceLevel.attainment',
    ],
    [{ ...base, targets: { asaMinutes: 0 } }, 'targets.asaMinutes'],
    [{ ...base, targets: { maxOccupancy: 0 } }, 'targets.maxOccupancy'],
    [{ ...base, targets: { maxAbandon: 0.1 } }, 'targets.maxAbandon'],
    [{ ...base, targets: { maxBlocking: 0.1 } }, 'targets.maxBlocking'],
    [{ ...base, targets: {} }, 'targets'],
    [{ ...base, targets: { maxOccupancy: 0.8 }, shrinkage: 1 }, 'shrinkage'],
    [{ ...base, targets: { maxOccupancy: 0.8 }, shrinkage: -0.1 }, 'shrinkage'],
  ])('rejects impossible or inapplicable targets: %j', (question, field) => {
    expectRejected(question as StaffingQuestion, field);
  });
});
