import { queueMeasures } from '../../simulator/index.ts';
import { formatMeasures, measuresJson } from './format-measures.ts';
import { integerOption, type Output } from './output.ts';
import { type QueueOptionStrings, readQueueOptions, withOptionNames } from './queue-options.ts';

/** `stafflab erlang`: what a closed-form model says for a given headcount. */
export async function erlangCommand(
  options: QueueOptionStrings & { agents: string },
  output: Output,
): Promise<void> {
  const queue = readQueueOptions(options);
  const agents = integerOption('agents', options.agents, 1, 1_000_000) as number;
  let measures: ReturnType<typeof queueMeasures>;
  try {
    measures = queueMeasures({ ...queue, agents });
  } catch (error) {
    throw withOptionNames(error);
  }
  output.out(
    options.json === true
      ? `${JSON.stringify(measuresJson(measures), null, 2)}\n`
      : formatMeasures(measures, queue.targetMinutes),
  );
}
