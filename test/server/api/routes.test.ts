import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.ts';
import { erlangCServiceLevel } from '../../../simulator/index.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ databasePath: ':memory:' });
});
afterAll(async () => {
  await app.close();
});

const desk = loadExampleScenario('small-service-desk.json');

function expectError(
  response: { statusCode: number; json: () => unknown },
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status);
  expect(response.json()).toMatchObject({
    statusCode: status,
    code,
    error: expect.any(String),
    message: expect.any(String),
  });
}

describe('server basics', () => {
  it('answers health with the storage schema version', async () => {
    const response = await app.inject({ url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', schemaVersion: 2 });
  });

  it('serves the OpenAPI document and the docs', async () => {
    const spec = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    // The simulator's own scenario schema is the document's.
    expect(spec.components.schemas.Scenario.properties.schemaVersion).toBeDefined();
    expect(spec.components.schemas.Scenario.required).toEqual(
      expect.arrayContaining(['arrivals', 'classes', 'groups', 'run']),
    );
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/staffing/required',
        '/api/scenarios',
        '/api/scenarios/{id}',
        '/api/runs',
        '/api/runs/{id}/events',
        '/api/datasets',
        '/api/datasets/{id}/backtest',
      ]),
    );
    const docs = await app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
  });

  it('answers an unknown route with the error shape', async () => {
    expectError(await app.inject({ url: '/api/nothing' }), 404, 'API_ERR_NOT_FOUND');
  });
});

describe('staffing routes', () => {
  it('gives the Erlang C headcount for a target', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/staffing/required',
      payload: {
        model: 'c',
        arrivalsPerHour: 54,
        meanWorkMinutes: 10,
        targets: { serviceLevel: { attainment: 0.8, targetMinutes: 5 } },
        shrinkage: 0.3,
      },
    });
    expect(response.statusCode).toBe(200);
    // Erlang C: 10 agents give 59 %, 11 give 84 % within 5 minutes; 11 / 0.7 → 16 on the roster.
    expect(response.json()).toMatchObject({
      agents: 11,
      rosteredAgents: 16,
      bindingTargets: ['serviceLevel'],
    });
    expect(response.json().serviceLevel).toBeCloseTo(erlangCServiceLevel(11, 9, 10, 5), 12);
  });

  it('gives what a headcount does', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/staffing/measures',
      payload: {
        model: 'c',
        arrivalsPerHour: 54,
        meanWorkMinutes: 10,
        agents: 10,
        targetMinutes: 5,
      },
    });
    expect(response.json().serviceLevel).toBeCloseTo(0.5944, 4);
  });

  it('refuses a malformed request with 400 and an impossible one with 422', async () => {
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/staffing/measures',
        payload: { model: 'c', arrivalsPerHour: 'many' },
      }),
      400,
      'API_ERR_BAD_REQUEST',
    );
    const unstable = await app.inject({
      method: 'POST',
      url: '/api/staffing/measures',
      payload: { model: 'c', arrivalsPerHour: 60, meanWorkMinutes: 10, agents: 5 },
    });
    expectError(unstable, 422, 'API_ERR_INVALID_INPUT');
    expect(unstable.json().message).toMatch(/agents/);
  });
});

describe('scenario routes', () => {
  it('lists the examples read-only, and reads one', async () => {
    const list = (await app.inject({ url: '/api/scenarios' })).json();
    const example = list.find((s: { id: string }) => s.id === 'example-small-service-desk');
    expect(example).toMatchObject({
      readOnly: true,
      name: desk.name,
      description: desk.description,
    });
    const one = (await app.inject({ url: '/api/scenarios/example-small-service-desk' })).json();
    expect(one.scenario).toEqual(desk);
  });

  it('creates, reads, updates with the version, and catches a lost update', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      payload: { scenario: desk },
    });
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json();
    expect(version).toBe(1);
    const changed = {
      ...desk,
      name: 'Desk with five agents',
      groups: [{ ...desk.groups[0], agents: 5 }],
    };
    const updated = await app.inject({
      method: 'PUT',
      url: `/api/scenarios/${id}`,
      payload: { version: 1, scenario: changed },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, name: 'Desk with five agents' });
    // A second client still holding version 1 must not overwrite the change.
    const stale = await app.inject({
      method: 'PUT',
      url: `/api/scenarios/${id}`,
      payload: { version: 1, scenario: desk },
    });
    expectError(stale, 409, 'API_ERR_CONFLICT');
    expect(stale.json().message).toMatch(/at version 2, not 1/);
    expect(
      (await app.inject({ url: `/api/scenarios/${id}` })).json().scenario.groups[0].agents,
    ).toBe(5);
  });

  it('duplicates an example, exports and imports a file, deletes', async () => {
    const copy = await app.inject({
      method: 'POST',
      url: '/api/scenarios/example-small-service-desk/duplicate',
    });
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ readOnly: false, name: `${desk.name} (copy)` });
    const exported = await app.inject({ url: `/api/scenarios/${copy.json().id}/export` });
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename=".+\.json"/);
    const imported = await app.inject({
      method: 'POST',
      url: '/api/scenarios/import',
      payload: exported.json(),
    });
    expect(imported.statusCode).toBe(201);
    expect(imported.json().scenario).toEqual(exported.json());
    const gone = await app.inject({
      method: 'DELETE',
      url: `/api/scenarios/${imported.json().id}`,
    });
    expect(gone.statusCode).toBe(204);
    expectError(
      await app.inject({ url: `/api/scenarios/${imported.json().id}` }),
      404,
      'API_ERR_NOT_FOUND',
    );
  });

  it('answers 400, 404, 409 and 422 with the field named', async () => {
    expectError(
      await app.inject({ method: 'POST', url: '/api/scenarios', payload: { wrong: 1 } }),
      400,
      'API_ERR_BAD_REQUEST',
    );
    expectError(await app.inject({ url: '/api/scenarios/no-such-id' }), 404, 'API_ERR_NOT_FOUND');
    expectError(
      await app.inject({ method: 'DELETE', url: '/api/scenarios/example-small-service-desk' }),
      409,
      'API_ERR_READ_ONLY',
    );
    const invalid = await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      payload: { scenario: { ...desk, groups: [{ id: 'desk', agents: -3 }] } },
    });
    expectError(invalid, 422, 'API_ERR_INVALID_INPUT');
    expect(invalid.json().message).toMatch(/groups\[0\]\.agents: got -3/);
    expectError(
      await app.inject({
        method: 'PUT',
        url: '/api/scenarios/no-such-id',
        payload: { version: 1, scenario: desk },
      }),
      404,
      'API_ERR_NOT_FOUND',
    );
  });

  it('refuses a body over the size limit with 413', async () => {
    const small = await buildApp({ databasePath: ':memory:', bodyLimit: 1000 });
    const response = await small.inject({
      method: 'POST',
      url: '/api/scenarios',
      payload: { scenario: { ...desk, description: 'x'.repeat(2000) } },
    });
    await small.close();
    expectError(response, 413, 'API_ERR_TOO_LARGE');
  });
});

describe('API token', () => {
  it('is required on every API route when configured', async () => {
    const guarded = await buildApp({
      databasePath: ':memory:',
      apiToken: 'a-long-enough-secret-token',
    });
    expectError(await guarded.inject({ url: '/api/health' }), 401, 'API_ERR_UNAUTHORISED');
    const ok = await guarded.inject({
      url: '/api/health',
      headers: { authorization: 'Bearer a-long-enough-secret-token' },
    });
    await guarded.close();
    expect(ok.statusCode).toBe(200);
  });
});

describe('safety', () => {
  it('checks the token on every request, however its path is written', async () => {
    const guarded = await buildApp({
      databasePath: ':memory:',
      apiToken: 'a-long-enough-secret-token',
    });
    const encoded = await guarded.inject({ url: '/%61pi/health' });
    const docs = await guarded.inject({ url: '/api/docs/' });
    await guarded.close();
    expect(encoded.statusCode).toBe(401);
    expect(docs.statusCode).toBe(401);
  });

  it('refuses loads the closed forms cannot evaluate, at once', async () => {
    const huge = await app.inject({
      method: 'POST',
      url: '/api/staffing/required',
      payload: {
        model: 'c',
        arrivalsPerHour: 1e7,
        meanWorkMinutes: 1e6,
        targets: { asaMinutes: 1 },
      },
    });
    expect(huge.statusCode).toBe(422);
    expect(huge.json().message).toMatch(/offered load .* below 1,000,000/);
    const erlangA = await app.inject({
      method: 'POST',
      url: '/api/staffing/measures',
      payload: {
        model: 'a',
        arrivalsPerHour: 1e7,
        meanWorkMinutes: 1e6,
        patienceMinutes: 1e-6,
        agents: 1,
      },
    });
    expect(erlangA.statusCode).toBe(422);
    const beyond = await app.inject({
      method: 'POST',
      url: '/api/staffing/measures',
      payload: { model: 'c', arrivalsPerHour: 1e150, meanWorkMinutes: 10, agents: 1 },
    });
    expect(beyond.statusCode).toBe(400);
  });

  it('keeps scenario changes inside the scenario: no path into a prototype', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/runs',
      payload: {
        kind: 'compare',
        scenarioId: 'example-small-service-desk',
        variants: [{ name: 'polluting', changes: [{ path: '__proto__.scenarioId', value: 'x' }] }],
      },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().message).toMatch(
      /variants\[0\]\.changes\[0\]\.path: got "__proto__\.scenarioId"/,
    );
    expect(({} as Record<string, unknown>).scenarioId).toBeUndefined();
  });
});
