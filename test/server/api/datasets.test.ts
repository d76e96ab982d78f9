import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.ts';

const realLog = readFileSync(
  new URL('../../../../shared/data/helpdesk-event-log.csv', import.meta.url),
);

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ databasePath: ':memory:', workers: 1 });
});
afterAll(async () => {
  await app.close();
});

function upload(body: string | Buffer, query = '') {
  return app.inject({
    method: 'POST',
    url: `/api/datasets${query}`,
    headers: { 'content-type': 'text/csv' },
    payload: body,
  });
}

describe('data sets', () => {
  it('uploads the real log, fits it, makes a scenario and backtests it', async () => {
    const uploaded = await upload(realLog, '?timezone=Europe/Rome&name=Help%20desk');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const { id, tickets, rows, rejected, fit } = uploaded.json();
    // As the data's README says: 4,580 tickets, 21,348 events.
    expect({ tickets, rows, rejected }).toEqual({ tickets: 4580, rows: 21348, rejected: 0 });
    expect(fit.arrivals.timeZone).toBe('Europe/Rome');
    const listed = (await app.inject({ url: '/api/datasets' })).json();
    expect(listed).toEqual([expect.objectContaining({ id, name: 'Help desk' })]);

    const made = await app.inject({
      method: 'POST',
      url: `/api/datasets/${id}/scenario`,
      payload: {},
    });
    expect(made.statusCode).toBe(201);
    const kept = (await app.inject({ url: `/api/scenarios/${made.json().scenarioId}` })).json();
    expect(kept.scenario.arrivals.kind).toBe('hour-of-week');
    expect(kept.name).toBe('Fitted from Help desk, recent level');
    expect(made.json().assumed.join(' ')).toMatch(/no effort/);

    const backtest = await app.inject({
      method: 'POST',
      url: `/api/datasets/${id}/backtest`,
      payload: { trainWeeks: 26 },
    });
    expect(backtest.statusCode).toBe(200);
    expect(backtest.json().figures).toHaveLength(4);
    expect(backtest.json().trainWeeks).toBe(26);

    expect((await app.inject({ method: 'DELETE', url: `/api/datasets/${id}` })).statusCode).toBe(
      204,
    );
    expect((await app.inject({ url: `/api/datasets/${id}` })).statusCode).toBe(404);
  });

  it('refuses an upload beyond the size limit with 413 and keeps nothing', async () => {
    const small = await buildApp({ databasePath: ':memory:', workers: 1, maxUploadBytes: 1000 });
    const response = await small.inject({
      method: 'POST',
      url: '/api/datasets',
      headers: { 'content-type': 'text/csv' },
      payload: realLog.subarray(0, 5000),
    });
    const listed = (await small.inject({ url: '/api/datasets' })).json();
    await small.close();
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('API_ERR_TOO_LARGE');
    expect(listed).toEqual([]);
  });

  it('explains files it cannot read with 422, and other bodies with 400', async () => {
    const columns = await upload('a,b\n1,2\n');
    expect(columns.statusCode).toBe(422);
    expect(columns.json().message).toMatch(/columns: got "a, b"/);
    const binary = await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect(binary.statusCode).toBe(422);
    expect(binary.json().message).toMatch(
      /file: got "the upload", expected a text CSV file; this one holds binary data/,
    );
    const zone = await upload('id,created\nA,2024-01-01 09:00\n', '?timezone=Mars/Olympus');
    expect(zone.statusCode).toBe(422);
    const json = await app.inject({
      method: 'POST',
      url: '/api/datasets',
      payload: { tickets: [] },
    });
    expect(json.statusCode).toBe(400);
    expect(
      (await app.inject({ method: 'POST', url: '/api/datasets/nope/backtest', payload: {} }))
        .statusCode,
    ).toBe(404);
  });

  it("reads columns named in `map` as the CLI's --map does, and keeps the mapping for the backtest", async () => {
    // Two candidate id columns: by name the first ("Number", the same on every row) is taken and
    // every row after the first is a duplicate; the map picks "Ref", one per ticket. 24 weeks of
    // three tickets a day, each resolved 1 to 5 hours later: enough weeks to hold some out.
    const start = Date.UTC(2024, 0, 1);
    const rows = Array.from({ length: 24 * 7 * 3 }, (_, i) => {
      const opened = start + Math.floor(i / 3) * 86_400_000 + (8 + 3 * (i % 3)) * 3_600_000;
      const resolved = opened + (1 + (i % 5)) * 3_600_000;
      const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
      return `N1,R${i},${iso(opened)},${iso(resolved)}`;
    });
    const csv = ['Number,Ref,Created,Solved', ...rows].join('\n');
    const byName = await upload(csv);
    expect(byName.statusCode).toBe(422);
    const mapped = await upload(csv, `?map=${encodeURIComponent(JSON.stringify({ id: 'Ref' }))}`);
    expect(mapped.statusCode, mapped.body).toBe(201);
    const { id, tickets, rejected, fit } = mapped.json();
    expect({ tickets, rejected }).toEqual({ tickets: 504, rejected: 0 });
    expect(fit.source.columns).toMatchObject({ id: 'Ref', opened: 'Created', resolved: 'Solved' });
    expect(fit.source.guessed).not.toContain('id');
    // The backtest reads the stored file again: with the same map, or it would find one ticket.
    const backtest = await app.inject({
      method: 'POST',
      url: `/api/datasets/${id}/backtest`,
      payload: { testWeeks: 4 },
    });
    expect(backtest.statusCode, backtest.body).toBe(200);
    expect(backtest.json().testTickets).toBe(4 * 21);
  });

  it('refuses a bad `map` with 422 naming the field, before reading the file', async () => {
    const csv = 'id,created\nA,2024-01-01 09:00\n';
    const cases: [string, RegExp][] = [
      ['not json', /^map: got "not json", expected a JSON object/],
      ['["id"]', /^map: got .*expected a JSON object/],
      ['{"ticket":"id"}', /^map\.ticket: got "ticket", expected a field, one of id, /],
      ['{"group":3}', /^map\.group: got 3, expected a column name/],
      ['{"group":""}', /^map\.group: got "", expected a column name/],
      [
        '{"group":"Team"}',
        /^map\.group: got "Team", expected a column of the header \(id, created\)/,
      ],
    ];
    for (const [map, message] of cases) {
      const response = await upload(csv, `?map=${encodeURIComponent(map)}`);
      expect(response.statusCode, map).toBe(422);
      expect(response.json().code).toBe('API_ERR_INVALID_INPUT');
      expect(response.json().message).toMatch(message);
    }
  });
});
