import Table from 'cli-table3';
import { formatMinutes, type QueueMeasures } from '../../simulator/index.ts';

const MODEL_NAMES: Record<QueueMeasures['model'], string> = {
  b: 'Erlang B (blocked tickets are lost)',
  c: 'Erlang C (tickets wait)',
  a: 'Erlang A (tickets wait, users may give up)',
};

/** The JSON form of a model's answer, with the keys the CLI reference documents. */
export function measuresJson(
  measures: QueueMeasures,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    model: measures.model,
    offeredLoad: measures.offeredLoad,
    agents: measures.agents,
    ...extra,
    waitProbability: measures.waitProbability,
    serviceLevel: measures.serviceLevel,
    asaMinutes: measures.asaMinutes,
    occupancy: measures.occupancy,
    ...(measures.abandonProbability === undefined
      ? {}
      : { abandonProbability: measures.abandonProbability }),
    ...(measures.blockingProbability === undefined
      ? {}
      : { blockingProbability: measures.blockingProbability }),
    queueLengthMean: measures.queueLengthMean,
  };
}

/** A readable two-column table of one answer. */
export function formatMeasures(measures: QueueMeasures, targetMinutes: number | undefined): string {
  const table = new Table({ style: { head: [], border: [], compact: true } });
  table.push(
    ['Model', MODEL_NAMES[measures.model]],
    [
      'Offered load',
      `${measures.offeredLoad.toFixed(2)} Erlangs (agents the work would keep busy)`,
    ],
    ['Agents', String(measures.agents)],
    ['Probability of waiting', percent(measures.waitProbability)],
  );
  if (measures.serviceLevel !== null && targetMinutes !== undefined) {
    table.push([
      `Service level (work starts within ${formatMinutes(targetMinutes)})`,
      percent(measures.serviceLevel),
    ]);
  }
  table.push(
    ['ASA (mean wait, all tickets)', formatMinutes(measures.asaMinutes)],
    ['Occupancy', percent(measures.occupancy)],
  );
  if (measures.abandonProbability !== undefined)
    table.push(['Abandoned', percent(measures.abandonProbability)]);
  if (measures.blockingProbability !== undefined)
    table.push(['Blocked', percent(measures.blockingProbability)]);
  table.push(['Mean tickets waiting', measures.queueLengthMean.toFixed(2)]);
  return `${table.toString()}\n`;
}

/** A percentage with two decimals. */
export function percent(value: number): string {
  return `${(value * 100).toFixed(2)} %`;
}
