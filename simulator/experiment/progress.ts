/** Where long work stands: what the CLI draws as a bar and the server streams. */
export interface Progress {
  /** Replications finished. */
  done: number;
  /** Replications planned (may grow when replications are added until a precision is reached). */
  total: number;
  /** Seconds since the work started. */
  elapsedSeconds: number;
  /** Estimated seconds left at the rate so far; null before the first replication is done. */
  etaSeconds: number | null;
}

export type ProgressListener = (progress: Progress) => void;

/**
 * Counts finished replications against a total and estimates the time left from the mean time per
 * replication so far. `now` is injectable for tests.
 */
export class ProgressTracker {
  private done = 0;
  private total: number;
  private readonly started: number;
  private readonly listener: ProgressListener | undefined;
  private readonly now: () => number;

  constructor(total: number, listener: ProgressListener | undefined, now: () => number = Date.now) {
    this.total = total;
    this.listener = listener;
    this.now = now;
    this.started = now();
  }

  /** Replications finished so far. */
  get finished(): number {
    return this.done;
  }

  /** Raises the planned total (never lowers it below what is done). */
  plan(total: number): void {
    this.total = Math.max(total, this.done);
  }

  /** Records one finished replication and tells the listener. */
  tick = (): void => {
    this.done++;
    if (this.listener === undefined) return;
    const elapsedSeconds = (this.now() - this.started) / 1000;
    this.listener({
      done: this.done,
      total: this.total,
      elapsedSeconds,
      etaSeconds: (elapsedSeconds / this.done) * Math.max(0, this.total - this.done),
    });
  };
}
