import type { FastifyError, FastifyInstance } from 'fastify';
import { isSimulatorError } from '../simulator/index.ts';

/** The server's error catalogue: stable codes that clients branch on. */
export const API_ERR = {
  /** The request does not match the route's schema (a wrong type, a missing field). */
  BAD_REQUEST: 'API_ERR_BAD_REQUEST',
  /** No resource has that id. */
  NOT_FOUND: 'API_ERR_NOT_FOUND',
  /** The resource changed since the version the client read (lost update prevented). */
  CONFLICT: 'API_ERR_CONFLICT',
  /** The resource cannot be changed (an example scenario). */
  READ_ONLY: 'API_ERR_READ_ONLY',
  /** The request is well formed but its content is invalid (the simulator says why). */
  INVALID_INPUT: 'API_ERR_INVALID_INPUT',
  /** The body is larger than the route accepts. */
  TOO_LARGE: 'API_ERR_TOO_LARGE',
  /** A token is required and was missing or wrong. */
  UNAUTHORISED: 'API_ERR_UNAUTHORISED',
  /** Too many runs are waiting: try again once some have finished. */
  BUSY: 'API_ERR_BUSY',
  /** Something failed that should not have. */
  INTERNAL: 'API_ERR_INTERNAL',
} as const;

export type ApiErrorCode = (typeof API_ERR)[keyof typeof API_ERR];

/** The one shape of every error response. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  error: string;
  message: string;
}

/** An error a route throws on purpose: its status and code travel to the response. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: ApiErrorCode;

  constructor(statusCode: number, code: ApiErrorCode, message: string) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  431: 'Request Header Fields Too Large',
  503: 'Service Unavailable',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
};

/**
 * Maps every error to `{ statusCode, code, error, message }`: simulator errors to 422 with the
 * field named, schema validation to 400, ApiErrors to their own status, anything else to 500
 * (logged, its details not sent).
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    const body = toBody(error);
    if (body.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(body.statusCode).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .status(404)
      .send(
        errorBody(
          404,
          API_ERR.NOT_FOUND,
          `no route ${request.method} ${request.url.split('?')[0]}`,
        ),
      );
  });
}

function toBody(error: FastifyError | Error): ApiErrorBody {
  if (error instanceof ApiError) return errorBody(error.statusCode, error.code, error.message);
  if (isSimulatorError(error)) return errorBody(422, API_ERR.INVALID_INPUT, error.message);
  const fastify = error as FastifyError;
  if (fastify.validation !== undefined) return errorBody(400, API_ERR.BAD_REQUEST, fastify.message);
  if (fastify.statusCode === 413) return errorBody(413, API_ERR.TOO_LARGE, fastify.message);
  if (fastify.statusCode !== undefined && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return errorBody(fastify.statusCode, API_ERR.BAD_REQUEST, fastify.message);
  }
  return errorBody(500, API_ERR.INTERNAL, 'the server failed to answer; the error is in its log');
}

export function errorBody(statusCode: number, code: string, message: string): ApiErrorBody {
  return { statusCode, code, error: REASONS[statusCode] ?? 'Error', message };
}
