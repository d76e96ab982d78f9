import { timingSafeEqual } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { Type } from 'typebox';
import { parseScenario, ScenarioSchema } from '../simulator/index.ts';
import { API_ERR, ApiError, installErrorHandler } from './errors.ts';
import { datasetRoutes } from './routes/datasets.ts';
import { runRoutes } from './routes/runs.ts';
import { type ExampleScenario, scenarioRoutes } from './routes/scenarios.ts';
import { staffingRoutes } from './routes/staffing.ts';
import { webAppRoutes } from './routes/web-app.ts';
import { RunManager } from './runs/run-manager.ts';
import { openDatabase, type StafflabDatabase } from './storage/database.ts';
import { ScenarioStore } from './storage/scenario-store.ts';
import { FittingPool } from './workers/fitting-pool.ts';
import { createExecutor, defaultWorkers } from './workers/worker-pool.ts';

export interface AppOptions {
  /** SQLite file (":memory:" for a throwaway database). */
  databasePath: string;
  /** Fastify's logger: false (tests), true, or pino options. */
  logger?: FastifyServerOptions['logger'];
  /** When set, every /api request must carry `Authorization: Bearer <token>`. */
  apiToken?: string;
  /** Largest request body, bytes (default 1 MiB). */
  bodyLimit?: number;
  /** The example scenarios' folder (default: the repository's scenarios/). */
  examplesDir?: string;
  /** Largest CSV upload, bytes (default 100 MB). */
  maxUploadBytes?: number;
  /** Worker threads for runs (default: one per core; 1 runs them in the server's own thread). */
  workers?: number;
  /** Runs executing at once (default: the number of workers); the others wait their turn. */
  concurrentRuns?: number;
  /** Runs that may wait for a slot at once (default 100; beyond, 503). */
  maxQueuedRuns?: number;
  /** Longest a run may take, milliseconds (default 30 minutes). */
  runTimeLimitMs?: number;
  /** The built web app (default dist/ui, as `npm run build:ui` writes it). */
  webAppDir?: string;
  /**
   * Warm the worker threads up at start on the tiered example (see ClosableExecutor.warmUp), so
   * that the first run is nearly as quick as later ones (default false; `stafflab serve` does).
   */
  warmWorkers?: boolean;
}

/** The example the workers warm up on: it has shifts, calendars, priorities and escalation. */
const WARM_UP_EXAMPLE = 'example-tiered-service-desk';

const EXAMPLES = fileURLToPath(new URL('../scenarios/', import.meta.url));
/** Default longest run. */
export const DEFAULT_RUN_TIME_LIMIT_MS = 30 * 60 * 1000;
/** Default largest body: a scenario with many shifts and an empirical distribution fits. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * Builds the application: routes, schemas, the OpenAPI document (`/api/openapi.json`, docs at
 * `/api/docs`), storage opened and migrated. It does not listen: server/main.ts does, and tests
 * use `app.inject`. The database closes with the app.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    ajv: { customOptions: { allErrors: false, coerceTypes: false, removeAdditional: false } },
  });
  const db: StafflabDatabase = openDatabase(options.databasePath);
  app.addHook('onClose', async () => {
    db.close();
  });
  installErrorHandler(app);
  if (options.apiToken !== undefined) {
    const expected = `Bearer ${options.apiToken}`;
    // Every request, whatever its path looks like (an encoded "/%61pi/" routes to /api too).
    app.addHook('onRequest', async (request) => {
      if (request.routeOptions.config?.public === true) return;
      if (!sameSecret(request.headers.authorization ?? '', expected)) {
        throw new ApiError(
          401,
          API_ERR.UNAUTHORISED,
          'this server needs an API token: send "Authorization: Bearer <token>"',
        );
      }
    });
  }
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'stafflab API',
        description: 'Capacity planning for IT support: staffing models, scenarios and their runs.',
        version: '0.1.0',
      },
      // The token applies when the server has one (always off loopback).
      security: options.apiToken === undefined ? [] : [{ bearer: [] }],
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        // The simulator's own scenario schema, not a copy. Routes take scenarios as they come and
        // the simulator checks them, so that a wrong field is a 422 naming it.
        schemas: { Scenario: ScenarioSchema as unknown as Record<string, unknown> },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Whether the server is up, and its storage schema version',
        tags: ['server'],
        response: {
          200: Type.Object({ status: Type.Literal('ok'), schemaVersion: Type.Integer() }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    }),
  );
  await app.register(webAppRoutes, { dir: options.webAppDir });
  await app.register(staffingRoutes);
  const store = new ScenarioStore(db);
  const examples = loadExamples(options.examplesDir ?? EXAMPLES);
  await app.register(scenarioRoutes, { store, examples });
  const fitting = new FittingPool();
  app.addHook('onClose', async () => {
    await fitting.close();
  });
  await app.register(datasetRoutes, {
    db,
    scenarios: store,
    fitting,
    maxUploadBytes: options.maxUploadBytes,
  });
  const executor = createExecutor(options.workers ?? defaultWorkers());
  const warmUpOn = examples.find((e) => e.id === WARM_UP_EXAMPLE);
  if (options.warmWorkers === true && warmUpOn !== undefined) {
    // In the background: a run asked for meanwhile waits at most for the warm-up's tasks.
    executor.warmUp(warmUpOn.scenario).then(
      () => app.log.info('worker threads warmed up'),
      (error: unknown) => app.log.warn({ error: String(error) }, 'worker warm-up failed'),
    );
  }
  const runs = new RunManager({
    db,
    executor,
    concurrency: options.concurrentRuns,
    timeLimitMs: options.runTimeLimitMs ?? DEFAULT_RUN_TIME_LIMIT_MS,
  });
  // Runs end (and their event streams close) before the server waits for connections to finish;
  // the pool closes after.
  app.addHook('preClose', async () => {
    await runs.close();
  });
  app.addHook('onClose', async () => {
    await executor.close();
  });
  await app.register(runRoutes, {
    runs,
    maxQueued: options.maxQueuedRuns,
    findScenario: (id: string) => {
      const example = examples.find((e) => e.id === id);
      if (example !== undefined) return { scenario: example.scenario, stored: false };
      const stored = store.get(id);
      if (stored === null)
        throw new ApiError(404, API_ERR.NOT_FOUND, `no scenario with id "${id}"`);
      return { scenario: stored.scenario, stored: true };
    },
  });
  return app;
}

/** The example scenarios, each as `example-<file name>`; read once, when the app is built. */
function loadExamples(dir: string): ExampleScenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      id: `example-${file.replace(/\.json$/, '')}`,
      scenario: parseScenario(JSON.parse(readFileSync(join(dir, file), 'utf8'))),
    }));
}

/** Compares a header with the expected one in constant time (no timing hint of the token). */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
