import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';

export interface ServeOptions {
  host: string;
  port: number;
  databasePath: string;
  apiToken?: string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** The server would not start as configured; the message says what to change. */
export class ServeRefused extends Error {
  override name = 'ServeRefused';
}

/**
 * Starts the server: builds the app, listens, and closes gracefully on SIGINT or SIGTERM (requests
 * in flight finish, the database closes). Bound to anything but loopback, it refuses to start
 * without an API token.
 */
export async function serve(options: ServeOptions): Promise<FastifyInstance> {
  if (
    !LOOPBACK.has(options.host) &&
    (options.apiToken === undefined || options.apiToken.length < 16)
  ) {
    throw new ServeRefused(
      `listening on ${options.host} exposes the API beyond this machine: set STAFFLAB_TOKEN (16 characters or more) or use --host 127.0.0.1`,
    );
  }
  const app = await buildApp({
    databasePath: options.databasePath,
    apiToken: options.apiToken,
    logger: true,
    warmWorkers: true,
  });
  await app.listen({ host: options.host, port: options.port });
  const stop = async (signal: string) => {
    app.log.info({ signal }, 'closing');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  return app;
}
