import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
} from '../../simulator/index.ts';

/** An executor that may hold threads: close it when done. */
export interface ClosableExecutor extends ReplicationExecutor {
  close(): Promise<void>;
}

const bundles = new Map<string, string>();

/**
 * A worker's code as one JavaScript file: `entry` (a file of server/workers) with the simulator,
 * bundled by esbuild once per process (tens of milliseconds) and written under
 * node_modules/.cache (so that the npm packages it imports resolve as from the project) with the
 * hash of its content in its name: the same code is written once and reused, never left behind in
 * copies. Workers load it without compiling TypeScript themselves.
 */
export function workerBundle(entry: string): string {
  const known = bundles.get(entry);
  if (known !== undefined) return known;
  const built = buildSync({
    entryPoints: [fileURLToPath(new URL(`./${entry}.ts`, import.meta.url))],
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
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = fileURLToPath(new URL('../../node_modules/.cache/stafflab/', import.meta.url));
  const file = join(dir, `${entry}-${hash}.cjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  bundles.set(entry, file);
  return file;
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
  if (workers <= 1) return { ...IN_PROCESS, close: async () => {} };
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
    close: () => pool.destroy(),
  };
}
