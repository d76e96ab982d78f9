import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  forecastVolume,
  formatIssue,
  LOG_FIELDS,
  type LogField,
  scenarioFromFit,
  type TicketLogFit,
  type TicketLogOptions,
} from '../../simulator/index.ts';
import { API_ERR, ApiError } from '../errors.ts';
import type { StafflabDatabase } from '../storage/database.ts';
import type { ScenarioStore } from '../storage/scenario-store.ts';
import type { TypeBoxProvider } from '../type-provider.ts';
import type { FittingPool } from '../workers/fitting-pool.ts';
import { ErrorResponses, ErrorSchema } from './error-schema.ts';

/** Largest CSV upload, bytes. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

interface Row {
  id: string;
  name: string;
  options: string;
  csv: Buffer;
  fit: string;
  created_at: string;
}

const Id = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const Summary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  tickets: Type.Integer(),
  rows: Type.Integer(),
  rejected: Type.Integer(),
});

/**
 * Data sets: upload a CSV export (text/csv, streamed to a private temporary file and read as the
 * CLI's `fit` reads it), read its fit, make a scenario from it (kept with the scenarios), backtest.
 */
export async function datasetRoutes(
  app: FastifyInstance,
  options: {
    db: StafflabDatabase;
    scenarios: ScenarioStore;
    /** The thread that reads and fits files, off the main one. */
    fitting: FittingPool;
    maxUploadBytes?: number;
  },
): Promise<void> {
  const { db, scenarios, fitting } = options;
  const maxBytes = options.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const api = app.withTypeProvider<TypeBoxProvider>();
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { bodyLimit: maxBytes },
    (_request, payload, done) => {
      done(null, payload);
    },
  );
  const row = (id: string): Row => {
    const found = db.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as Row | undefined;
    if (found === undefined)
      throw new ApiError(404, API_ERR.NOT_FOUND, `no data set with id "${id}"`);
    return found;
  };

  api.post(
    '/api/datasets',
    {
      bodyLimit: maxBytes,
      schema: {
        summary: 'Upload a CSV export of tickets or events (Content-Type: text/csv) and fit it',
        tags: ['data sets'],
        querystring: Type.Object(
          {
            name: Type.Optional(Type.String({ maxLength: 200 })),
            timezone: Type.Optional(
              Type.String({ maxLength: 64, description: 'IANA zone of the data, default UTC' }),
            ),
            dateFormat: Type.Optional(Type.String({ maxLength: 64 })),
            map: Type.Optional(
              Type.String({
                maxLength: 4000,
                description:
                  'Columns named explicitly, as the CLI\'s --map: a JSON object of field → column name, such as {"id":"Ticket","opened":"Created"}; fields not named are found by name',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Intersect([Summary, Type.Object({ fit: Type.Unknown() })]),
          ...ErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const stream = request.body as Readable;
      if (typeof (stream as { pipe?: unknown }).pipe !== 'function') {
        throw new ApiError(
          400,
          API_ERR.BAD_REQUEST,
          'send the CSV file as the body, with Content-Type: text/csv',
        );
      }
      const { timezone: timeZone, dateFormat } = request.query;
      const readAs = { timeZone, dateFormat, map: parseColumnMap(request.query.map) };
      const dir = await mkdtemp(join(tmpdir(), 'stafflab-upload-'));
      try {
        const path = join(dir, 'upload.csv');
        await pipeline(stream, byteLimit(maxBytes), createWriteStream(path));
        const fit = (await fitting.run({
          kind: 'fit',
          path,
          options: { ...readOptions(readAs), label: 'the upload' },
        })) as TicketLogFit;
        const id = randomUUID();
        const name = request.query.name ?? `Upload of ${new Date().toISOString().slice(0, 10)}`;
        db.prepare(
          'INSERT INTO datasets (id, name, options, csv, fit, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(
          id,
          name,
          JSON.stringify(readAs),
          await readFile(path),
          JSON.stringify(fit),
          new Date().toISOString(),
        );
        return reply.status(201).send({ ...summaryOf(db, id), fit });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
  api.get(
    '/api/datasets',
    {
      schema: {
        summary: 'The data sets uploaded',
        tags: ['data sets'],
        response: { 200: Type.Array(Summary) },
      },
    },
    async () =>
      (
        db.prepare('SELECT id FROM datasets ORDER BY created_at DESC').all() as { id: string }[]
      ).map((r) => summaryOf(db, r.id)),
  );
  api.get(
    '/api/datasets/:id',
    {
      schema: {
        summary: 'A data set and its fit: arrivals, times, staff seen, hand-offs',
        tags: ['data sets'],
        params: Id,
        response: {
          200: Type.Intersect([Summary, Type.Object({ fit: Type.Unknown() })]),
          ...ErrorResponses,
        },
      },
    },
    async (request) => {
      const found = row(request.params.id);
      return { ...summaryOf(db, found.id), fit: JSON.parse(found.fit) };
    },
  );
  api.post(
    '/api/datasets/:id/scenario',
    {
      schema: {
        summary: 'Make a scenario from the fit and keep it with the scenarios',
        tags: ['data sets'],
        params: Id,
        body: Type.Object(
          { forecastWeek: Type.Optional(Type.Integer({ minimum: 1, maximum: 52 })) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            scenarioId: Type.String(),
            estimated: Type.Array(Type.String()),
            assumed: Type.Array(Type.String()),
            scenario: Type.Unknown(),
          }),
          ...ErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const found = row(request.params.id);
      const fit = JSON.parse(found.fit);
      const week = request.body.forecastWeek;
      const ticketsPerWeek =
        week === undefined
          ? undefined
          : forecastVolume(fit.arrivals.daily, week).weeks[week - 1]?.volume;
      const made = scenarioFromFit(fit, {
        name: `Fitted from ${found.name}, ${week === undefined ? 'recent level' : `forecast week ${week}`}`.slice(
          0,
          200,
        ),
        ticketsPerWeek,
      });
      const stored = scenarios.create(made.scenario);
      return reply.status(201).send({ scenarioId: stored.id, ...made });
    },
  );
  api.post(
    '/api/datasets/:id/backtest',
    {
      schema: {
        summary: 'Fit on the earlier weeks, simulate the last ones, compare with what happened',
        tags: ['data sets'],
        params: Id,
        body: Type.Object(
          {
            testWeeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 104 })),
            trainWeeks: Type.Optional(Type.Integer({ minimum: 12, maximum: 1040 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Unknown(), ...ErrorResponses },
      },
    },
    async (request) => {
      const found = row(request.params.id);
      return withTemporaryFile(found.csv, (path) =>
        fitting.run({
          kind: 'backtest',
          path,
          options: { ...readOptions(JSON.parse(found.options)), label: found.name },
          ...request.body,
        }),
      );
    },
  );
  api.delete(
    '/api/datasets/:id',
    {
      schema: {
        summary: 'Delete a data set',
        tags: ['data sets'],
        params: Id,
        response: { 204: Type.Null(), 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      if (db.prepare('DELETE FROM datasets WHERE id = ?').run(request.params.id).changes !== 1) {
        throw new ApiError(404, API_ERR.NOT_FOUND, `no data set with id "${request.params.id}"`);
      }
      return reply.status(204).send(null);
    },
  );
}

function readOptions(options: {
  timeZone?: string;
  dateFormat?: string;
  map?: Partial<Record<LogField, string>>;
}): TicketLogOptions {
  return { timeZone: options.timeZone ?? 'UTC', dateFormat: options.dateFormat, map: options.map };
}

/**
 * Reads the `map` query parameter: a JSON object of field → column name (the CLI's `--map`).
 * Whether each column is in the file's header is checked when the file is read (mapColumns).
 *
 * @throws ApiError 422 naming the parameter or the field (`map.group`) that is wrong.
 */
export function parseColumnMap(text: string | undefined): Partial<Record<LogField, string>> {
  if (text === undefined) return {};
  const bad = (field: string, value: unknown, expected: string): never => {
    throw new ApiError(422, API_ERR.INVALID_INPUT, formatIssue({ field, value, expected }));
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    bad('map', text, 'a JSON object of field → column name, such as {"id":"Ticket"}');
  }
  const map: Partial<Record<LogField, string>> = {};
  for (const [field, column] of Object.entries(parsed as Record<string, unknown>)) {
    if (!(LOG_FIELDS as readonly string[]).includes(field))
      bad(`map.${field}`, field, `a field, one of ${LOG_FIELDS.join(', ')}`);
    if (typeof column !== 'string' || column.trim() === '' || column.length > 200)
      bad(`map.${field}`, column, 'a column name of the file (text of 1 to 200 characters)');
    map[field as LogField] = column as string;
  }
  return map;
}

function summaryOf(db: StafflabDatabase, id: string) {
  const found = db
    .prepare('SELECT id, name, fit, created_at FROM datasets WHERE id = ?')
    .get(id) as Row;
  const source = (
    JSON.parse(found.fit) as { source: { tickets: number; rows: number; rejectedCount: number } }
  ).source;
  return {
    id: found.id,
    name: found.name,
    createdAt: found.created_at,
    tickets: source.tickets,
    rows: source.rows,
    rejected: source.rejectedCount,
  };
}

/** Runs `work` on the bytes written to a private temporary file, removed afterwards. */
async function withTemporaryFile<T>(bytes: Buffer, work: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'stafflab-dataset-'));
  try {
    const path = join(dir, 'data.csv');
    await writeFile(path, bytes);
    return await work(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Passes bytes on until `limit`, then fails the upload with 413. */
function byteLimit(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > limit) {
        callback(
          new ApiError(
            413,
            API_ERR.TOO_LARGE,
            `the file is larger than the ${limit.toLocaleString('en')} bytes an upload may have`,
          ),
        );
        return;
      }
      callback(null, chunk);
    },
  });
}
