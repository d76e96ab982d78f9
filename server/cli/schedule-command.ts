import { writeFile } from 'node:fs/promises';
import Table from 'cli-table3';
import {
  applyVariant,
  type DayPattern,
  formatMinutes,
  groupPath,
  groupTargets,
  type IntervalMethod,
  intervalPlan,
  iterativeStaffing,
  type ShiftSchedule,
  type SimulationResult,
  scheduleShifts,
  simulateScenario,
} from '../../simulator/index.ts';
import { type ExperimentFlags, experimentOptions, withExecutor } from './experiment-options.ts';
import { formatValue } from './format-result.ts';
import { integerOption, numberOption, type Output, UsageError } from './output.ts';
import { weekGrid, workload } from './plan-command.ts';
import { createProgressBar } from './progress-bar.ts';
import { readScenarioFile } from './read-scenario-file.ts';

export interface ScheduleFlags extends ExperimentFlags {
  group?: string;
  method?: string;
  lengths?: string;
  starts?: string;
  days?: string;
  maxOccupancy?: string;
  maxWaitProbability?: string;
  out?: string;
}

const DAY_PATTERNS: readonly DayPattern[] = ['weekdays', 'every-day', 'five-on'];
const METHODS: readonly IntervalMethod[] = ['sipp', 'lag-sipp', 'mol'];

/**
 * `stafflab schedule <scenario> [--group G]`: agents required per hour of the week for the
 * group's targets, the cheapest shifts covering them (HiGHS), and the roster verified by
 * simulating the scenario with those shifts.
 */
export async function scheduleCommand(
  file: string,
  flags: ScheduleFlags,
  output: Output,
): Promise<void> {
  const run = experimentOptions(flags);
  const method = (flags.method ?? 'sipp') as IntervalMethod | 'isa';
  if (![...METHODS, 'isa'].includes(method)) {
    throw new UsageError(
      `--method: got ${JSON.stringify(flags.method)}, expected one of ${METHODS.join(', ')}, isa`,
    );
  }
  const maxWaitProbability = numberOption('max-wait-probability', flags.maxWaitProbability, {
    min: 0,
    max: 1,
    exclusiveMin: true,
    expected: 'a fraction above 0 and below 1, e.g. 0.2',
  });
  if ((method === 'isa') !== (maxWaitProbability !== undefined)) {
    throw new UsageError(
      '--method isa staffs each hour by simulation for a probability of waiting: give it with --max-wait-probability, and that option only with it',
    );
  }
  const lengthsHours = listOption('lengths', flags.lengths ?? '8', 1, 16);
  const startHours =
    flags.starts === undefined ? range(0, 23) : listOption('starts', flags.starts, 0, 23);
  const days = (flags.days ?? 'five-on').split(',').map((d) => d.trim()) as DayPattern[];
  for (const d of days) {
    if (!DAY_PATTERNS.includes(d)) {
      throw new UsageError(
        `--days: got ${JSON.stringify(d)}, expected a list of ${DAY_PATTERNS.join(', ')}`,
      );
    }
  }
  const maxOccupancy =
    numberOption('max-occupancy', flags.maxOccupancy, {
      min: 0,
      max: 1,
      exclusiveMin: true,
      expected: 'a fraction above 0 and at most 1, e.g. 0.85',
    }) ?? 0.85;
  const scenario = await readScenarioFile(file);
  const groupId =
    flags.group ?? (scenario.groups.length === 1 ? scenario.groups[0]?.id : undefined);
  const { arrivalsPerHour, work, patience, title } = workload(scenario, groupId);
  const group = scenario.groups.find((g) => g.id === groupId) ?? scenario.groups[0];
  const shrinkage = group?.shrinkage ?? 0;
  const targets =
    maxWaitProbability === undefined
      ? groupTargets(scenario, group?.id ?? '', maxOccupancy)
      : [{ maxWaitProbability }];
  let required: number[];
  if (maxWaitProbability !== undefined) {
    // The simulation-based iterative staffing algorithm (Feldman et al. 2008), rostered.
    const progress = createProgressBar(output, 'Iterating');
    try {
      const plan = iterativeStaffing({
        arrivalsPerHour,
        work,
        patience,
        maxWaitProbability,
        seed: run.seed,
        onProgress: progress.count,
      });
      required = plan.agentsByHour.map((agents) => Math.ceil(agents / (1 - shrinkage) - 1e-9));
    } finally {
      progress.stop();
    }
  } else {
    // Each class's target on the group's whole load; the hour's requirement is the largest.
    const plans = targets.map((t) =>
      intervalPlan({
        method: method as IntervalMethod,
        model: 'c',
        arrivalsPerHour,
        meanWorkMinutes: work.mean / (group?.speed ?? 1),
        targets: t,
        shrinkage,
      }),
    );
    required = arrivalsPerHour.map((_, h) =>
      Math.max(0, ...plans.map((plan) => plan.intervals[h]?.rosteredAgents ?? 0)),
    );
  }
  const schedule = await scheduleShifts(required, {
    lengthsHours,
    startHours,
    days,
    costPerAgentHour: group?.costPerAgentHour,
  });
  const rostered = applyVariant(
    scenario,
    {
      name: 'scheduled shifts',
      changes: [
        { path: groupPath(group?.id ?? '', 'agents'), remove: true },
        { path: groupPath(group?.id ?? '', 'shifts'), value: schedule.shifts },
      ],
    },
    'schedule',
  );
  const progress = createProgressBar(output, 'Verifying');
  let verification: SimulationResult;
  try {
    verification = (
      await withExecutor(run.workers, (executor) =>
        simulateScenario(rostered, {
          replications: run.replications,
          seed: run.seed,
          executor,
          onProgress: progress.update,
        }),
      )
    ).result;
  } finally {
    progress.stop();
  }
  if (flags.out !== undefined) {
    await writeFile(flags.out, `${JSON.stringify(rostered, null, 2)}\n`);
  }
  if (flags.json === true) {
    output.out(
      `${JSON.stringify({ group: group?.id, method, targets, schedule, verification }, null, 2)}\n`,
    );
    return;
  }
  output.out(formatSchedule(title, method, schedule, verification, group?.id ?? '', flags.out));
}

function listOption(name: string, text: string, min: number, max: number): number[] {
  const values = text.split(',').flatMap((part) => {
    const span = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(part);
    if (span !== null) return range(Number(span[1]), Number(span[2]));
    const value = integerOption(name, part.trim().replace(/h$/, ''), min, max);
    return value === undefined ? [] : [value];
  });
  if (values.length === 0 || values.some((v) => v < min || v > max)) {
    throw new UsageError(
      `--${name}: got ${JSON.stringify(text)}, expected whole numbers or ranges from ${min} to ${max}, such as "8" or "6-10,14"`,
    );
  }
  return [...new Set(values)];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function formatSchedule(
  title: string,
  method: string,
  schedule: ShiftSchedule,
  verification: SimulationResult,
  groupId: string,
  written: string | undefined,
): string {
  const shifts = new Table({
    head: ['Shift', 'Days', 'Start', 'End', 'Agents'],
    style: { head: [], border: [], compact: true },
  });
  for (const s of schedule.shifts)
    shifts.push([s.name, s.days.join(' '), s.start, s.end, String(s.agents)]);
  const verdicts = new Table({
    head: ['Class', 'Service level (simulated)', 'Target', 'Verdict'],
    style: { head: [], border: [], compact: true },
  });
  for (const c of verification.classes) {
    if (c.target === null) continue;
    verdicts.push([
      c.name,
      formatValue(c.metrics.serviceLevel, 'fraction'),
      `${Math.round(c.target.attainment * 100)} % within ${formatMinutes(c.target.targetMinutes)}`,
      c.target.verdict,
    ]);
  }
  const group = verification.groups.find((g) => g.id === groupId);
  return [
    `${title}: shifts covering the ${method.toUpperCase()} requirement, chosen by HiGHS (${schedule.status.toLowerCase()}, ${schedule.patterns} patterns considered)`,
    '',
    'Agents required by hour of the week (rostered, shrinkage included):',
    weekGrid(schedule.required),
    'Agents scheduled by hour of the week:',
    weekGrid(schedule.scheduled),
    '',
    shifts.toString(),
    `${schedule.agentHoursPerWeek.toLocaleString('en')} scheduled agent-hours a week for ${schedule.requiredAgentHoursPerWeek.toLocaleString('en')} required (${Math.round((schedule.agentHoursPerWeek / Math.max(schedule.requiredAgentHoursPerWeek, 1) - 1) * 100)} % over-cover, the price of whole shifts).`,
    '',
    `Verified by simulating the scenario with these shifts (${verification.replications} replications, seed ${verification.seed}):`,
    verdicts.toString(),
    group === undefined
      ? ''
      : `Occupancy of the group: ${formatValue(group.metrics.occupancy, 'fraction')}.`,
    ...(written === undefined ? [] : [`The scenario with these shifts is written to ${written}.`]),
    '',
  ].join('\n');
}
