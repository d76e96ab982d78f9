import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.ts';
import { applyVariant } from '../../../simulator/index.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

const dir = mkdtempSync(join(tmpdir(), 'stafflab-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('server life cycle', () => {
  it('lets one server at a time use a database file', async () => {
    const databasePath = join(dir, 'one.db');
    const first = await buildApp({ databasePath, workers: 1 });
    const second = await buildApp({ databasePath, workers: 1 }).catch((e: unknown) => e);
    await first.close();
    expect((second as Error).message).toMatch(/in use by another stafflab server/);
    // Once the first has closed, the file is free again.
    const third = await buildApp({ databasePath, workers: 1 });
    await third.close();
  });

  it('closes with a client following a run (500 replications), which hears it was cancelled', async () => {
    const slow = applyVariant(loadExampleScenario('validation-erlang-c.json'), {
      name: 'slow',
      changes: [{ path: 'run.horizon', value: '40w' }],
    });
    const app = await buildApp({ databasePath: join(dir, 'two.db'), workers: 1 });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const started = await fetch(`${address}/api/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'simulate', scenario: slow, replications: 500 }),
    });
    const { id } = (await started.json()) as { id: string };
    const stream = await fetch(`${address}/api/runs/${id}/events`);
    const text = stream.text();
    await app.close();
    const events = await text;
    expect(events).toMatch(
      /event: status\ndata: \{"status":"cancelled","error":"cancelled: the server was shut down"\}/,
    );
  });
});
