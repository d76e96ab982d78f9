import { describe, expect, it } from 'vitest';
import { costOptimalStaffing } from '../../../simulator/index.ts';
import { cheapestHeadcount, staffingRow } from '../../../ui/calculator/calculate-staffing.ts';
import type { CalculatorInputs } from '../../../ui/calculator/parse-calculator-form.ts';
import {
  lostProductivityPerHour,
  staffCostPerHour,
} from '../../../ui/calculator/staffing-costs.ts';
import { handQueue } from '../../helpers/hand-queue.ts';

describe('staffCostPerHour', () => {
  it('prices the paid hours behind each on-duty hour: agents × cost ÷ (1 − shrinkage)', () => {
    expect(staffCostPerHour(15, 40, 0.25)).toBeCloseTo(800, 10); // 600 / 0.75
    expect(staffCostPerHour(10, 45, 0)).toBe(450);
    expect(staffCostPerHour(12, 50, 0.2)).toBeCloseTo(750, 10); // 600 / 0.8
  });
});

describe('lostProductivityPerHour', () => {
  it('is arrivals per hour × ASA in hours × the cost of a user-hour', () => {
    expect(lostProductivityPerHour(60, 3, 50)).toBeCloseTo(150, 10); // 60 × 0.05 h × 50
    expect(lostProductivityPerHour(120, 0.5, 30)).toBeCloseTo(30, 10); // 120 × (1/120) h × 30
    expect(lostProductivityPerHour(90, 0, 50)).toBe(0);
  });
});

// handQueue: the M/M/c worked by hand in test/helpers/hand-queue.ts.

describe('a headcount row’s costs, worked by hand', () => {
  it('adds staff cost and lost productivity at each headcount', () => {
    const targets = { serviceLevel: handQueue.serviceLevel };
    const two = staffingRow(handQueue, targets, 2);
    expect(two.staffCostPerHour).toBeCloseTo(60, 10); // 2 × 30
    expect(two.lostProductivityPerHour).toBeCloseTo(20, 10); // 60 × (1/3 min = 1/180 h) × 60
    expect(two.totalCostPerHour).toBeCloseTo(80, 10);
    const three = staffingRow(handQueue, targets, 3);
    expect(three.lostProductivityPerHour).toBeCloseTo(60 / 22, 10); // 60 × (1/22)/60 × 60
    expect(three.totalCostPerHour).toBeCloseTo(90 + 60 / 22, 10);
    const four = staffingRow(handQueue, targets, 4);
    expect(four.lostProductivityPerHour).toBeCloseTo(60 / 147, 10);
  });

  it('rosters with shrinkage and prices the paid hours', () => {
    const row = staffingRow({ ...handQueue, shrinkage: 0.25 }, {}, 3);
    expect(row.rosteredAgents).toBe(4); // ⌈3 / 0.75⌉
    expect(row.staffCostPerHour).toBeCloseTo(120, 10); // 3 × 30 / 0.75
  });

  it('leaves a cost out (null, never NaN) when its price is not given', () => {
    const row = staffingRow({ ...handQueue, userHourCost: undefined }, {}, 3);
    expect(row.staffCostPerHour).toBeCloseTo(90, 10);
    expect(row.lostProductivityPerHour).toBeNull();
    expect(row.totalCostPerHour).toBeNull();
  });
});

describe('cheapestHeadcount', () => {
  it('finds the lowest total, worked by hand', () => {
    // €60 a user-hour: 2 → 60 + 20 = 80, 3 → 92.7, 4 → 120.4: two is cheapest.
    expect(cheapestHeadcount(handQueue, 1)).toBe(2);
    // €600 a user-hour: 2 → 60 + 200 = 260, 3 → 90 + 27.3 = 117.3, 4 → 120 + 4.1 = 124.1.
    expect(cheapestHeadcount({ ...handQueue, userHourCost: 600 }, 1)).toBe(3);
  });

  it('agrees with the simulator’s cost-optimal staffing (Erlang C)', () => {
    const inputs: CalculatorInputs = {
      ...handQueue,
      arrivalsPerHour: 200,
      meanWorkMinutes: 6,
      shrinkage: 0.3,
      staffCostPerAgentHour: 40,
      userHourCost: 55,
    };
    const optimum = costOptimalStaffing({
      model: 'c',
      arrivalsPerMinute: 200 / 60,
      meanWorkMinutes: 6,
      staffCostPerAgentHour: 40,
      userHourCost: 55,
      shrinkage: 0.3,
    });
    expect(cheapestHeadcount(inputs, 20)).toBe(optimum.agents);
    const row = staffingRow(inputs, {}, optimum.agents);
    expect(row.totalCostPerHour).toBeCloseTo(optimum.totalCostPerHour, 8);
  });

  it('bisection on the convex Erlang C cost finds what a full scan finds', () => {
    for (const [arrivalsPerHour, staffCost, userCost] of [
      [30, 40, 55],
      [300, 40, 500],
      [2000, 60, 20],
      [50, 10, 2000],
    ] as const) {
      const inputs: CalculatorInputs = {
        ...handQueue,
        arrivalsPerHour,
        meanWorkMinutes: 12,
        staffCostPerAgentHour: staffCost,
        userHourCost: userCost,
      };
      const load = (arrivalsPerHour * 12) / 60;
      const first = Math.floor(load) + 1;
      let scanned = first;
      let best = Number.POSITIVE_INFINITY;
      for (let agents = first; agents < first + 200; agents++) {
        const total = staffingRow(inputs, {}, agents).totalCostPerHour as number;
        if (total < best) [scanned, best] = [agents, total];
      }
      expect(cheapestHeadcount(inputs, load), `${arrivalsPerHour}/h`).toBe(scanned);
    }
  });

  it('is null unless both costs are given and a technician costs something', () => {
    expect(cheapestHeadcount({ ...handQueue, userHourCost: undefined }, 1)).toBeNull();
    expect(cheapestHeadcount({ ...handQueue, staffCostPerAgentHour: 0 }, 1)).toBeNull();
  });
});
