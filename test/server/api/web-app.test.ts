import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.ts';

const dir = mkdtempSync(join(tmpdir(), 'stafflab-webapp-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>stafflab</title><sl-app></sl-app>');
writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1);');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the web app at /', () => {
  it('serves the page and its assets without the token, while the API still needs it', async () => {
    const app = await buildApp({
      databasePath: ':memory:',
      workers: 1,
      webAppDir: dir,
      apiToken: 'a-long-enough-secret-token',
    });
    try {
      const page = await app.inject({ method: 'GET', url: '/' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.body).toContain('<sl-app>');
      const asset = await app.inject({ method: 'GET', url: '/assets/index-abc.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toMatch(/immutable/);
      for (const url of ['/api/scenarios', '/%61pi/scenarios', '/assets/../api/scenarios']) {
        const refused = await app.inject({ method: 'GET', url });
        expect(refused.statusCode, url).toBe(401);
      }
      const outside = await app.inject({ method: 'GET', url: '/assets/..%2f..%2fpackage.json' });
      expect([403, 404]).toContain(outside.statusCode);
      const missing = await app.inject({ method: 'GET', url: '/assets/nothing.js' });
      expect(missing.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('says how to build the app when it was not built', async () => {
    const app = await buildApp({
      databasePath: ':memory:',
      workers: 1,
      webAppDir: join(dir, 'none'),
    });
    try {
      const page = await app.inject({ method: 'GET', url: '/' });
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('npm run build:ui');
    } finally {
      await app.close();
    }
  });
});
