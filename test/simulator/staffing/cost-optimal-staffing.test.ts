import { describe, expect, it } from 'vitest';
import { costOptimalStaffing, erlangCMeanWait, SimulatorError } from '../../../simulator/index.ts';

describe('cost-optimal staffing', () => {
  // Brute force, independent of the solver: total cost per hour for c agents with Erlang C.
  const bruteForce = (
    load: number,
    perMinute: number,
    work: number,
    agentCost: number,
    waitingPrice: number,
  ) => {
    let best = { agents: 0, cost: Number.POSITIVE_INFINITY };
    for (let c = Math.floor(load) + 1; c < load + 200; c++) {
      const cost =
        c * agentCost + perMinute * 60 * (erlangCMeanWait(c, load, work) / 60) * waitingPrice;
      if (cost < best.cost) best = { agents: c, cost };
    }
    return best;
  };

  it.each([
    [0.5, 10, 40, 60, 1],
    [4, 10, 40, 60, 5],
    [40, 10, 40, 60, 5],
    [2, 30, 80, 20, 1],
  ])(
    'finds the exact minimum (λ = %f/min, %f min, agent %f/h, user %f/h × %f users)',
    (perMinute, work, agentCost, userCost, users) => {
      const answer = costOptimalStaffing({
        model: 'c',
        arrivalsPerMinute: perMinute,
        meanWorkMinutes: work,
        staffCostPerAgentHour: agentCost,
        userHourCost: userCost,
        usersAffectedPerTicket: users,
      });
      const best = bruteForce(perMinute * work, perMinute, work, agentCost, userCost * users);
      expect(answer.agents).toBe(best.agents);
      expect(answer.totalCostPerHour).toBeCloseTo(best.cost, 8);
      expect(answer.staffCostPerHour + answer.waitingCostPerHour).toBeCloseTo(
        answer.totalCostPerHour,
        10,
      );
    },
  );

  it('agrees with the square-root rule of Borst, Mandelbaum & Reiman for a large centre', () => {
    const answer = costOptimalStaffing({
      model: 'c',
      arrivalsPerMinute: 40,
      meanWorkMinutes: 10,
      staffCostPerAgentHour: 40,
      userHourCost: 60,
      usersAffectedPerTicket: 5,
    });
    expect(Math.abs(answer.agents - answer.squareRootAgents)).toBeLessThanOrEqual(1);
  });

  it('counts shrinkage in the salaries: dearer agents, fewer of them', () => {
    const plain = costOptimalStaffing({
      model: 'c',
      arrivalsPerMinute: 4,
      meanWorkMinutes: 10,
      staffCostPerAgentHour: 40,
      userHourCost: 60,
      usersAffectedPerTicket: 5,
    });
    const shrunk = costOptimalStaffing({
      model: 'c',
      arrivalsPerMinute: 4,
      meanWorkMinutes: 10,
      staffCostPerAgentHour: 40,
      userHourCost: 60,
      usersAffectedPerTicket: 5,
      shrinkage: 0.3,
    });
    expect(shrunk.agents).toBeLessThanOrEqual(plain.agents);
    expect(shrunk.staffCostPerHour).toBeCloseTo((shrunk.agents * 40) / 0.7, 8);
    expect(shrunk.rosteredAgents).toBe(Math.ceil(shrunk.agents / 0.7 - 1e-9));
  });

  it('refuses Erlang A: a user who gives up would look free, and the optimum would let most abandon', () => {
    const question = {
      model: 'a',
      arrivalsPerMinute: 1,
      meanWorkMinutes: 10,
      staffCostPerAgentHour: 50,
      userHourCost: 60,
    };
    try {
      costOptimalStaffing(question as unknown as Parameters<typeof costOptimalStaffing>[0]);
      expect.fail('should throw');
    } catch (error) {
      expect((error as SimulatorError).issues[0]?.field).toBe('model');
    }
  });

  it.each([
    [{ staffCostPerAgentHour: 0 }, 'staffCostPerAgentHour'],
    [{ userHourCost: -5 }, 'userHourCost'],
    [{ usersAffectedPerTicket: 0 }, 'usersAffectedPerTicket'],
    [{ shrinkage: 1 }, 'shrinkage'],
  ])('rejects %j', (change, field) => {
    try {
      costOptimalStaffing({
        model: 'c',
        arrivalsPerMinute: 1,
        meanWorkMinutes: 10,
        staffCostPerAgentHour: 40,
        userHourCost: 60,
        ...change,
      });
      expect.fail('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(SimulatorError);
      expect((error as SimulatorError).issues[0]?.field).toBe(field);
    }
  });
});
