import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

describe('the real server on loopback', () => {
  it('keeps a scenario across a restart, in its SQLite file', async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), 'stafflab-db-')), 'stafflab.db');
    const first = await buildApp({ databasePath });
    const address = await first.listen({ host: '127.0.0.1', port: 0 });
    const created = await fetch(`${address}/api/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: loadExampleScenario('small-service-desk.json') }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await first.close();

    const second = await buildApp({ databasePath });
    const again = await second.listen({ host: '127.0.0.1', port: 0 });
    const read = await fetch(`${again}/api/scenarios/${id}`);
    const body = (await read.json()) as { version: number; scenario: { name: string } };
    await second.close();
    expect(read.status).toBe(200);
    expect(body.version).toBe(1);
    expect(body.scenario.name).toBe('Small service desk');
    rmSync(join(databasePath, '..'), { recursive: true, force: true });
  });
});
