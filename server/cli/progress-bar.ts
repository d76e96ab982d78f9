import cliProgress from 'cli-progress';
import { formatMinutes, type Progress } from '../../simulator/index.ts';
import type { Output } from './output.ts';

/**
 * A progress bar on stderr for long work, drawn only when stderr is a terminal (so scripts and
 * pipes get clean output): replications done of those planned, and the estimated time left.
 * Returns the listener to report progress to and a function to close the bar.
 */
export function createProgressBar(
  output: Output,
  label: string,
  unit = 'replications',
): {
  update: (progress: Progress) => void;
  count: (done: number, total: number) => void;
  stop: () => void;
} {
  if (!output.interactive) return { update: () => {}, count: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} ${unit} · {left} left`,
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const since = Date.now();
  const update = ({ done, total, etaSeconds }: Progress) => {
    const left = etaSeconds === null ? '…' : formatMinutes(etaSeconds / 60);
    if (!started) {
      bar.start(total, 0, { left });
      started = true;
    }
    bar.setTotal(total);
    bar.update(done, { left });
  };
  return {
    update,
    /** For work that reports bare counts: the time left is estimated here. */
    count(done, total) {
      const elapsedSeconds = (Date.now() - since) / 1000;
      const etaSeconds = done === 0 ? null : (elapsedSeconds / done) * (total - done);
      update({ done, total, elapsedSeconds, etaSeconds });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
