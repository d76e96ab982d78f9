import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.ts';
import { applyVariant } from '../../../simulator/index.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

const scenario = applyVariant(loadExampleScenario('validation-erlang-c.json'), {
  name: 'two weeks',
  changes: [{ path: 'run.horizon', value: '2w' }],
});

/** Reads a Server-Sent Events stream until its "status" event, returning every event seen. */
async function readEvents(
  url: string,
): Promise<{ event: string; data: Record<string, unknown> }[]> {
  const response = await fetch(url);
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: { event: string; data: Record<string, unknown> }[] = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.+)$/m.exec(block)?.[1] ?? 'message';
      const data = JSON.parse(/^data: (.+)$/m.exec(block)?.[1] ?? '{}');
      events.push({ event, data });
      end = buffer.indexOf('\n\n');
    }
  }
  return events;
}

describe('the real server on loopback, end to end', () => {
  it('runs a simulation with progress over SSE, and has its result after a restart', async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), 'stafflab-db-')), 'stafflab.db');
    const first = await buildApp({ databasePath, workers: 2 });
    const address = await first.listen({ host: '127.0.0.1', port: 0 });
    const started = await fetch(`${address}/api/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'simulate', scenario, replications: 8 }),
    });
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    const events = await readEvents(`${address}/api/runs/${id}/events`);
    const progress = events.filter((e) => e.event === 'progress').map((e) => e.data);
    expect(progress.length).toBeGreaterThan(0);
    // Replications done never go back, and the last report is the whole run.
    const done = progress.map((p) => p.done as number);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ done: 8, total: 8 });
    expect(events.at(-1)).toEqual({ event: 'status', data: { status: 'done', error: null } });
    const live = (await (await fetch(`${address}/api/runs/${id}`)).json()) as {
      result: { replications: number };
    };
    await first.close();

    const second = await buildApp({ databasePath, workers: 1 });
    const again = await second.listen({ host: '127.0.0.1', port: 0 });
    const stored = (await (await fetch(`${again}/api/runs/${id}`)).json()) as {
      status: string;
      result: unknown;
    };
    // A finished run's stream ends at once with its status.
    const replay = await readEvents(`${again}/api/runs/${id}/events`);
    await second.close();
    expect(stored.status).toBe('done');
    expect(stored.result).toEqual(live.result);
    expect(replay).toEqual([{ event: 'status', data: { status: 'done', error: null } }]);
    rmSync(join(databasePath, '..'), { recursive: true, force: true });
  });

  it('answers 200 concurrent staffing requests and 20 queued runs, losing none', async () => {
    const app = await buildApp({ databasePath: ':memory:', workers: 2, concurrentRuns: 2 });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const post = (url: string, body: object) =>
      fetch(`${address}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const tiny = applyVariant(scenario, {
      name: 'a day',
      changes: [
        { path: 'run.horizon', value: '1d' },
        { path: 'run.warmUp', value: '1h' },
      ],
    });
    const [staffing, runs] = await Promise.all([
      Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          post('/api/staffing/required', {
            model: 'c',
            arrivalsPerHour: 20 + i,
            meanWorkMinutes: 10,
            targets: { serviceLevel: { attainment: 0.8, targetMinutes: 1 } },
          }).then(async (r) => ({
            status: r.status,
            body: (await r.json()) as { agents: number },
          })),
        ),
      ),
      Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          post('/api/runs', { kind: 'simulate', scenario: tiny, replications: 2, seed: i }).then(
            async (r) => ((await r.json()) as { id: string }).id,
          ),
        ),
      ),
    ]);
    expect(staffing.every((r) => r.status === 200)).toBe(true);
    // More arrivals never need fewer agents.
    const agents = staffing.map((r) => r.body.agents);
    expect(agents).toEqual([...agents].sort((a, b) => a - b));
    expect(new Set(runs).size).toBe(20);
    for (let i = 0; i < 400; i++) {
      const list = (await (await fetch(`${address}/api/runs`)).json()) as { status: string }[];
      if (list.filter((r) => r.status === 'done').length === 20) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const final = (await (await fetch(`${address}/api/runs`)).json()) as { status: string }[];
    await app.close();
    expect(final.filter((r) => r.status === 'done')).toHaveLength(20);
  });
});
