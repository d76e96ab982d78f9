import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { buildApp } from '../../server/app.ts';

/** Debian's Chromium (the `chromium` package that .ci/run installs); never a downloaded browser. */
export const CHROMIUM = process.env.STAFFLAB_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Where the end-to-end tests keep their screenshots (kept after the run, ignored by git). */
export const SCREENSHOTS = join(process.cwd(), 'test-artifacts', 'e2e');

/** The real thing: the web app built by Vite, served by the real server on a loopback port. */
export interface Harness {
  app: FastifyInstance;
  baseUrl: string;
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  problems: string[];
  close: () => Promise<void>;
}

/** Builds the web app, starts the server with a fresh database and opens a page in Chromium. */
export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'stafflab-e2e-'));
  const webAppDir = join(dir, 'ui');
  await build({
    configFile: join(process.cwd(), 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: webAppDir },
  });
  const app = await buildApp({ databasePath: join(dir, 'e2e.db'), workers: 2, webAppDir });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    // Playwright gives every launch a fresh, empty profile directory of its own.
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // This run's screenshots only: the folder is emptied first.
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    page,
    problems,
    close: async () => {
      await browser.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as test-artifacts/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * The accessibility problems axe-core (Deque's rules for WCAG 2) finds on the page as it stands,
 * each as "impact rule-id: where"; an empty list when there are none.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(' | ')}`,
    );
  });
}
