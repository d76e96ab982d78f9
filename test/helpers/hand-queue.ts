import type { CalculatorInputs } from '../../ui/calculator/parse-calculator-form.ts';

/**
 * A queue small enough to work by hand (M/M/c, Cooper 1981 §3.5): one ticket a minute, one
 * minute of work, so a = 1 Erlang. Erlang C: C(c, a) = (aᶜ/c! · c/(c − a)) / (Σ_{k<c} aᵏ/k! + aᶜ/c! · c/(c − a)):
 *   c = 2: (1/2 · 2) / (1 + 1 + 1) = 1/3,   ASA = C·s/(c − a) = 1/3 min
 *   c = 3: (1/6 · 3/2) / (1 + 1 + 1/2 + 1/4) = 1/11,   ASA = 1/22 min
 *   c = 4: (1/24 · 4/3) / (8/3 + 1/18) = 1/49,   ASA = 1/147 min
 * With a target of 90 % within 1 minute it needs 3 agents; staff at 30 an hour, users at 60.
 */
export const handQueue: CalculatorInputs = {
  arrivalsPerHour: 60,
  meanWorkMinutes: 1,
  serviceLevel: { attainment: 0.9, targetMinutes: 1 },
  shrinkage: 0,
  staffCostPerAgentHour: 30,
  userHourCost: 60,
  currency: 'EUR',
};
