import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { api, errorMessage, type Run, type RunProgress, type RunStatus } from '../api/client.ts';

/**
 * Follows one run for an element: its status, its progress (from the server's event stream), and
 * its result once done. `watch(id)` starts following (a finished run is read at once); the host
 * re-renders on every change and the stream closes when the host leaves the page.
 */
export class RunController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private abort: AbortController | null = null;
  run: Run | null = null;
  status: RunStatus | null = null;
  progress: RunProgress | null = null;
  error: string | null = null;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Whether the run may still change (queued or running). */
  get active(): boolean {
    return this.status === 'queued' || this.status === 'running';
  }

  /** Starts following run `id`; resolves once it has ended (or following stopped). */
  async watch(id: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.run = null;
    this.progress = null;
    this.error = null;
    try {
      const run = await api.getRun(id, abort.signal);
      if (abort.signal.aborted) return;
      this.accept(run);
      if (this.active) {
        const final = await api.followRun(
          id,
          (progress) => {
            this.progress = progress;
            this.status = 'running';
            this.host.requestUpdate();
          },
          abort.signal,
        );
        if (final === null || abort.signal.aborted) return;
        const ended = await api.getRun(id, abort.signal);
        if (abort.signal.aborted) return;
        this.accept(ended);
      }
    } catch (error) {
      if ((error as Error).name === 'AbortError' || abort.signal.aborted) return;
      this.error = errorMessage(error);
    }
    this.host.requestUpdate();
  }

  /** Asks the server to cancel the run; the event stream then reports the cancelled status. */
  async cancel(): Promise<void> {
    if (this.run === null) return;
    try {
      await api.cancelRun(this.run.id);
    } catch (error) {
      this.error = errorMessage(error);
      this.host.requestUpdate();
    }
  }

  private accept(run: Run): void {
    this.run = run;
    this.status = run.status;
    if (run.progress !== null) this.progress = run.progress;
    this.host.requestUpdate();
  }
}
