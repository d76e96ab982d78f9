import Table from 'cli-table3';
import {
  aggregateWork,
  comparePlans,
  type Distribution,
  deadlineCapacity,
  formatMinutes,
  groupWorkload,
  hourlyArrivals,
  type IntervalMethod,
  intervalPlan,
  type PlanComparison,
  type QueueModel,
  type StaffingTargets,
} from '../../simulator/index.ts';
import { parseBusinessHours } from './business-hours.ts';
import { percent } from './format-measures.ts';
import { type Output, UsageError } from './output.ts';
import { createProgressBar } from './progress-bar.ts';
import { durationOption, withOptionNames } from './queue-options.ts';
import { readScenarioFile } from './read-scenario-file.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const METHODS = ['sipp', 'lag-sipp', 'mol', 'compare', 'deadline'] as const;

export interface PlanOptions {
  scenario: string;
  method?: string;
  model?: string;
  businessHours?: string;
  group?: string;
  targetTime?: string;
  json?: boolean;
}

/**
 * `stafflab staff --scenario FILE [--method sipp|lag-sipp|mol|compare]`: agents per hour of the
 * week for the scenario's arrival profile, its classes' work and patience taken together.
 */
export async function planCommand(
  options: PlanOptions,
  targets: StaffingTargets,
  shrinkage: number,
  output: Output,
): Promise<void> {
  const method = options.method ?? 'sipp';
  if (!(METHODS as readonly string[]).includes(method)) {
    throw new UsageError(
      `--method: got ${JSON.stringify(method)}, expected one of ${METHODS.join(', ')}`,
    );
  }
  const scenario = await readScenarioFile(options.scenario);
  const { arrivalsPerHour, work, patience, title } = workload(scenario, options.group);
  if (method === 'deadline') {
    deadlineCommand(
      {
        scenarioName: title,
        arrivalsPerHour,
        meanWorkMinutes: work.mean,
        targets,
        shrinkage,
        options,
      },
      output,
    );
    return;
  }
  if (options.businessHours !== undefined) {
    throw new UsageError('--business-hours: only with --method deadline');
  }
  if (method === 'compare') {
    await compareCommand(
      { arrivalsPerHour, work, patience, targets, json: options.json === true },
      output,
    );
    return;
  }
  const model = (options.model ?? (patience === null ? 'c' : 'a')) as QueueModel;
  try {
    const plan = intervalPlan({
      method: method as IntervalMethod,
      model,
      arrivalsPerHour,
      meanWorkMinutes: work.mean,
      patienceMinutes: model === 'a' ? patience?.mean : undefined,
      targets,
      shrinkage,
    });
    if (options.json === true) {
      output.out(`${JSON.stringify({ ...plan, model, meanWorkMinutes: work.mean }, null, 2)}\n`);
      return;
    }
    output.out(
      [
        `${title}: agents to roster by hour of the week (${method.toUpperCase()}, Erlang ${model.toUpperCase()}, mean work ${work.mean.toFixed(1)} min, shrinkage ${percent(shrinkage)})`,
        weekGrid(plan.intervals.map((i) => i.rosteredAgents)),
        `${plan.rosteredAgentHours.toLocaleString('en')} rostered agent-hours a week.`,
        '',
      ].join('\n'),
    );
  } catch (error) {
    throw withOptionNames(error);
  }
}

/**
 * What the plan staffs: the whole scenario as one queue when it has one group, else the group
 * chosen with --group, its visits per hour being the arrivals times its visits per ticket.
 */
export function workload(
  scenario: Awaited<ReturnType<typeof readScenarioFile>>,
  groupId: string | undefined,
): { arrivalsPerHour: number[]; work: Distribution; patience: Distribution | null; title: string } {
  const arrivalsPerHour = hourlyArrivals(scenario.arrivals);
  const ids = scenario.groups.map((g) => g.id);
  if (groupId === undefined) {
    if (ids.length > 1) {
      throw new UsageError(
        `--group: the scenario has ${ids.length} groups (${ids.join(', ')}); choose the one to staff with --group`,
      );
    }
    return { arrivalsPerHour, ...aggregateWork(scenario), title: scenario.name };
  }
  const index = ids.indexOf(groupId);
  if (index < 0) {
    throw new UsageError(
      `--group: got ${JSON.stringify(groupId)}, expected the id of a group (${ids.join(', ')})`,
    );
  }
  const { visitsPerTicket, work, patience } = groupWorkload(scenario, index);
  if (work === null) {
    throw new UsageError(`--group: no ticket ever reaches group "${groupId}"; nothing to staff`);
  }
  const group = scenario.groups[index];
  return {
    arrivalsPerHour: arrivalsPerHour.map((rate) => rate * visitsPerTicket),
    work,
    patience,
    title: `${scenario.name}, ${group?.name ?? groupId} (${visitsPerTicket.toFixed(2)} visits a ticket)`,
  };
}

async function compareCommand(
  input: {
    arrivalsPerHour: number[];
    work: ReturnType<typeof aggregateWork>['work'];
    patience: ReturnType<typeof aggregateWork>['patience'];
    targets: StaffingTargets;
    json: boolean;
  },
  output: Output,
): Promise<void> {
  const { maxWaitProbability, ...others } = input.targets;
  if (maxWaitProbability === undefined || Object.values(others).some((v) => v !== undefined)) {
    throw new UsageError(
      '--method compare staffs for a probability of waiting only: give --max-wait-probability (e.g. 0.2) and no other target',
    );
  }
  const progress = createProgressBar(output, 'Iterating');
  let comparison: PlanComparison;
  try {
    comparison = comparePlans({ ...input, maxWaitProbability, onProgress: progress.count });
  } finally {
    progress.stop();
  }
  if (input.json) {
    output.out(`${JSON.stringify(comparison, null, 2)}\n`);
    return;
  }
  const table = new Table({
    head: [
      'Method',
      'Agent-hours a week',
      'Hours under-staffed (simulated)',
      'Hours above the simulation-based plan',
    ],
    style: { head: [], border: [], compact: true },
  });
  for (const plan of comparison.plans) {
    table.push([
      plan.method.toUpperCase(),
      plan.agentHours.toLocaleString('en'),
      plan.underStaffedHours.length === 0
        ? 'none'
        : plan.underStaffedHours.map(hourName).join(', '),
      String(plan.overStaffedHours.length),
    ]);
  }
  const isa = comparison.plans.find((p) => p.method === 'isa');
  output.out(
    [
      `Staffing for at most ${percent(maxWaitProbability)} of tickets waiting, every hour. Every plan is simulated with the same tickets, on random numbers the simulation-based plan was not fitted to; each hour is tested at the 1 % level, so about ${comparison.expectedFalseFlags.toFixed(1)} hours of a plan exactly on target would be flagged by chance.`,
      comparison.isaConverged
        ? `The simulation-based plan (ISA) settled after ${comparison.isaIterations} iterations.`
        : `The simulation-based plan (ISA) had not settled to within one agent after ${comparison.isaIterations} iterations: treat it with care.`,
      table.toString(),
      'Agents working tickets by hour, simulation-based plan (ISA):',
      weekGrid(isa?.agentsByHour ?? []),
      '',
    ].join('\n'),
  );
}

/** `--method deadline`: capacity for deferred work on the business-hours clock. */
function deadlineCommand(
  input: {
    scenarioName: string;
    arrivalsPerHour: number[];
    meanWorkMinutes: number;
    targets: StaffingTargets;
    shrinkage: number;
    options: PlanOptions;
  },
  output: Output,
): void {
  const { targets, options } = input;
  if (
    options.businessHours === undefined ||
    options.targetTime === undefined ||
    Object.values(targets).some((value) => value !== undefined)
  ) {
    throw new UsageError(
      '--method deadline needs --business-hours (e.g. "Mon-Fri 08:00-18:00") and --target-time, the deadline on the business clock (e.g. 16h: two 8-hour days), and no other target',
    );
  }
  const target = durationOption('target-time', options.targetTime);
  let capacity: ReturnType<typeof deadlineCapacity>;
  try {
    capacity = deadlineCapacity({
      arrivalsPerHour: input.arrivalsPerHour,
      meanWorkMinutes: input.meanWorkMinutes,
      targetBusinessMinutes: target,
      businessHours: parseBusinessHours(options.businessHours),
      shrinkage: input.shrinkage,
    });
  } catch (error) {
    throw withOptionNames(error);
  }
  if (options.json === true) {
    output.out(`${JSON.stringify(capacity, null, 2)}\n`);
    return;
  }
  const table = new Table({
    head: ['Day', 'Business hours', 'Work due (agent-hours)', 'Agents', 'Roster'],
    style: { head: [], border: [], compact: true },
  });
  for (const day of capacity.days) {
    table.push([
      DAYS[day.day] ?? String(day.day),
      String(day.businessHours),
      day.dueWorkHours.toFixed(1),
      day.agents.toFixed(2),
      String(day.rosteredAgents),
    ]);
  }
  output.out(
    [
      `${input.scenarioName}: every ticket finished within ${formatMinutes(target)} of business time (${options.businessHours}).`,
      `The same team every business hour: ${capacity.levelAgents.toFixed(2)} agents working tickets, roster ${capacity.levelRosteredAgents} (the work alone averages ${capacity.averageAgents.toFixed(2)}).`,
      'Just in time, day by day (the work whose deadline falls that day, spread over its business hours):',
      table.toString(),
      'Agents here are work rates: they assume agents spend every business minute on tickets.',
      '',
    ].join('\n'),
  );
}

/** A 7 × 24 grid of numbers, days down, hours across. */
export function weekGrid(values: readonly (number | string)[]): string {
  const table = new Table({
    head: ['', ...Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))],
    style: { head: [], border: [], compact: true, 'padding-left': 0, 'padding-right': 0 },
  });
  DAYS.forEach((day, d) => {
    table.push([day, ...values.slice(d * 24, d * 24 + 24).map(String)]);
  });
  return table.toString();
}

function hourName(hour: number): string {
  return `${DAYS[Math.floor(hour / 24)]} ${String(hour % 24).padStart(2, '0')}:00`;
}
