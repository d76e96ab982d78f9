import { readFileSync } from 'node:fs';
import { applyVariant, parseScenario, type Scenario } from '../../simulator/index.ts';

// The benchmark suite's workloads (see `stafflab bench` in the README).

const AGENTS = 10;
const LOAD = 0.9;
const MEAN_WORK_MINUTES = 10;

/** Workload 1: M/M/c with 10 agents at load 0.9, exponential work, sized to `tickets` arrivals. */
export function mmcBenchScenario(tickets: number): Scenario {
  const ticketsPerMinute = (LOAD * AGENTS) / MEAN_WORK_MINUTES;
  return parseScenario({
    schemaVersion: 1,
    name: `M/M/${AGENTS}, load ${LOAD}, ${tickets.toLocaleString('en')} tickets`,
    arrivals: { kind: 'poisson', ticketsPerHour: ticketsPerMinute * 60 },
    classes: [{ id: 'all', share: 1, workTime: { kind: 'exponential', mean: MEAN_WORK_MINUTES } }],
    groups: [{ id: 'desk', agents: AGENTS }],
    run: { horizon: tickets / ticketsPerMinute, replications: 1, seed: 1 },
  });
}

/**
 * Workload 2: the same 10 agents at load 0.9 with 4 priority classes (10 %, 20 %, 30 %, 40 % of
 * tickets), lognormal work (mean 10 min, cv 1) and exponential patience (mean 30 min): the
 * bookkeeping a real desk needs, against workload 1's bare M/M/c.
 */
export function priorityBenchScenario(tickets: number): Scenario {
  const ticketsPerMinute = (LOAD * AGENTS) / MEAN_WORK_MINUTES;
  const work = { kind: 'lognormal', mean: MEAN_WORK_MINUTES, cv: 1 };
  const patience = { kind: 'exponential', mean: 30 };
  return parseScenario({
    schemaVersion: 1,
    name: `4 priorities, lognormal work, patience, ${tickets.toLocaleString('en')} tickets`,
    arrivals: { kind: 'poisson', ticketsPerHour: ticketsPerMinute * 60 },
    classes: [0.1, 0.2, 0.3, 0.4].map((share, i) => ({
      id: `P${i + 1}`,
      share,
      priority: i + 1,
      workTime: work,
      patience,
    })),
    groups: [{ id: 'desk', agents: AGENTS, discipline: 'priority' }],
    run: { horizon: tickets / ticketsPerMinute, replications: 1, seed: 1 },
  });
}

/** The tiered desk of the sweep benchmark: 25 agents on weekday shifts, 800 tickets a week. */
export function tieredBenchScenario(): Scenario {
  const file = new URL('../../scenarios/tiered-service-desk.json', import.meta.url);
  return applyVariant(JSON.parse(readFileSync(file, 'utf8')), {
    name: '25-agent tiered desk',
    changes: [
      { path: 'arrivals.ticketsPerWeek', value: 800 },
      { path: 'groups[desk].shifts[0].agents', value: 6 },
      { path: 'groups[desk].shifts[1].agents', value: 4 },
      { path: 'groups[desktop].shifts[0].agents', value: 6 },
      { path: 'groups[network].shifts[0].agents', value: 4 },
      { path: 'groups[applications].shifts[0].agents', value: 5 },
      { path: 'run.horizon', value: '13w' },
    ],
  });
}

/**
 * Workload 3: a tiered desk of 5 groups at 50,000 tickets a week for one simulated year (after a
 * week's warm-up): the tiered example scaled by 50,000 / 600 in volume and in every shift's
 * headcount, on business-hours calendars and targets, with escalation to the resolver groups and
 * a fifth group, Security, that takes 10 % of P1 and 5 % of P2 escalations and runs projects
 * beside them (a rota of 30 of its 40 engineers on tickets).
 */
export function tieredYearBenchScenario(): Scenario {
  const file = new URL('../../scenarios/tiered-service-desk.json', import.meta.url);
  const base = JSON.parse(readFileSync(file, 'utf8'));
  const scale = 50_000 / base.arrivals.ticketsPerWeek;
  base.name = 'Tiered desk of 5 groups, 50,000 tickets a week, one year';
  base.arrivals.ticketsPerWeek = 50_000;
  for (const group of base.groups) {
    for (const shift of group.shifts) shift.agents = Math.ceil(shift.agents * scale);
  }
  base.groups.push({
    id: 'security',
    name: 'Security',
    discipline: 'priority',
    costPerAgentHour: 70,
    shifts: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '17:00', agents: 40 },
    ],
    projectWork: { policy: 'rota', rotaAgents: 30 },
  });
  for (const [index, probability] of [
    [0, 0.1],
    [1, 0.05],
  ] as const) {
    const ticketClass = base.classes[index];
    ticketClass.routing[0].escalate.push({ to: 'security', probability });
    ticketClass.routing.push({
      group: 'security',
      workTime: { kind: 'lognormal', mean: '2h', cv: 1 },
    });
  }
  base.run = { horizon: '53w', warmUp: '1w', replications: 1, seed: 1 };
  return parseScenario(base);
}
