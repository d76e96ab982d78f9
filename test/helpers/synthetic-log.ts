import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compileScenario,
  createStreamSource,
  parseScenario,
  type Scenario,
  simulateReplication,
} from '../../simulator/index.ts';
import { tempDir } from './temp-dir.ts';

/** 2024-01-01 00:00 UTC, a Monday: minute 0 of the simulation clock in the synthetic logs. */
export const SYNTHETIC_EPOCH = Date.UTC(2024, 0, 1);

/**
 * A ticket log made by the engine: every arrival and departure of one replication of `scenario`
 * (which should give its single group enough agents that nobody waits, so that a ticket's time to
 * resolve is its work time), as one row per ticket. Tickets still open at the end have no
 * resolution time.
 */
export function syntheticTickets(
  scenario: Scenario,
  seed: number,
): { opened: number; resolved: number | null }[] {
  const model = compileScenario(parseScenario(scenario));
  const tickets = new Map<number, { opened: number; resolved: number | null }>();
  simulateReplication(model, createStreamSource(seed, 0), {
    trace: (event) => {
      if (event.ticket === null) return;
      const at = SYNTHETIC_EPOCH + event.time * 60_000;
      if (event.kind === 'arrival') tickets.set(event.ticket, { opened: at, resolved: null });
      else if (event.kind === 'departure') {
        const ticket = tickets.get(event.ticket);
        if (ticket !== undefined) ticket.resolved = at;
      }
    },
  });
  return [...tickets.values()];
}

/** Writes rows to a CSV file in a temporary directory of the calling test, and returns its path. */
export function csvFile(name: string, lines: readonly string[]): string {
  const path = join(tempDir('stafflab-fit-'), name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** ISO 8601 with an explicit UTC offset, to the second. */
export function iso(ms: number): string {
  return new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
}
