import type { ScenarioResult } from '../scenario/run-scenario.ts';
import { formatMinutes } from '../units.ts';

/**
 * Three to six sentences a consultant can read out as they stand: volume, the targets met or
 * missed, waits and time to resolve, agent time, cost, and a warning when the backlog grows.
 * Numbers are the means over replications; verdicts are judged on their confidence intervals.
 *
 * @example
 * plainSummary(result)[0] // => 'Over 12 weeks (10 replications), about 600 tickets arrived a week.'
 */
export function plainSummary(result: ScenarioResult): string[] {
  const { overall } = result;
  const weeks = (result.horizonMinutes - result.warmUpMinutes) / 10080;
  const arrived = overall.arrived?.mean ?? 0;
  const deflected = overall.deflected?.mean ?? 0;
  const sentences = [
    `Over ${count(weeks)} week${weeks === 1 ? '' : 's'} (${result.replications} replication${result.replications === 1 ? '' : 's'}), about ${count((arrived + deflected) / weeks)} tickets arrived a week${deflected > 0 ? `, ${percent(deflected / (arrived + deflected))} of them solved by self-service` : ''}.`,
  ];
  const targets = result.classes.filter((c) => c.target !== null);
  const missed = targets.filter((c) => c.target?.verdict === 'missed');
  const unclear = targets.filter((c) => c.target?.verdict === 'uncertain');
  if (targets.length > 0) {
    if (missed.length === 0 && unclear.length === 0) {
      sentences.push(
        targets.length === 1
          ? 'The service-level target is met.'
          : `All ${targets.length} service-level targets are met.`,
      );
    } else {
      const parts = missed.map(
        (c) =>
          `${c.name} starts ${percent(c.metrics.serviceLevel?.mean ?? 0)} of tickets within ${formatMinutes(c.target?.targetMinutes ?? 0)} against a target of ${percent(c.target?.attainment ?? 0)}`,
      );
      if (parts.length > 0)
        sentences.push(
          `${capitalise(list(parts))}: ${missed.length === 1 ? 'that target is' : 'those targets are'} missed.`,
        );
      if (unclear.length > 0) {
        sentences.push(
          `${list(unclear.map((c) => c.name))} ${unclear.length === 1 ? 'is' : 'are'} too close to call: run more replications.`,
        );
      }
    }
  }
  const asa = overall.asaMinutes?.mean;
  const p95 = overall.timeInSystemP95Minutes?.mean;
  if (asa !== undefined && p95 !== undefined) {
    sentences.push(
      `Users wait ${formatMinutes(asa)} on average before work starts, and 95 % of tickets are resolved within ${formatMinutes(p95)}.`,
    );
  }
  const occupancy = overall.occupancy?.mean;
  const overtime = overall.overtimeHoursPerWeek?.mean ?? 0;
  if (occupancy !== undefined) {
    sentences.push(
      `Technicians spend ${percent(occupancy)} of their time on duty working tickets${overtime >= 0.05 ? `, with ${count(overtime)} hours of overtime a week to finish tickets after their shift` : ''}.`,
    );
  }
  const staff = overall.staffCostPerWeek?.mean;
  const lost = overall.lostProductivityCostPerWeek?.mean;
  const lostHours = overall.lostUserHoursPerWeek?.mean;
  if (staff !== undefined && lost !== undefined && lostHours !== undefined) {
    const money = (value: number) =>
      `${Math.round(value).toLocaleString('en')}${result.currency === null ? '' : ` ${result.currency}`}`;
    sentences.push(
      `Staff cost ${money(staff)} a week; users lose ${count(lostHours)} working hours a week to open tickets, worth ${money(lost)}: ${money(staff + lost)} in all.`,
    );
  }
  const open = overall.openAtEnd?.mean ?? 0;
  if (arrived > 0 && open / arrived > 0.05) {
    sentences.push(
      `The backlog grows: ${percent(open / arrived)} of the tickets were still open at the end of the run, so the team cannot keep up.`,
    );
  }
  return sentences;
}

function count(value: number): string {
  return value >= 100
    ? Math.round(value).toLocaleString('en')
    : Number(value.toPrecision(2)).toString();
}

function percent(value: number): string {
  return `${(value * 100).toFixed(value >= 0.995 || value < 0.1 ? 1 : 0)} %`;
}

function list(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
