import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { Piscina } from 'piscina';
import {
  IN_PROCESS,
  type ReplicationExecutor,
  type ReplicationOutput,
  RunAborted,
  type Scenario,
} from '../../simulator/index.ts';

/** An executor that may hold threads: close it when done. */
export interface ClosableExecutor extends ReplicationExecutor {
  close(): Promise<void>;
  /**
   * Runs WARM_UP_REPLICATIONS replications of `scenario` on every worker and throws the outputs
   * away, so that each thread's JIT has compiled the engine before the first real run (a sweep
   * on a fresh pool takes about a third longer than on a warmed one). Nothing in this thread.
   */
  warmUp(scenario: Scenario): Promise<void>;
}

/** Replications each worker runs to warm up: enough for V8 to optimise the engine's hot paths. */
export const WARM_UP_REPLICATIONS = 8;

const bundles = new Map<string, string>();

/**
 * A worker's code as one JavaScript file: `entry` (a file of server/workers) with the simulator,
 * bundled by esbuild and written under node_modules/.cache (so that the npm packages it imports
 * resolve as from the project) with the hash of its content in its name: the same code is written
 * once and reused, never left behind in copies. Workers load it without compiling TypeScript.
 *
 * Beside it a manifest lists the hash of every source file that went into it (and of the files
 * that decide how it is built). A later process whose sources all hash the same reuses the bundle
 * without building it: reading and hashing them takes a few milliseconds, building about 150.
 * No manifest is written when a source changed while the bundle was built (its hash would not be
 * the content built), and a manifest names its bundle by file name in its own folder, so that a
 * copy of the project never loads another copy's bundle.
 *
 * STAFFLAB_BUNDLE_CACHE names another folder under node_modules/.cache (tests use their own).
 */
export function workerBundle(entry: string): string {
  const known = bundles.get(entry);
  if (known !== undefined) return known;
  const dir = join(PROJECT_ROOT, 'node_modules', '.cache', bundleCacheName());
  const manifestFile = join(dir, `${entry}.manifest.json`);
  const reused = reusableBundle(dir, manifestFile);
  if (reused !== null) {
    bundles.set(entry, reused);
    return reused;
  }
  const buildStart = Date.now();
  const built = buildSync({
    entryPoints: [fileURLToPath(new URL(`./${entry}.ts`, import.meta.url))],
    absWorkingDir: PROJECT_ROOT,
    metafile: true,
    bundle: true,
    // CommonJS, which piscina loads with require(): Node 20's require() of an ES module graph can
    // abort the process when workers load it at once. Packages that ship only as ES modules
    // (typebox) are bundled in; the others stay external and load as CommonJS.
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: externalPackages(),
    write: false,
    outdir: 'out',
    logLevel: 'error',
  });
  const code = built.outputFiles[0]?.text ?? '';
  const name = `${entry}-${sha256(code).slice(0, 16)}.cjs`;
  const file = join(dir, name);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file)) writeAtomically(file, code);
  const inputs = [...Object.keys(built.metafile?.inputs ?? {}), ...BUILD_INPUTS];
  if (inputs.every((path) => modifiedBefore(path, buildStart))) {
    const manifest: BundleManifest = {
      bundle: name,
      inputs: Object.fromEntries(inputs.map((path) => [path, hashOf(path)])),
    };
    writeAtomically(manifestFile, JSON.stringify(manifest));
  }
  bundles.set(entry, file);
  return file;
}

/** A bundle's file name and the hashes of the files it was built from (paths in the project). */
interface BundleManifest {
  bundle: string;
  inputs: Record<string, string | null>;
}

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Files that decide how a bundle is built, besides its sources. */
const BUILD_INPUTS = [
  'server/workers/worker-pool.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** The folder under node_modules/.cache for bundles: STAFFLAB_BUNDLE_CACHE, else "stafflab". */
function bundleCacheName(): string {
  const name = process.env.STAFFLAB_BUNDLE_CACHE ?? '';
  return /^[\w.-]+$/.test(name) && name !== '.' && name !== '..' ? name : 'stafflab';
}

/** The bundle a manifest names, when it exists and every input still hashes the same; else null. */
function reusableBundle(dir: string, manifestFile: string): string | null {
  if (!existsSync(manifestFile)) return null;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BundleManifest;
    if (!/^[\w.-]+\.cjs$/.test(manifest.bundle)) return null;
    const file = join(dir, manifest.bundle);
    if (!existsSync(file)) return null;
    for (const [path, hash] of Object.entries(manifest.inputs)) {
      if (hashOf(path) !== hash) return null;
    }
    return file;
  } catch {
    // A manifest that cannot be read is rebuilt.
    return null;
  }
}

/** True when a project file was last changed before `time` (ms since 1970), or does not exist. */
function modifiedBefore(path: string, time: number): boolean {
  const absolute = join(PROJECT_ROOT, path);
  return !existsSync(absolute) || statSync(absolute).mtimeMs < time;
}

/** The SHA-256 of a project file's content; null when it does not exist. */
function hashOf(path: string): string | null {
  const absolute = join(PROJECT_ROOT, path);
  return existsSync(absolute) ? sha256(readFileSync(absolute)) : null;
}

function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Writes `content` to `file` through a temporary file, so no reader sees half of it. */
function writeAtomically(file: string, content: string): void {
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, content);
  renameSync(partial, file);
}

/** The dependencies that can stay outside the bundle: every one with a CommonJS entry. */
function externalPackages(): string[] {
  const manifest = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { dependencies: Record<string, string> };
  return Object.keys(manifest.dependencies).filter((name) => !ES_MODULE_ONLY.has(name));
}

/** Dependencies published as ES modules only. */
const ES_MODULE_ONLY = new Set(['typebox']);

/** Worker threads to use when none are asked for: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Runs replications on up to `asked` worker threads, at most one per core (a few tasks per
 * worker, each a run of consecutive replications), or in this thread for one worker. Outputs come back in the order asked for, whatever order the workers finish in.
 */
export function createExecutor(asked: number = defaultWorkers()): ClosableExecutor {
  // More threads than cores only adds start-up and switching: the results are the same.
  const workers = Math.min(asked, defaultWorkers());
  if (workers <= 1) return { ...IN_PROCESS, close: async () => {}, warmUp: async () => {} };
  const pool = new Piscina({
    filename: pathToFileURL(workerBundle('replication-task')).href,
    // The bundle is plain JavaScript: workers need none of the parent's loader flags (tsx).
    execArgv: [],
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  return {
    parallelism: workers,
    async run(scenario, seed, replications, onEach, signal, parts) {
      // A few tasks per worker: fewer messages than one per replication, balanced enough.
      const size = Math.max(1, Math.ceil(replications.length / (workers * 3)));
      const chunks: number[][] = [];
      for (let i = 0; i < replications.length; i += size) {
        chunks.push(replications.slice(i, i + size));
      }
      const results = await Promise.all(
        chunks.map(async (chunk) => {
          const outputs: ReplicationOutput[] = await pool
            .run({ scenario, seed, replications: chunk, parts }, { signal })
            .catch((error: unknown) => {
              if (signal?.aborted === true) {
                throw new RunAborted(String(signal.reason ?? 'cancelled'));
              }
              throw error;
            });
          for (let i = 0; i < chunk.length; i++) onEach?.();
          return outputs;
        }),
      );
      return results.flat();
    },
    async warmUp(scenario) {
      // One task per worker, all at once: an idle pool hands each to a different thread.
      const replications = Array.from({ length: WARM_UP_REPLICATIONS }, (_, r) => r);
      await Promise.all(
        Array.from({ length: workers }, () =>
          pool.run({ scenario, seed: 1, replications, parts: { backlog: false } }),
        ),
      );
    },
    close: () => pool.destroy(),
  };
}
