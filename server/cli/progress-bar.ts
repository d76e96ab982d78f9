import cliProgress from 'cli-progress';
import type { Output } from './output.ts';

/**
 * A progress bar on stderr for long work, drawn only when stderr is a terminal (so scripts and
 * pipes get clean output). Returns the callback to report (done, total) and a function to close it.
 */
export function createProgressBar(
  output: Output,
  label: string,
): { update: (done: number, total: number) => void; stop: () => void } {
  if (!output.interactive) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} replications · {eta_formatted} left`,
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
