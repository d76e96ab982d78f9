import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { parseScenario, type Scenario } from '../../simulator/index.ts';
import { API_ERR, ApiError } from '../errors.ts';
import type { ScenarioStore, StoredScenario } from '../storage/scenario-store.ts';
import type { TypeBoxProvider } from '../type-provider.ts';
import { ErrorResponses, ErrorSchema } from './error-schema.ts';

/** An example scenario shipped with stafflab: listed and readable, never changed. */
export interface ExampleScenario {
  id: string;
  scenario: Scenario;
}

const ScenarioBody = Type.Unknown({
  description:
    'a scenario (schemaVersion 1): see components.schemas.Scenario; checked by the simulator, which answers 422 naming any wrong field',
});
const Stored = Type.Object({
  id: Type.String(),
  name: Type.String(),
  version: Type.Integer({
    description: 'increases by one at every update: send it back to update',
  }),
  readOnly: Type.Boolean({ description: 'true for the examples shipped with stafflab' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  scenario: ScenarioBody,
});
const Summary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  version: Type.Integer(),
  readOnly: Type.Boolean(),
  updatedAt: Type.String(),
  description: Type.Union([Type.String(), Type.Null()], {
    description: "the scenario's own description, its story",
  }),
});
const Id = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const Conflict = { 409: ErrorSchema };

/**
 * Scenarios: list, read, create, update (with the version read, to catch lost updates), delete,
 * duplicate, import and export. The examples in scenarios/ are listed read-only.
 */
export async function scenarioRoutes(
  app: FastifyInstance,
  options: { store: ScenarioStore; examples: readonly ExampleScenario[] },
): Promise<void> {
  const { store, examples } = options;
  const api = app.withTypeProvider<TypeBoxProvider>();
  const find = (id: string): StoredScenario => {
    const example = examples.find((e) => e.id === id);
    if (example !== undefined) return asStored(example);
    const stored = store.get(id);
    if (stored === null) throw new ApiError(404, API_ERR.NOT_FOUND, `no scenario with id "${id}"`);
    return stored;
  };
  const writable = (id: string) => {
    if (examples.some((e) => e.id === id)) {
      throw new ApiError(
        409,
        API_ERR.READ_ONLY,
        `scenario "${id}" is an example and cannot be changed: duplicate it first`,
      );
    }
  };

  api.get(
    '/api/scenarios',
    {
      schema: {
        summary: 'Every scenario, examples first',
        tags: ['scenarios'],
        response: { 200: Type.Array(Summary) },
      },
    },
    async () =>
      [...examples.map(asStored), ...store.list()].map(
        ({ id, name, version, readOnly, updatedAt, scenario }) => ({
          id,
          name,
          version,
          readOnly,
          updatedAt,
          description: scenario.description ?? null,
        }),
      ),
  );
  api.get(
    '/api/scenarios/:id',
    {
      schema: {
        summary: 'One scenario',
        tags: ['scenarios'],
        params: Id,
        response: { 200: Stored, ...ErrorResponses },
      },
    },
    async (request) => find(request.params.id),
  );
  api.post(
    '/api/scenarios',
    {
      schema: {
        summary: 'Keep a new scenario (validated)',
        tags: ['scenarios'],
        body: Type.Object({ scenario: ScenarioBody }, { additionalProperties: false }),
        response: { 201: Stored, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const scenario = parseScenario(request.body.scenario);
      return reply.status(201).send(store.create(scenario));
    },
  );
  api.post(
    '/api/scenarios/import',
    {
      schema: {
        summary: 'Keep a scenario file as it is (the body is the scenario)',
        tags: ['scenarios'],
        body: ScenarioBody,
        response: { 201: Stored, ...ErrorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(store.create(parseScenario(request.body))),
  );
  api.put(
    '/api/scenarios/:id',
    {
      schema: {
        summary: 'Replace a scenario, if nobody changed it since `version`',
        tags: ['scenarios'],
        params: Id,
        body: Type.Object(
          { version: Type.Integer({ minimum: 1 }), scenario: ScenarioBody },
          { additionalProperties: false },
        ),
        response: { 200: Stored, ...ErrorResponses, ...Conflict },
      },
    },
    async (request) => {
      const { id } = request.params;
      writable(id);
      const scenario = parseScenario(request.body.scenario);
      const outcome = store.update(id, request.body.version, scenario);
      if (outcome.ok) return outcome.scenario;
      if (outcome.reason === 'not-found')
        throw new ApiError(404, API_ERR.NOT_FOUND, `no scenario with id "${id}"`);
      throw new ApiError(
        409,
        API_ERR.CONFLICT,
        `scenario "${id}" is at version ${outcome.version}, not ${request.body.version}: someone changed it since you read it; read it again and redo your change`,
      );
    },
  );
  api.delete(
    '/api/scenarios/:id',
    {
      schema: {
        summary: 'Delete a scenario',
        tags: ['scenarios'],
        params: Id,
        response: { 204: Type.Null(), ...ErrorResponses, ...Conflict },
      },
    },
    async (request, reply) => {
      writable(request.params.id);
      if (!store.delete(request.params.id)) {
        throw new ApiError(404, API_ERR.NOT_FOUND, `no scenario with id "${request.params.id}"`);
      }
      return reply.status(204).send(null);
    },
  );
  api.post(
    '/api/scenarios/:id/duplicate',
    {
      schema: {
        summary: 'Keep a copy of a scenario (examples included)',
        tags: ['scenarios'],
        params: Id,
        response: { 201: Stored, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const original = find(request.params.id).scenario;
      return reply
        .status(201)
        .send(store.create({ ...original, name: `${original.name} (copy)`.slice(0, 200) }));
    },
  );
  api.get(
    '/api/scenarios/:id/export',
    {
      schema: {
        summary: 'The scenario as a file',
        tags: ['scenarios'],
        params: Id,
        response: { 200: ScenarioBody, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const stored = find(request.params.id);
      const file = `${stored.name.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 80) || 'scenario'}.json`;
      void reply.header('content-disposition', `attachment; filename="${file}"`);
      return stored.scenario;
    },
  );
}

function asStored(example: ExampleScenario): StoredScenario {
  return {
    id: example.id,
    name: example.scenario.name,
    version: 1,
    readOnly: true,
    createdAt: '1970-01-01T00:00:00.000Z',
    updatedAt: '1970-01-01T00:00:00.000Z',
    scenario: example.scenario,
  };
}
