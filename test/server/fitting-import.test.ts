import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTicketFile } from '../../server/fitting/read-ticket-file.ts';
import { isSimulatorError } from '../../simulator/index.ts';
import { csvFile } from '../helpers/synthetic-log.ts';

const realLog = new URL('../../../shared/data/helpdesk-event-log.csv', import.meta.url).pathname;

async function failure(path: string, options = {}): Promise<string> {
  const error = await readTicketFile(path, options).catch((e: unknown) => e);
  expect(isSimulatorError(error), String(error)).toBe(true);
  return (error as Error).message;
}

describe('reading ticket exports', () => {
  it('reads the real help-desk event log whole, guessing its columns', async () => {
    const log = await readTicketFile(realLog, { timeZone: 'Europe/Rome' });
    // The data's README: 4,580 tickets, 21,348 events.
    expect(log.shape).toBe('events');
    expect(log.rows).toBe(21_348);
    expect(log.tickets).toHaveLength(4_580);
    expect(log.rejectedCount).toBe(0);
    expect(log.columns).toMatchObject({ id: 'case:concept:name', timestamp: 'time:timestamp' });
    // 22 anonymised resources, per the README.
    expect(new Set(log.activity.flatMap((a) => a.resources)).size).toBe(22);
    // Every ticket has a "Resolve ticket" event but ten, still open when the log ends.
    expect(log.tickets.filter((t) => t.resolved === null).length).toBe(10);
  });

  it('reads one row per ticket with semicolons, day-first dates and a time zone', async () => {
    const path = csvFile('tickets.csv', [
      'Incident ID;Opened;Resolved;Priority;Assignment group',
      'INC1;04/03/2024 09:15;04/03/2024 10:45;P2;Network',
      'INC2;25/03/2024 14:00;;P3;Desktop',
    ]);
    const log = await readTicketFile(path, { timeZone: 'Europe/Rome' });
    expect(log.shape).toBe('tickets');
    expect(log.formats.opened).toBe('d/M/yyyy H:mm');
    // 09:15 in Rome on 4 March 2024 (CET, UTC+1) is 08:15 UTC.
    expect(log.tickets[0]?.opened).toBe(Date.UTC(2024, 2, 4, 8, 15));
    expect(log.tickets[0]).toMatchObject({ priority: 'P2', group: 'Network' });
    expect(log.tickets[1]?.resolved).toBeNull();
    // Both "04/03" readings are dates: the choice is said.
    expect(log.warnings.join(' ')).toMatch(/day\/month/);
  });

  it('rejects bad rows with their line and reason, and keeps the rest', async () => {
    const path = csvFile('tickets.csv', [
      'id,created,resolved',
      'A,2024-03-04T09:00:00Z,2024-03-04T10:00:00Z',
      ',2024-03-04T09:00:00Z,',
      'C,yesterday,',
      'D,2024-03-05T09:00:00Z,2024-03-04T09:00:00Z',
      'A,2024-03-06T09:00:00Z,',
      'F,2024-03-06T11:00:00Z',
      'G,2024-03-07T09:00:00Z,2024-03-07T12:00:00Z',
    ]);
    const log = await readTicketFile(path);
    expect(log.tickets.map((t) => t.id)).toEqual(['A', 'G']);
    expect(log.rejectedCount).toBe(5);
    expect(log.rejected).toEqual([
      { line: 3, reason: 'no ticket id in column "id"' },
      { line: 4, reason: 'unreadable time "yesterday" in column "created"' },
      { line: 5, reason: 'resolved (2024-03-04T09:00:00Z) is before the opening time' },
      { line: 6, reason: 'ticket "A" appears again (first on line 2)' },
      { line: 7, reason: '2 fields where the header has 3' },
    ]);
  });

  it('counts hand-offs between technicians and moves between groups in an event log', async () => {
    const path = csvFile('events.csv', [
      'Case ID,Activity,Timestamp,Resource,Group',
      'T1,Created,2024-03-04 09:00,ann,Desk',
      'T1,In progress,2024-03-04 09:05,ann,Desk',
      'T1,Escalated,2024-03-04 09:30,bob,Network',
      'T1,Resolved,2024-03-04 11:00,bob,Network',
      'T2,Created,2024-03-04 10:00,ann,Desk',
      'T2,Resolved,2024-03-04 10:20,ann,Desk',
    ]);
    const log = await readTicketFile(path);
    expect(log.shape).toBe('events');
    expect(log.tickets.map((t) => [t.id, t.handedOver, t.handOffs, t.group])).toEqual([
      ['T1', true, 1, 'Network'],
      ['T2', false, 0, 'Desk'],
    ]);
    expect(log.tickets[0]?.firstTouched).toBe(Date.UTC(2024, 2, 4, 9, 5));
    expect(log.transitions).toEqual([{ from: 'ann', to: 'bob', count: 1 }]);
    expect(log.groupTransitions).toEqual([{ from: 'Desk', to: 'Network', count: 1 }]);
    // ann and bob in the 09:00 hour, ann alone at 10:00, bob alone at 11:00.
    expect(log.activity.map((a) => a.resources.sort())).toEqual([['ann', 'bob'], ['ann'], ['bob']]);
  });

  it('finds the format of a time column empty in the first rows (open tickets of a newest-first export)', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => {
      const opened = `2024-05-${String(28 - Math.floor(i / 12)).padStart(2, '0')} ${String(8 + (i % 10)).padStart(2, '0')}:00`;
      return i < 250 ? `T${i},${opened},` : `T${i},${opened},2024-05-29 18:00`;
    });
    const log = await readTicketFile(
      csvFile('newest-first.csv', ['Number,Opened,Resolved', ...rows]),
    );
    expect(log.formats.resolved).toBe('iso');
    expect(log.tickets.filter((t) => t.resolved !== null)).toHaveLength(50);
  });

  it('reads one-digit day-first dates day-first and says they were ambiguous', async () => {
    const log = await readTicketFile(
      csvFile('short-dates.csv', ['id,created', 'A,3/7/2024 9:15', 'B,4/7/2024 10:00']),
    );
    expect(log.tickets[0]?.opened).toBe(Date.UTC(2024, 6, 3, 9, 15));
    expect(log.warnings.join(' ')).toMatch(/read as day\/month .*--date-format "M\/d\/yyyy H:mm"/);
  });

  it('reads local times across a daylight-saving change in the zone given', async () => {
    // New York: 2024-03-10 01:30 is EST (UTC−5), 03:30 is EDT (UTC−4).
    const log = await readTicketFile(
      csvFile('dst.csv', ['id,created', 'A,2024-03-10 01:30', 'B,2024-03-10 03:30']),
      { timeZone: 'America/New_York' },
    );
    expect(log.tickets.map((t) => t.opened)).toEqual([
      Date.UTC(2024, 2, 10, 6, 30),
      Date.UTC(2024, 2, 10, 7, 30),
    ]);
  });

  it('keeps tickets whose effort cannot be read, and reads h:mm effort', async () => {
    const log = await readTicketFile(
      csvFile('effort.csv', [
        'id,created,resolved,Work minutes',
        'A,2024-03-04 09:00,2024-03-04 10:00,1:30',
        'B,2024-03-04 09:00,2024-03-04 10:00,lots',
        'C,2024-03-04 09:00,2024-03-04 10:00,45',
      ]),
    );
    expect(log.tickets.map((t) => t.workMinutes)).toEqual([90, null, 45]);
    expect(log.warnings.join(' ')).toMatch(/1 effort values .* \(first on line 3: "lots"\)/);
  });

  it('reads what comes before a quote that is never closed, and reports the rest', async () => {
    const log = await readTicketFile(
      csvFile('quote.csv', [
        'id,created,resolved',
        'A,2024-03-04T09:00:00Z,2024-03-04T10:00:00Z',
        'B,"2024-03-05T09:00:00Z,',
        'C,2024-03-06T09:00:00Z,',
      ]),
    );
    expect(log.tickets.map((t) => t.id)).toEqual(['A']);
    expect(log.rejected[0]?.reason).toMatch(
      /a quoted field .* never closed: the rest of the file could not be read/,
    );
  });

  it('notices events listed out of time order', async () => {
    const log = await readTicketFile(
      csvFile('order.csv', [
        'Case ID,Activity,Timestamp,Resource',
        'T1,Resolved,2024-03-04 11:00,bob',
        'T1,Created,2024-03-04 09:00,ann',
      ]),
    );
    expect(log.tickets[0]).toMatchObject({
      opened: Date.UTC(2024, 2, 4, 9),
      resolved: Date.UTC(2024, 2, 4, 11),
    });
    expect(log.warnings.join(' ')).toMatch(/1 events come before an event listed above them/);
  });

  it('explains files it cannot read at all', async () => {
    expect(await failure(csvFile('empty.csv', []))).toMatch(
      /file: .*expected a CSV file with a header row and data rows/,
    );
    const empty = csvFile('zero.csv', []);
    writeFileSync(empty, '');
    expect(await failure(empty)).toMatch(/this one is empty/);
    const binary = csvFile('junk.csv', []);
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
    expect(await failure(binary)).toMatch(/binary data/);
    expect(await failure(csvFile('one.csv', ['ticket created resolved', 'x 1 2']))).toMatch(
      /header: .*expected a header of two or more columns/,
    );
    expect(await failure(csvFile('cols.csv', ['foo,bar', '1,2']))).toMatch(
      /columns: got "foo, bar", expected a ticket id and an opening time .*--map/,
    );
    expect(await failure(csvFile('dates.csv', ['id,created', 'A,soon', 'B,later']))).toMatch(
      /column "created": got "soon", expected timestamps/,
    );
    expect(await failure(csvFile('header.csv', ['id,created']))).toMatch(/rows: got 0/);
    expect(
      await failure(csvFile('zone.csv', ['id,created', 'A,2024-01-01']), {
        timeZone: 'Mars/Olympus',
      }),
    ).toMatch(/timezone: got "Mars\/Olympus"/);
    expect(
      await failure(csvFile('map.csv', ['id,created', 'A,2024-01-01']), {
        map: { opened: 'When' },
      }),
    ).toMatch(/map\.opened: got "When", expected a column of the header \(id, created\)/);
  });
});
