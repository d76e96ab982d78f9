import { costOptimalStaffing } from '../../simulator/index.ts';
import { formatMeasures, measuresJson } from './format-measures.ts';
import { numberOption, type Output, UsageError } from './output.ts';
import { type QueueOptions, withOptionNames } from './queue-options.ts';

export interface CostOptionStrings {
  staffCost?: string;
  userHourCost?: string;
  usersPerTicket?: string;
  json?: boolean;
}

const AMOUNT = { min: 0, exclusiveMin: true, expected: 'an amount > 0' };

/** True when any cost option was given (the command then minimises cost instead of meeting targets). */
export function wantsCostOptimum(options: CostOptionStrings): boolean {
  return (
    options.staffCost !== undefined ||
    options.userHourCost !== undefined ||
    options.usersPerTicket !== undefined
  );
}

/** `stafflab staff --staff-cost K --user-hour-cost W [--users-per-ticket U]`: the cheapest headcount. */
export async function costCommand(
  queue: QueueOptions,
  options: CostOptionStrings,
  shrinkage: number,
  output: Output,
): Promise<void> {
  const staffCostPerAgentHour = numberOption('staff-cost', options.staffCost, AMOUNT);
  const userHourCost = numberOption('user-hour-cost', options.userHourCost, AMOUNT);
  if (staffCostPerAgentHour === undefined || userHourCost === undefined) {
    throw new UsageError(
      '--staff-cost and --user-hour-cost go together: the cost of an agent-hour and of a user-hour lost waiting',
    );
  }
  if (queue.model !== 'c')
    throw new UsageError(
      '--model: cost-optimal staffing uses Erlang C (--model c): with abandonment a user who gives up would look free, and without waiting there is nothing to price',
    );
  let answer: ReturnType<typeof costOptimalStaffing>;
  try {
    answer = costOptimalStaffing({
      ...queue,
      model: queue.model,
      staffCostPerAgentHour,
      userHourCost,
      usersAffectedPerTicket: numberOption('users-per-ticket', options.usersPerTicket, AMOUNT),
      shrinkage,
    });
  } catch (error) {
    throw withOptionNames(error);
  }
  const { rosteredAgents } = answer;
  const costs = {
    staffCostPerHour: answer.staffCostPerHour,
    waitingCostPerHour: answer.waitingCostPerHour,
    totalCostPerHour: answer.totalCostPerHour,
    squareRootAgents: answer.squareRootAgents,
  };
  if (options.json === true) {
    output.out(
      `${JSON.stringify(measuresJson(answer, { rosteredAgents, shrinkage, ...costs }), null, 2)}\n`,
    );
    return;
  }
  const money = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 0 });
  output.out(
    [
      `${answer.agents} agents working tickets (roster ${rosteredAgents}) minimise salaries plus lost user time: ${money(answer.totalCostPerHour)} an hour (${money(answer.staffCostPerHour)} salaries + ${money(answer.waitingCostPerHour)} users waiting).`,
      `The square-root rule of Borst, Mandelbaum & Reiman gives ${answer.squareRootAgents}.`,
      '',
      formatMeasures(answer, undefined),
    ].join('\n'),
  );
}
