import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  applyVariant,
  MINUTES_PER_WEEK,
  parseScenario,
  REQUEST_LIMITS,
  type Scenario,
  sweepPoints,
  toMinutes,
} from '../../simulator/index.ts';
import { API_ERR, ApiError } from '../errors.ts';
import type { RunRequest } from '../runs/execute-run.ts';
import type { RunEvent, RunManager } from '../runs/run-manager.ts';
import type { TypeBoxProvider } from '../type-provider.ts';
import { ErrorResponses, ErrorSchema } from './error-schema.ts';

/** What one request may ask: beyond, 422 with the field named (the simulator's REQUEST_LIMITS). */
export const RUN_LIMITS = REQUEST_LIMITS;

const Common = {
  scenarioId: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'a kept or example scenario' }),
  ),
  scenario: Type.Optional(Type.Unknown({ description: 'or the scenario itself' })),
  replications: Type.Optional(
    Type.Integer({ minimum: 1, description: `at most ${RUN_LIMITS.replications}` }),
  ),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 4294967295 })),
};
const StartRun = Type.Union([
  Type.Object({ kind: Type.Literal('simulate'), ...Common }, { additionalProperties: false }),
  Type.Object(
    {
      kind: Type.Literal('compare'),
      ...Common,
      variants: Type.Array(
        Type.Object({
          name: Type.String({ minLength: 1, maxLength: 200 }),
          changes: Type.Array(
            Type.Object({
              path: Type.String(),
              value: Type.Optional(Type.Unknown()),
              remove: Type.Optional(Type.Literal(true)),
            }),
            {
              maxItems: 100,
            },
          ),
        }),
        { minItems: 1 },
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('sweep'),
      ...Common,
      parameters: Type.Array(
        Type.Object({ path: Type.String(), values: Type.Array(Type.Unknown(), { minItems: 1 }) }),
        {
          minItems: 1,
          maxItems: 2,
        },
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('optimise'),
      ...Common,
      goal: Type.Union([Type.Literal('targets'), Type.Literal('total-cost')]),
      maxOccupancy: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
      groups: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
    },
    { additionalProperties: false },
  ),
]);
const Status = Type.Union([
  Type.Literal('queued'),
  Type.Literal('running'),
  Type.Literal('done'),
  Type.Literal('failed'),
  Type.Literal('cancelled'),
]);
const RunSummary = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  scenarioId: Type.Union([Type.String(), Type.Null()]),
  scenarioName: Type.Union([Type.String(), Type.Null()]),
  status: Status,
  error: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  startedAt: Type.Union([Type.String(), Type.Null()]),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  progress: Type.Union([Type.Unknown(), Type.Null()]),
});
const Run = Type.Intersect([
  RunSummary,
  Type.Object({
    result: Type.Unknown({ description: 'as from the CLI with --json, once done' }),
    request: Type.Unknown({ description: 'what was asked: the scenario itself and the options' }),
  }),
]);
const Id = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

/**
 * Runs: start one (202 with its id), list, read (with the result once done), follow its progress
 * as Server-Sent Events, cancel.
 */
export async function runRoutes(
  app: FastifyInstance,
  options: {
    runs: RunManager;
    findScenario: (id: string) => { scenario: Scenario; stored: boolean };
    /** Runs that may wait at once (default 100); beyond, 503. */
    maxQueued?: number;
  },
): Promise<void> {
  const { runs, findScenario } = options;
  const maxQueued = options.maxQueued ?? 100;
  const api = app.withTypeProvider<TypeBoxProvider>();
  const find = (id: string) => {
    const run = runs.get(id);
    if (run === null) throw new ApiError(404, API_ERR.NOT_FOUND, `no run with id "${id}"`);
    return run;
  };

  api.post(
    '/api/runs',
    {
      schema: {
        summary: 'Start a simulation, comparison, sweep or optimisation; it runs in the background',
        tags: ['runs'],
        body: StartRun,
        response: {
          202: Type.Object({ id: Type.String(), status: Status }),
          ...ErrorResponses,
          503: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const body = request.body as Record<string, unknown> & { kind: RunRequest['kind'] };
      let scenario: Scenario;
      let scenarioId: string | null = null;
      if (typeof body.scenarioId === 'string') {
        const found = findScenario(body.scenarioId);
        scenario = found.scenario;
        scenarioId = found.stored ? body.scenarioId : null;
      } else if (body.scenario !== undefined) scenario = parseScenario(body.scenario);
      else throw new ApiError(400, API_ERR.BAD_REQUEST, 'body must have scenarioId or scenario');
      const { scenarioId: _id, ...rest } = body;
      const run = { ...rest, scenario } as RunRequest;
      checkLimits(run);
      if (runs.queued >= maxQueued) {
        throw new ApiError(
          503,
          API_ERR.BUSY,
          `${runs.queued} runs are already waiting: try again once some have finished`,
        );
      }
      const id = runs.start(run, scenarioId);
      return reply.status(202).send({ id, status: 'queued' as const });
    },
  );
  api.get(
    '/api/runs',
    {
      schema: {
        summary: 'The latest runs (100), without results',
        tags: ['runs'],
        response: { 200: Type.Array(RunSummary) },
      },
    },
    async () => runs.list(100).map(({ result: _r, request: _q, ...summary }) => summary),
  );
  api.get(
    '/api/runs/:id',
    {
      schema: {
        summary: 'A run, with its result once done',
        tags: ['runs'],
        params: Id,
        response: { 200: Run, ...ErrorResponses },
      },
    },
    async (request) => find(request.params.id),
  );
  api.post(
    '/api/runs/:id/cancel',
    {
      schema: {
        summary: 'Cancel a queued or running run',
        tags: ['runs'],
        params: Id,
        response: { 200: RunSummary, ...ErrorResponses, 409: ErrorSchema },
      },
    },
    async (request) => {
      const run = find(request.params.id);
      if (!runs.cancel(run.id)) {
        throw new ApiError(
          409,
          API_ERR.CONFLICT,
          `run "${run.id}" has already ended (${run.status})`,
        );
      }
      const { result: _r, request: _q, ...summary } = find(run.id);
      return summary;
    },
  );
  api.get(
    '/api/runs/:id/events',
    {
      schema: {
        summary:
          'Progress as Server-Sent Events: "progress" ({ done, total, elapsedSeconds, etaSeconds }) then one "status" when it ends',
        tags: ['runs'],
        params: Id,
        response: { ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const run = find(request.params.id);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      const send = (event: RunEvent) => {
        const data =
          event.type === 'progress' ? event.progress : { status: event.status, error: event.error };
        raw.write(`event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      const ended = (status: string) =>
        status === 'done' || status === 'failed' || status === 'cancelled';
      if (ended(run.status)) {
        send({ type: 'status', status: run.status, error: run.error });
        raw.end();
        return;
      }
      if (run.progress !== null) send({ type: 'progress', progress: run.progress as never });
      const stop = runs.subscribe(run.id, (event) => {
        send(event);
        if (event.type === 'status' && ended(event.status)) {
          stop();
          raw.end();
        }
      });
      request.raw.on('close', stop);
    },
  );
}

/**
 * What one request may ask, checked before anything runs, on every scenario it would simulate
 * (each variant of a comparison, each point of a sweep): building them also finds a bad path or
 * value at once (422), rather than when the run gets to it.
 */
function checkLimits(run: RunRequest): void {
  const over = (field: string, value: number, limit: number, what: string) => {
    if (value > limit) {
      throw new ApiError(
        422,
        API_ERR.INVALID_INPUT,
        `${field}: got ${value}, expected at most ${limit} ${what} in one request`,
      );
    }
  };
  if (run.kind === 'sweep') {
    const points = run.parameters.reduce((product, p) => product * p.values.length, 1);
    over('parameters', points, RUN_LIMITS.sweepPoints, 'sweep points');
  }
  if (run.kind === 'compare')
    over('variants', run.variants.length, RUN_LIMITS.variants, 'variants');
  const scenarios: { where: string; scenario: Scenario }[] = [
    { where: 'scenario', scenario: run.scenario },
  ];
  if (run.kind === 'compare') {
    run.variants.forEach((variant, i) => {
      scenarios.push({
        where: `variants[${i}]`,
        scenario: applyVariant(run.scenario, variant, `variants[${i}]`),
      });
    });
  }
  if (run.kind === 'sweep') {
    for (const point of sweepPoints(run.scenario, run.parameters)) {
      scenarios.push({
        where: `sweep point ${JSON.stringify(point.values)}`,
        scenario: point.scenario,
      });
    }
  }
  if (run.kind === 'optimise') {
    for (const id of run.groups ?? []) {
      if (!run.scenario.groups.some((g) => g.id === id)) {
        throw new ApiError(
          422,
          API_ERR.INVALID_INPUT,
          `groups: got "${id}", expected the id of a group of the scenario (${run.scenario.groups.map((g) => g.id).join(', ')})`,
        );
      }
    }
  }
  for (const { where, scenario } of scenarios) {
    over(
      `${where}: replications`,
      run.replications ?? scenario.run.replications ?? 10,
      RUN_LIMITS.replications,
      'replications',
    );
    const agents = scenario.groups.reduce(
      (sum, g) =>
        sum + (g.agents ?? 0) + (g.shifts ?? []).reduce((s, shift) => s + shift.agents, 0),
      0,
    );
    over(`${where}: groups`, agents, RUN_LIMITS.agents, 'agents');
    const weeks = Math.ceil(toMinutes(scenario.run.horizon, 'run.horizon') / MINUTES_PER_WEEK);
    over(`${where}: run.horizon`, weeks, RUN_LIMITS.horizonWeeks, 'weeks of horizon');
  }
}
