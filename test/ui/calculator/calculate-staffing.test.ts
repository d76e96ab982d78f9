import { describe, expect, it } from 'vitest';
import { erlangC, requiredAgents } from '../../../simulator/index.ts';
import {
  calculateStaffing,
  MAX_ROWS,
  ROWS_ABOVE,
  ROWS_BELOW,
} from '../../../ui/calculator/calculate-staffing.ts';
import type { CalculatorInputs } from '../../../ui/calculator/parse-calculator-form.ts';
import { allNumbersFinite } from '../../helpers/all-numbers-finite.ts';

function answer(inputs: CalculatorInputs) {
  const result = calculateStaffing(inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.calculation;
}

/**
 * pyworkforce's worked Erlang C example (README, "ErlangC"): 100 tickets per 30 minutes, 3 minutes
 * of work, 80 % answered within 20 s, maximum occupancy 85 %, shrinkage 30 % → 14 agents
 * ("raw_positions"), 20 to roster ("positions"), service level 0.88835, occupancy 0.7143,
 * probability of waiting 0.17413.
 */
const pyworkforce: CalculatorInputs = {
  arrivalsPerHour: 200,
  meanWorkMinutes: 3,
  serviceLevel: { attainment: 0.8, targetMinutes: 20 / 60 },
  maxOccupancy: 0.85,
  shrinkage: 0.3,
  currency: 'EUR',
};

describe('calculateStaffing against Erlang C', () => {
  it('gives the published answer of a textbook case', () => {
    const calculation = answer(pyworkforce);
    expect(calculation.model).toBe('c');
    expect(calculation.offeredLoad).toBeCloseTo(10, 12);
    expect(calculation.answer.agents).toBe(14);
    expect(calculation.answer.rosteredAgents).toBe(20);
    expect(calculation.answer.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(calculation.answer.occupancy).toBeCloseTo(10 / 14, 12);
    expect(calculation.answer.waitProbability).toBeCloseTo(0.17413, 5);
  });

  it('matches Erlang C’s closed form at the answer and one below (erlangC is validated on its own)', () => {
    const calculation = answer(pyworkforce);
    // SL(t) = 1 − C(c, a)·e^{−(c − a)t/s}, ASA = C·s/(c − a), a = 10, s = 3, t = 1/3.
    for (const agents of [13, 14]) {
      const row = calculation.rows.find((r) => r.agents === agents);
      const wait = erlangC(agents, 10);
      expect(row?.serviceLevel).toBeCloseTo(
        1 - wait * Math.exp(-((agents - 10) * (1 / 3)) / 3),
        12,
      );
      expect(row?.asaMinutes).toBeCloseTo((wait * 3) / (agents - 10), 12);
    }
    // …and 13 is too few: its service level is below 80 %.
    expect(calculation.rows.find((r) => r.agents === 13)?.serviceLevel).toBeLessThan(0.8);
    expect(calculation.bindingTargets).toEqual(['serviceLevel']);
  });

  it('gives the hand-worked answer of a small queue, and never shows a headcount that cannot keep up', () => {
    // One ticket a minute, one minute of work (a = 1), 90 % within 1 minute:
    // c = 2: C = 1/3, SL = 1 − e^{−1}/3 ≈ 0.8774 (too low); c = 3: C = 1/11, SL = 1 − e^{−2}/11 ≈ 0.98770.
    const calculation = answer({
      arrivalsPerHour: 60,
      meanWorkMinutes: 1,
      serviceLevel: { attainment: 0.9, targetMinutes: 1 },
      shrinkage: 0,
      currency: 'EUR',
    });
    expect(calculation.answer.agents).toBe(3);
    expect(calculation.answer.serviceLevel).toBeCloseTo(1 - Math.exp(-2) / 11, 12);
    expect(calculation.answer.waitProbability).toBeCloseTo(1 / 11, 12);
    expect(calculation.answer.asaMinutes).toBeCloseTo(1 / 22, 12);
    expect(calculation.rows[0]?.serviceLevel).toBeCloseTo(1 - Math.exp(-1) / 3, 12);
    // needed − 3 would be 0: the table starts at 2, the fewest above the load of 1.
    expect(calculation.rows.map((r) => r.agents)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('calculateStaffing: the table and the cheapest row', () => {
  const priced: CalculatorInputs = {
    ...pyworkforce,
    staffCostPerAgentHour: 40,
    userHourCost: 60,
  };

  it('shows needed − 3 … needed + 5 with the answer row the one requiredAgents gives', () => {
    const calculation = answer(priced);
    const found = requiredAgents({
      model: 'c',
      arrivalsPerMinute: 200 / 60,
      meanWorkMinutes: 3,
      targets: { serviceLevel: { attainment: 0.8, targetMinutes: 1 / 3 }, maxOccupancy: 0.85 },
      shrinkage: 0.3,
    });
    expect(calculation.answer.agents).toBe(found.agents);
    expect(calculation.rows.map((r) => r.agents)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(allNumbersFinite(calculation)).toBe(true);
  });

  it('marks as cheapest the row of lowest total cost in the table', () => {
    const calculation = answer(priced);
    const totals = calculation.rows.map((r) => r.totalCostPerHour as number);
    const lowest = calculation.rows[totals.indexOf(Math.min(...totals))];
    expect(calculation.cheapest?.agents).toBe(lowest?.agents);
  });

  it('widens the table to take in a cheapest headcount far above the answer', () => {
    // A loose target (50 % within 20 s) and users' time 100 times dearer than a technician's:
    // the cheapest lies more than five above the answer, so the table reaches one past it.
    const loose = { ...priced, serviceLevel: { attainment: 0.5, targetMinutes: 1 / 3 } };
    const calculation = answer({ ...loose, maxOccupancy: undefined, userHourCost: 4000 });
    const cheapest = calculation.cheapest?.agents as number;
    expect(cheapest).toBeGreaterThan(calculation.answer.agents + 5);
    expect(calculation.rows.at(-1)?.agents).toBe(cheapest + 1);
    // …and starts three below the answer, or at 11, the fewest above the load of 10 Erlangs.
    expect(calculation.rows[0]?.agents).toBe(Math.max(11, calculation.answer.agents - 3));
  });

  it('keeps the table short when the cheapest is too far, and still names the cheapest', () => {
    const calculation = answer({
      ...priced,
      arrivalsPerHour: 4000,
      serviceLevel: { attainment: 0.5, targetMinutes: 1 / 3 },
      maxOccupancy: undefined,
      userHourCost: 40_000,
    });
    const cheapest = calculation.cheapest?.agents as number;
    expect(cheapest - calculation.answer.agents).toBeGreaterThan(MAX_ROWS);
    expect(calculation.rows.length).toBeLessThanOrEqual(ROWS_BELOW + 1 + ROWS_ABOVE);
    expect(calculation.cheapest?.totalCostPerHour).toBeLessThan(
      calculation.answer.totalCostPerHour as number,
    );
  });
});

describe('calculateStaffing with patience (Erlang A)', () => {
  it('counts users who give up, and meets the service level counting them as missed', () => {
    const calculation = answer({ ...pyworkforce, patienceMinutes: 2 });
    expect(calculation.model).toBe('a');
    const { answer: row } = calculation;
    expect(row.abandonProbability).toBeGreaterThan(0);
    expect(row.serviceLevel).toBeGreaterThanOrEqual(0.8);
    // Users who give up leave the queue, so no more technicians are needed than without patience.
    expect(row.agents).toBeLessThanOrEqual(14);
    expect(allNumbersFinite(calculation)).toBe(true);
  });
});
