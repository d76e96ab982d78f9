import {
  type Comparison,
  METRIC_NAMES,
  type MetricName,
  type MetricSummaries,
  type MetricSummary,
  type TargetVerdict,
} from '../../../simulator/index.ts';

/** A mean with a 95 % interval of ± halfWidth over 10 replications. */
export function summary(mean: number, halfWidth: number): MetricSummary {
  return { mean, low: mean - halfWidth, high: mean + halfWidth, halfWidth, n: 10 };
}

/** Every metric null but those given (as [mean, halfWidth]). */
export function metrics(given: Partial<Record<MetricName, [number, number]>>): MetricSummaries {
  const all = {} as MetricSummaries;
  for (const name of METRIC_NAMES) {
    const value = given[name];
    all[name] = value === undefined ? null : summary(value[0], value[1]);
  }
  return all;
}

interface ClassSpec {
  id: string;
  name: string;
  targetMinutes: number;
  attainment: number;
  verdict: TargetVerdict;
  serviceLevel: [number, number];
}

function option(
  name: string,
  currency: string | null,
  overall: MetricSummaries,
  classes: ClassSpec[],
) {
  return {
    name,
    result: {
      currency,
      overall,
      classes: classes.map((c) => ({
        id: c.id,
        name: c.name,
        target: { targetMinutes: c.targetMinutes, attainment: c.attainment, verdict: c.verdict },
        metrics: metrics({ serviceLevel: c.serviceLevel }),
      })),
    },
  };
}

const P1 = { id: 'P1', name: 'P1 critical', targetMinutes: 15, attainment: 0.95 };
const P2 = { id: 'P2', name: 'P2 high', targetMinutes: 60, attainment: 0.9 };

/**
 * A hand-made comparison in euros: "Today" (P2 misses its target; 95 % resolved within 6.4 h),
 * "Two more at the desk" (both targets met, 3.1 h, €2,345 more salaries, €4,123 less lost
 * time) and "Cheaper desk" (€2,000 less salaries, the other differences within the noise, and
 * its P1 target relaxed to 30 minutes).
 */
export function euroComparison(): Comparison {
  const today = metrics({
    serviceLevel: [0.9, 0.01],
    timeInSystemP95Minutes: [384, 20],
    asaMinutes: [45, 5],
    openAtEnd: [12, 2],
    occupancy: [0.8, 0.01],
    agentHoursPerWeek: [320, 0],
    staffCostPerWeek: [13_440, 10],
    lostUserHoursPerWeek: [700, 40],
    lostProductivityCostPerWeek: [38_500, 2000],
    totalCostPerWeek: [51_940, 2000],
  });
  const twoMore = metrics({
    timeInSystemP95Minutes: [186, 15],
    staffCostPerWeek: [15_785, 10],
    lostProductivityCostPerWeek: [34_377, 2000],
    totalCostPerWeek: [50_162, 2000],
  });
  const cheaper = metrics({
    timeInSystemP95Minutes: [394, 20],
    staffCostPerWeek: [11_440, 10],
    lostProductivityCostPerWeek: [39_000, 2000],
    totalCostPerWeek: [50_440, 2000],
  });
  return {
    seed: 1,
    replications: 10,
    commonRandomNumbers: true,
    options: [
      option('Today', 'EUR', today, [
        { ...P1, verdict: 'met', serviceLevel: [0.97, 0.01] },
        { ...P2, verdict: 'missed', serviceLevel: [0.85, 0.02] },
      ]),
      option('Two more at the desk', 'EUR', twoMore, [
        { ...P1, verdict: 'met', serviceLevel: [0.99, 0.01] },
        { ...P2, verdict: 'met', serviceLevel: [0.93, 0.01] },
      ]),
      option('Cheaper desk', 'EUR', cheaper, [
        { ...P1, targetMinutes: 30, verdict: 'uncertain', serviceLevel: [0.95, 0.02] },
        { ...P2, verdict: 'missed', serviceLevel: [0.84, 0.02] },
      ]),
    ],
    differences: [
      {
        name: 'Two more at the desk',
        overall: metrics({
          timeInSystemP95Minutes: [-198, 20],
          staffCostPerWeek: [2345, 45],
          lostProductivityCostPerWeek: [-4123, 900],
          totalCostPerWeek: [-1778, 920],
        }),
        classes: [
          { id: 'P1', name: 'P1 critical', metrics: metrics({ serviceLevel: [0.02, 0.01] }) },
          { id: 'P2', name: 'P2 high', metrics: metrics({ serviceLevel: [0.08, 0.02] }) },
        ],
      },
      {
        name: 'Cheaper desk',
        overall: metrics({
          timeInSystemP95Minutes: [10, 30],
          staffCostPerWeek: [-2000, 10],
          lostProductivityCostPerWeek: [500, 900],
          totalCostPerWeek: [-1500, 1000],
        }),
        classes: [
          { id: 'P1', name: 'P1 critical', metrics: metrics({ serviceLevel: [-0.02, 0.01] }) },
          { id: 'P2', name: 'P2 high', metrics: metrics({ serviceLevel: [-0.01, 0.02] }) },
        ],
      },
    ],
  } as unknown as Comparison;
}
