import Table from 'cli-table3';
import {
  formatMinutes,
  queueMeasures,
  requiredAgents,
  type StaffingAnswer,
  type StaffingTargets,
} from '../../simulator/index.ts';
import { type CostOptionStrings, costCommand, wantsCostOptimum } from './cost-command.ts';
import { formatMeasures, measuresJson, percent } from './format-measures.ts';
import { numberOption, type Output, UsageError } from './output.ts';
import { planCommand } from './plan-command.ts';
import {
  durationOption,
  type QueueOptionStrings,
  readQueueOptions,
  withOptionNames,
} from './queue-options.ts';

export interface StaffOptionStrings extends QueueOptionStrings, CostOptionStrings {
  targetSl?: string;
  targetAsa?: string;
  maxWaitProbability?: string;
  scenario?: string;
  method?: string;
  group?: string;
  maxOccupancy?: string;
  maxAbandon?: string;
  maxBlocking?: string;
  shrinkage?: string;
}

const FRACTION = { min: 0, max: 1, expected: 'a fraction between 0 and 1 (not a percentage)' };

/** `stafflab staff`: the fewest agents meeting every target, and the roster with shrinkage. */
export async function staffCommand(options: StaffOptionStrings, output: Output): Promise<void> {
  const targetMinutes =
    options.targetTime === undefined
      ? undefined
      : durationOption('target-time', options.targetTime);
  const deadline = options.method === 'deadline';
  if (deadline) {
    const other = Object.entries({
      '--target-sl': options.targetSl,
      '--target-asa': options.targetAsa,
      '--max-wait-probability': options.maxWaitProbability,
      '--max-occupancy': options.maxOccupancy,
      '--max-abandon': options.maxAbandon,
      '--max-blocking': options.maxBlocking,
      '--model': options.model,
    }).find(([, value]) => value !== undefined);
    if (other !== undefined) {
      throw new UsageError(
        `${other[0]}: not with --method deadline, whose only target is --target-time (every ticket done within it)`,
      );
    }
  }
  if (options.method === 'compare') {
    for (const [name, value] of [
      ['--shrinkage', options.shrinkage],
      ['--model', options.model],
    ] as const) {
      if (value !== undefined) {
        throw new UsageError(
          `${name}: not with --method compare, which compares agents working tickets (before shrinkage) under the scenario's own model`,
        );
      }
    }
  }
  const targets = deadline ? {} : readTargets(options, targetMinutes);
  const shrinkage = numberOption('shrinkage', options.shrinkage, FRACTION) ?? 0;
  if (options.scenario !== undefined) {
    for (const [given, name] of [
      [options.arrivalsPerHour, '--arrivals-per-hour'],
      [options.aht, '--aht'],
      [options.patience, '--patience'],
    ] as const) {
      if (given !== undefined)
        throw new UsageError(`${name}: not with --scenario, which gives the arrivals and the work`);
    }
    await planCommand({ ...options, scenario: options.scenario }, targets, shrinkage, output);
    return;
  }
  if (options.method !== undefined)
    throw new UsageError('--method: only with --scenario (a weekly profile to plan for)');
  if (options.group !== undefined)
    throw new UsageError('--group: only with --scenario (the scenario whose group to staff)');
  const queue = readQueueOptions(options);
  if (wantsCostOptimum(options)) {
    if (Object.values(targets).some((target) => target !== undefined)) {
      throw new UsageError(
        'Give either targets or costs: with --staff-cost the headcount minimises cost, with targets it meets them',
      );
    }
    await costCommand(queue, options, shrinkage, output);
    return;
  }
  let answer: StaffingAnswer;
  try {
    answer = requiredAgents({ ...queue, targets, shrinkage });
  } catch (error) {
    throw withOptionNames(error);
  }
  if (options.json === true) {
    output.out(
      `${JSON.stringify(measuresJson(answer, { rosteredAgents: answer.rosteredAgents, shrinkage, bindingTargets: answer.bindingTargets }), null, 2)}\n`,
    );
    return;
  }
  output.out(
    [
      `${answer.agents} agents meet every target; with ${percent(shrinkage)} shrinkage, roster ${answer.rosteredAgents}.`,
      '',
      formatMeasures(answer, queue.targetMinutes),
      'Around the answer:',
      neighbourhood(answer, queue, targets),
    ].join('\n'),
  );
}

function readTargets(
  options: StaffOptionStrings,
  targetMinutes: number | undefined,
): StaffingTargets {
  const attainment = numberOption('target-sl', options.targetSl, FRACTION);
  if ((attainment === undefined) !== (targetMinutes === undefined)) {
    throw new UsageError(
      '--target-sl and --target-time go together: e.g. --target-sl 0.8 --target-time 20s (80 % of tickets start within 20 seconds)',
    );
  }
  return {
    serviceLevel:
      attainment === undefined || targetMinutes === undefined
        ? undefined
        : { attainment, targetMinutes },
    asaMinutes:
      options.targetAsa === undefined ? undefined : durationOption('target-asa', options.targetAsa),
    maxWaitProbability: numberOption('max-wait-probability', options.maxWaitProbability, FRACTION),
    maxOccupancy: numberOption('max-occupancy', options.maxOccupancy, FRACTION),
    maxAbandon: numberOption('max-abandon', options.maxAbandon, FRACTION),
    maxBlocking: numberOption('max-blocking', options.maxBlocking, FRACTION),
  };
}

/** Agents from answer − 3 to answer + 3 against service level, ASA and occupancy, the answer marked. */
function neighbourhood(
  answer: StaffingAnswer,
  queue: ReturnType<typeof readQueueOptions>,
  targets: StaffingTargets,
): string {
  const table = new Table({
    head: [
      'Agents',
      'Service level',
      'ASA',
      'Occupancy',
      ...(queue.model === 'a' ? ['Abandoned'] : []),
      ...(queue.model === 'b' ? ['Blocked'] : []),
      '',
    ],
    style: { head: [], border: [], compact: true },
  });
  for (let agents = Math.max(1, answer.agents - 3); agents <= answer.agents + 3; agents++) {
    if (queue.model === 'c' && agents <= answer.offeredLoad) continue;
    const m = queueMeasures({ ...queue, agents });
    table.push([
      String(agents),
      m.serviceLevel === null ? '–' : percent(m.serviceLevel),
      formatMinutes(m.asaMinutes),
      percent(m.occupancy),
      ...(m.abandonProbability === undefined ? [] : [percent(m.abandonProbability)]),
      ...(m.blockingProbability === undefined ? [] : [percent(m.blockingProbability)]),
      agents === answer.agents ? '◀ fewest meeting every target' : '',
    ]);
  }
  void targets;
  return `${table.toString()}\n`;
}
