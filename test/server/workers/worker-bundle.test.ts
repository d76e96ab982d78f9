import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifestFile = `${root}node_modules/.cache/stafflab/fitting-task.manifest.json`;

/** The bundle path a fresh process gets for the fitting task. */
function bundleInFreshProcess(): string {
  const script = `
    import { workerBundle } from './server/workers/worker-pool.ts';
    console.log(workerBundle('fitting-task'));
  `;
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: root, encoding: 'utf8' },
  );
  expect(child.status, child.stderr).toBe(0);
  return child.stdout.trim();
}

describe('the worker bundle cache', () => {
  it('is reused by a later process while its sources hash the same, and rebuilt when one differs', () => {
    const first = bundleInFreshProcess();
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    expect(manifest.bundle).toBe(first);
    expect(Object.keys(manifest.inputs)).toEqual(
      expect.arrayContaining([
        'server/workers/fitting-task.ts',
        'server/workers/worker-pool.ts',
        'package.json',
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
});
