import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build:ui` (Vite) writes the web app. */
export const WEB_APP_DIR = fileURLToPath(new URL('../../dist/ui/', import.meta.url));

/**
 * The web app at `/`: its page and its assets, as Vite built them into `dir`. These routes are
 * public (`config.public`): they hold no data, and the page asks for the API token when the
 * server needs one. When the app was not built, `/` says how to build it.
 */
export async function webAppRoutes(
  app: FastifyInstance,
  options: { dir?: string } = {},
): Promise<void> {
  const dir = options.dir ?? WEB_APP_DIR;
  const built = existsSync(join(dir, 'index.html'));
  await app.register(fastifyStatic, { root: dir, serve: false });
  const page = { schema: { hide: true }, config: { public: true } };
  app.get('/', page, async (_request, reply) => {
    if (!built) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The web app is not built. Run `npm run build:ui` (npm start does it), then reload. The API is at /api/docs.',
        );
    }
    return reply
      .header('cache-control', 'no-cache')
      .sendFile('index.html', { cacheControl: false });
  });
  app.get('/assets/*', page, async (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    // Vite names assets by content hash: they never change under one name.
    return reply.sendFile(join('assets', file), { maxAge: '365d', immutable: true });
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Served without the API token (the web app's page and assets). */
    public?: boolean;
  }
}
