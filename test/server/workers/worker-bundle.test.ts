import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// A cache folder of this test's own, so that no other test file's processes write to it.
const cacheName = `stafflab-bundle-test-${process.pid}`;
const cacheDir = `${root}node_modules/.cache/${cacheName}`;
const manifestFile = `${cacheDir}/fitting-task.manifest.json`;

/** The bundle path a fresh process gets for the fitting task. */
function bundleInFreshProcess(): string {
  const script = `
    import { workerBundle } from './server/workers/worker-pool.ts';
    console.log(workerBundle('fitting-task'));
  `;
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: root, encoding: 'utf8', env: { ...process.env, STAFFLAB_BUNDLE_CACHE: cacheName } },
  );
  expect(child.status, child.stderr).toBe(0);
  return child.stdout.trim();
}

describe('the worker bundle cache', () => {
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('is reused by a later process while its sources hash the same, and rebuilt when one differs', () => {
    const first = bundleInFreshProcess();
    expect(first.startsWith(cacheDir)).toBe(true);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    // The bundle is named by file name alone: a copy of the project never loads another's.
    expect(`${cacheDir}/${manifest.bundle}`).toBe(first);
    expect(Object.keys(manifest.inputs)).toEqual(
      expect.arrayContaining([
        'server/workers/fitting-task.ts',
        'server/workers/worker-pool.ts',
        'package.json',
        'tsconfig.json',
      ]),
    );
    const written = statSync(manifestFile).mtimeMs;

    // Reused: the manifest is not written again.
    expect(bundleInFreshProcess()).toBe(first);
    expect(statSync(manifestFile).mtimeMs).toBe(written);

    // A source that no longer hashes the same: rebuilt, and the manifest put right.
    const stale = {
      ...manifest,
      inputs: { ...manifest.inputs, 'server/workers/fitting-task.ts': 'not this one' },
    };
    writeFileSync(manifestFile, JSON.stringify(stale));
    expect(bundleInFreshProcess()).toBe(first);
    expect(JSON.parse(readFileSync(manifestFile, 'utf8'))).toEqual(manifest);
  });

  it('writes no manifest when a source changed while the bundle was built', () => {
    rmSync(manifestFile, { force: true });
    const source = `${root}server/workers/fitting-task.ts`;
    const { atime, mtime } = statSync(source);
    // A change time after the build started, as an editor saving during the build would leave.
    const later = new Date(Date.now() + 60_000);
    utimesSync(source, later, later);
    try {
      expect(bundleInFreshProcess().startsWith(cacheDir)).toBe(true);
      expect(existsSync(manifestFile)).toBe(false);
    } finally {
      utimesSync(source, atime, mtime);
    }
  });
});
