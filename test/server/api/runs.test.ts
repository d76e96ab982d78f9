import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.ts';
import { openDatabase } from '../../../server/storage/database.ts';
import { applyVariant } from '../../../simulator/index.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

// A quick scenario (a day of the M/M/c validation model) and a slow one: 500 replications of
// 40 weeks, each a fraction of a second, so that a cancel lands between two of them.
const quick = applyVariant(loadExampleScenario('validation-erlang-c.json'), {
  name: 'one day',
  changes: [
    { path: 'run.horizon', value: '1d' },
    { path: 'run.warmUp', value: '1h' },
  ],
});
const slow = applyVariant(quick, {
  name: 'slow',
  changes: [{ path: 'run.horizon', value: '40w' }],
});

async function waitFor(app: FastifyInstance, id: string, statuses: string[]) {
  for (let i = 0; i < 400; i++) {
    const run = (await app.inject({ url: `/api/runs/${id}` })).json();
    if (statuses.includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`run ${id} never reached ${statuses.join(' or ')}`);
}

async function start(app: FastifyInstance, payload: object) {
  const response = await app.inject({ method: 'POST', url: '/api/runs', payload });
  expect(response.statusCode, response.body).toBe(202);
  return response.json().id as string;
}

describe('runs', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ databasePath: ':memory:', workers: 1, concurrentRuns: 1 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('start at once and store their result when done', async () => {
    const id = await start(app, { kind: 'simulate', scenario: quick, replications: 2 });
    const run = await waitFor(app, id, ['done', 'failed']);
    expect(run.status).toBe('done');
    expect(run.result).toMatchObject({ replications: 2, scenarioName: quick.name });
    // The run keeps what was asked, the scenario itself included, so its link reopens both.
    expect(run.request).toEqual({ kind: 'simulate', replications: 2, scenario: quick });
    expect(run.scenarioName).toBe(quick.name);
    const list = (await app.inject({ url: '/api/runs' })).json();
    const listed = list.find((r: { id: string }) => r.id === id);
    expect(listed).toMatchObject({ scenarioName: quick.name });
    expect(listed).not.toHaveProperty('request');
    expect(listed).not.toHaveProperty('result');
  });

  it('compare, sweep and optimise from a kept or example scenario', async () => {
    const compare = await start(app, {
      kind: 'compare',
      scenario: quick,
      variants: [{ name: 'one more', changes: [{ path: 'groups[desk].agents', value: 11 }] }],
      replications: 2,
    });
    const sweep = await start(app, {
      kind: 'sweep',
      scenario: quick,
      parameters: [{ path: 'groups[desk].agents', values: [10, 11] }],
      replications: 2,
    });
    const optimise = await start(app, {
      kind: 'optimise',
      scenario: quick,
      goal: 'targets',
      replications: 2,
    });
    expect((await waitFor(app, compare, ['done', 'failed'])).result.differences).toHaveLength(1);
    expect((await waitFor(app, sweep, ['done', 'failed'])).result.points).toHaveLength(2);
    expect((await waitFor(app, optimise, ['done', 'failed'])).result.decisions[0].path).toBe(
      'groups[desk].agents',
    );
  });

  it('queue beyond the runs that may execute at once, and can be cancelled', async () => {
    const first = await start(app, { kind: 'simulate', scenario: slow, replications: 500 });
    const second = await start(app, { kind: 'simulate', scenario: quick, replications: 1 });
    await waitFor(app, first, ['running']);
    expect((await app.inject({ url: `/api/runs/${second}` })).json().status).toBe('queued');
    const cancelled = await app.inject({ method: 'POST', url: `/api/runs/${first}/cancel` });
    expect(cancelled.statusCode).toBe(200);
    expect((await waitFor(app, first, ['cancelled', 'failed', 'done'])).status).toBe('cancelled');
    // The queued one runs once the slot is free.
    expect((await waitFor(app, second, ['done', 'failed'])).status).toBe('done');
    const again = await app.inject({ method: 'POST', url: `/api/runs/${first}/cancel` });
    expect(again.statusCode).toBe(409);
  });

  it('refuse what one request may not ask, naming the field', async () => {
    const many = await app.inject({
      method: 'POST',
      url: '/api/runs',
      payload: { kind: 'simulate', scenario: quick, replications: 5000 },
    });
    expect(many.statusCode).toBe(422);
    expect(many.json().message).toMatch(/replications: got 5000, expected at most 1000/);
    const points = await app.inject({
      method: 'POST',
      url: '/api/runs',
      payload: {
        kind: 'sweep',
        scenario: quick,
        parameters: [
          { path: 'groups[desk].agents', values: Array.from({ length: 11 }, (_, i) => 10 + i) },
          {
            path: 'classes[all].workTime.mean',
            values: Array.from({ length: 10 }, (_, i) => `${i + 5}m`),
          },
        ],
      },
    });
    expect(points.statusCode).toBe(422);
    expect(points.json().message).toMatch(/parameters: got 110, expected at most 100 sweep points/);
    const long = await app.inject({
      method: 'POST',
      url: '/api/runs',
      payload: {
        kind: 'simulate',
        scenario: applyVariant(quick, {
          name: 'long',
          changes: [{ path: 'run.horizon', value: '200w' }],
        }),
      },
    });
    expect(long.statusCode).toBe(422);
    expect(long.json().message).toMatch(
      /scenario: run\.horizon: got 200, expected at most 104 weeks of horizon/,
    );
    // Limits hold for every scenario a request would run, and bad paths fail at the start.
    const swept = await app.inject({
      method: 'POST',
      url: '/api/runs',
      payload: {
        kind: 'sweep',
        scenario: quick,
        parameters: [{ path: 'run.horizon', values: ['1d', '520w'] }],
      },
    });
    expect(swept.statusCode).toBe(422);
    expect(swept.json().message).toMatch(
      /sweep point \["520w"\]: run\.horizon: got 520, expected at most 104 weeks/,
    );
    const badPath = await app.inject({
      method: 'POST',
      url: '/api/runs',
      payload: {
        kind: 'sweep',
        scenario: quick,
        parameters: [{ path: 'groups[nope].agents', values: [3] }],
      },
    });
    expect(badPath.statusCode).toBe(422);
    expect(badPath.json().message).toMatch(/parameters\[0\]\.path: got "groups\[nope\]\.agents"/);
    const variant = await app.inject({
      method: 'POST',
      url: '/api/runs',
      payload: {
        kind: 'compare',
        scenario: quick,
        variants: [{ name: 'big', changes: [{ path: 'groups[desk].agents', value: 50_000 }] }],
      },
    });
    expect(variant.statusCode).toBe(422);
    expect(variant.json().message).toMatch(
      /variants\[0\]: groups: got 50000, expected at most 10000 agents/,
    );
    const missing = await app.inject({
      method: 'POST',
      url: '/api/runs',
      payload: { kind: 'simulate' },
    });
    expect(missing.statusCode).toBe(400);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/runs',
      payload: { kind: 'simulate', scenarioId: 'nope' },
    });
    expect(unknown.statusCode).toBe(404);
    expect((await app.inject({ url: '/api/runs/nope' })).statusCode).toBe(404);
  });
});

describe('runs and load', () => {
  it('refuse a run with 503 when too many are waiting', async () => {
    const app = await buildApp({
      databasePath: ':memory:',
      workers: 1,
      concurrentRuns: 1,
      maxQueuedRuns: 1,
    });
    const first = await start(app, { kind: 'simulate', scenario: slow, replications: 500 });
    await start(app, { kind: 'simulate', scenario: quick, replications: 1 });
    const third = await app.inject({
      method: 'POST',
      url: '/api/runs',
      payload: { kind: 'simulate', scenario: quick },
    });
    await app.inject({ method: 'POST', url: `/api/runs/${first}/cancel` });
    await app.close();
    expect(third.statusCode).toBe(503);
    expect(third.json()).toMatchObject({
      code: 'API_ERR_BUSY',
      message: expect.stringMatching(/1 runs are already waiting/),
    });
  });
});

describe('runs and time', () => {
  it('stop a run past the time limit and mark it failed', async () => {
    const app = await buildApp({ databasePath: ':memory:', workers: 1, runTimeLimitMs: 100 });
    const id = await start(app, { kind: 'simulate', scenario: slow, replications: 500 });
    const run = await waitFor(app, id, ['failed', 'done', 'cancelled']);
    await app.close();
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/time limit of 0 s/);
  });

  it('mark runs a previous server left unfinished as failed, not lost', async () => {
    const databasePath = join(mkdtempSync(join(tmpdir(), 'stafflab-db-')), 'stafflab.db');
    const db = openDatabase(databasePath);
    db.prepare(
      "INSERT INTO runs (id, kind, request, status, created_at, started_at) VALUES ('r1', 'simulate', '{}', 'running', '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z')",
    ).run();
    db.close();
    const app = await buildApp({ databasePath, workers: 1 });
    const run = (await app.inject({ url: '/api/runs/r1' })).json();
    await app.close();
    expect(run).toMatchObject({ status: 'failed', error: expect.stringMatching(/interrupted/) });
    rmSync(join(databasePath, '..'), { recursive: true, force: true });
  });
});
