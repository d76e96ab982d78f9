import type { RunProgress, RunStatus } from '../api/client.ts';

/**
 * What a progress bar says: waiting, or replications done out of the total with the time spent
 * and the time left, in words.
 *
 * @example
 * progressText('running', { done: 6, total: 20, elapsedSeconds: 4, etaSeconds: 9.3 })
 * // => '6 of 20 replications · 4 s so far · about 10 s left'
 */
export function progressText(
  status: RunStatus | null,
  progress: RunProgress | null,
  waitedSeconds = 0,
): string {
  const waited = waitedSeconds >= 1 ? ` (${seconds(waitedSeconds)})` : '';
  if (status === 'queued') return `Waiting for a free worker…${waited}`;
  if (progress === null || progress.done === 0) {
    return `Starting: the first replications are running…${waited}`;
  }
  const parts = [
    `${progress.done} of ${progress.total} replications`,
    `${seconds(progress.elapsedSeconds)} so far`,
  ];
  if (progress.etaSeconds !== null && progress.done < progress.total) {
    parts.push(`about ${seconds(progress.etaSeconds)} left`);
  }
  return parts.join(' · ');
}

/** Seconds in words a person reads: "45 s", "3 min 20 s". */
export function seconds(value: number): string {
  const s = Math.ceil(value);
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
