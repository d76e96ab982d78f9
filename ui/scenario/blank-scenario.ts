/**
 * A small valid scenario to start from: one service desk of five technicians around the clock,
 * 10 tickets an hour of 20 minutes' work in two priorities, simulated for 13 weeks.
 */
export function blankScenario(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    name: 'New scenario',
    description: '',
    arrivals: { kind: 'poisson', ticketsPerHour: 10 },
    classes: [
      {
        id: 'P1',
        name: 'P1 urgent',
        share: 0.2,
        priority: 1,
        workTime: { kind: 'lognormal', mean: '20m', cv: 1 },
        serviceLevel: { targetTime: '15m', attainment: 0.9 },
      },
      {
        id: 'P2',
        name: 'P2 normal',
        share: 0.8,
        priority: 2,
        workTime: { kind: 'lognormal', mean: '20m', cv: 1 },
        serviceLevel: { targetTime: '4h', attainment: 0.8 },
      },
    ],
    groups: [
      { id: 'desk', name: 'Service desk', agents: 5, discipline: 'priority', costPerAgentHour: 40 },
    ],
    economics: { userHourCost: 50, currency: 'EUR' },
    run: { horizon: '13w', warmUp: '1w', replications: 10, seed: 1 },
  };
}
