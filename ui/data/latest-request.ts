/**
 * Keeps only the latest of a series of requests, so that a slow answer to an earlier one (a data
 * set the user has since left) is never shown: `start()` aborts the request before and gives the
 * new one's signal; `isCurrent(signal)` says whether that request's answer may still be shown;
 * `cancel()` aborts the current one (the view is closed).
 */
export interface LatestRequest {
  start(): AbortSignal;
  isCurrent(signal: AbortSignal): boolean;
  cancel(): void;
}

/**
 * A new series of requests, none started.
 *
 * @example
 * const latest = createLatestRequest();
 * const first = latest.start();
 * const second = latest.start();
 * latest.isCurrent(first) // => false (and first.aborted is true)
 * latest.isCurrent(second) // => true
 */
export function createLatestRequest(): LatestRequest {
  let current: AbortController | null = null;
  return {
    start() {
      current?.abort();
      current = new AbortController();
      return current.signal;
    },
    isCurrent(signal) {
      return current !== null && current.signal === signal && !signal.aborted;
    },
    cancel() {
      current?.abort();
      current = null;
    },
  };
}
