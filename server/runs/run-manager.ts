import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import {
  abortable,
  isSimulatorError,
  type Progress,
  type ReplicationExecutor,
  RunAborted,
} from '../../simulator/index.ts';
import type { StafflabDatabase } from '../storage/database.ts';
import { executeRun, type RunKind, type RunRequest } from './execute-run.ts';

export type RunStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** A run as kept: what was asked, where it stands, and its result once done. */
export interface RunRecord {
  id: string;
  kind: RunKind;
  scenarioId: string | null;
  /** The name of the scenario the run simulated (the base of a comparison or sweep). */
  scenarioName: string | null;
  status: RunStatus;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The latest progress of a running run (not kept across restarts). */
  progress: Progress | null;
  result: unknown;
  /** What was asked: the scenario itself and the options (only when read with its result). */
  request: unknown;
}

/** Every column of a run, and the name of its scenario read from the stored request. */
const SELECT_RUNS = "SELECT *, json_extract(request, '$.scenario.name') AS scenario_name FROM runs";

/** What the event stream of a run carries. */
export type RunEvent =
  | { type: 'progress'; progress: Progress }
  | { type: 'status'; status: RunStatus; error: string | null };

interface Row {
  id: string;
  kind: RunKind;
  scenario_id: string | null;
  scenario_name: string | null;
  request: string;
  status: RunStatus;
  error: string | null;
  result: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface RunManagerOptions {
  db: StafflabDatabase;
  executor: ReplicationExecutor;
  /** Runs executing at once; the others wait in order (default: the executor's parallelism). */
  concurrency?: number;
  /** A run still going after this many milliseconds is stopped and marked failed. */
  timeLimitMs: number;
}

/**
 * Runs the experiments the API is asked for: each starts queued and returns its id at once, runs
 * when a slot is free (at most `concurrency` at a time, first come first served), reports progress
 * as events, and stores its result, or why it failed, when it ends. A run can be cancelled; one
 * past the time limit is stopped. Runs left queued or running by a previous process (a restart,
 * a crash) are marked failed when the manager starts, never left hanging.
 */
export class RunManager {
  private readonly db: StafflabDatabase;
  private readonly executor: ReplicationExecutor;
  private readonly concurrency: number;
  private readonly timeLimitMs: number;
  private readonly events = new EventEmitter();
  private readonly waiting: { id: string; request: RunRequest }[] = [];
  private readonly active = new Map<string, AbortController>();
  private readonly progress = new Map<string, Progress>();

  constructor(options: RunManagerOptions) {
    this.db = options.db;
    this.executor = options.executor;
    this.concurrency = Math.max(1, options.concurrency ?? options.executor.parallelism);
    this.timeLimitMs = options.timeLimitMs;
    this.events.setMaxListeners(0);
    this.db
      .prepare(
        "UPDATE runs SET status = 'failed', error = 'interrupted: the server stopped before the run finished', finished_at = ? WHERE status IN ('queued', 'running')",
      )
      .run(new Date().toISOString());
  }

  /** Queues a run and returns its id. */
  start(request: RunRequest, scenarioId: string | null): string {
    const id = randomUUID();
    const { scenario: _scenario, ...options } = request;
    this.db
      .prepare(
        "INSERT INTO runs (id, kind, scenario_id, request, status, created_at) VALUES (?, ?, ?, ?, 'queued', ?)",
      )
      .run(
        id,
        request.kind,
        scenarioId,
        JSON.stringify({ ...options, scenario: request.scenario }),
        new Date().toISOString(),
      );
    this.waiting.push({ id, request });
    this.pump();
    return id;
  }

  get(id: string): RunRecord | null {
    const row = this.db.prepare(`${SELECT_RUNS} WHERE id = ?`).get(id) as Row | undefined;
    return row === undefined ? null : this.toRecord(row, true);
  }

  /** The latest runs first, without their results. */
  list(limit: number): RunRecord[] {
    return (
      this.db.prepare(`${SELECT_RUNS} ORDER BY created_at DESC LIMIT ?`).all(limit) as Row[]
    ).map((row) => this.toRecord(row, false));
  }

  /** Cancels a queued or running run; false when it had already ended (or never was). */
  cancel(id: string): boolean {
    const queued = this.waiting.findIndex((w) => w.id === id);
    if (queued >= 0) {
      this.waiting.splice(queued, 1);
      this.finish(id, 'cancelled', null, 'cancelled before it started');
      return true;
    }
    const controller = this.active.get(id);
    if (controller === undefined) return false;
    controller.abort('cancelled');
    return true;
  }

  /** Runs waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Listens to a run's events; returns the function that stops listening. */
  subscribe(id: string, listener: (event: RunEvent) => void): () => void {
    this.events.on(id, listener);
    return () => this.events.off(id, listener);
  }

  /** Cancels everything (the server is closing): queued and running runs end as cancelled. */
  async close(): Promise<void> {
    for (const { id } of this.waiting.splice(0))
      this.finish(id, 'cancelled', null, 'the server was shut down');
    const running = [...this.active.values()];
    for (const controller of running) controller.abort('cancelled: the server was shut down');
    while (this.active.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  private pump(): void {
    while (this.active.size < this.concurrency && this.waiting.length > 0) {
      const next = this.waiting.shift() as { id: string; request: RunRequest };
      void this.execute(next.id, next.request);
    }
  }

  private async execute(id: string, request: RunRequest): Promise<void> {
    const controller = new AbortController();
    this.active.set(id, controller);
    const timer = setTimeout(
      () => controller.abort(`the time limit of ${Math.round(this.timeLimitMs / 1000)} s`),
      this.timeLimitMs,
    );
    this.db
      .prepare("UPDATE runs SET status = 'running', started_at = ? WHERE id = ?")
      .run(new Date().toISOString(), id);
    this.emit(id, { type: 'status', status: 'running', error: null });
    try {
      const result = await executeRun(
        request,
        abortable(this.executor, controller.signal),
        (progress) => {
          this.progress.set(id, progress);
          this.emit(id, { type: 'progress', progress });
        },
      );
      this.finish(id, 'done', result, null);
    } catch (error) {
      const reason = String(controller.signal.reason ?? '');
      if (error instanceof RunAborted || controller.signal.aborted) {
        const cancelled = reason.startsWith('cancelled');
        this.finish(
          id,
          cancelled ? 'cancelled' : 'failed',
          null,
          cancelled ? reason : `stopped: ${reason}`,
        );
      } else {
        this.finish(
          id,
          'failed',
          null,
          isSimulatorError(error) ? error.message : `the run failed: ${(error as Error).message}`,
        );
      }
    } finally {
      clearTimeout(timer);
      this.active.delete(id);
      this.progress.delete(id);
      this.pump();
    }
  }

  private finish(id: string, status: RunStatus, result: unknown, error: string | null): void {
    this.db
      .prepare('UPDATE runs SET status = ?, result = ?, error = ?, finished_at = ? WHERE id = ?')
      .run(
        status,
        result === null ? null : JSON.stringify(result),
        error,
        new Date().toISOString(),
        id,
      );
    this.emit(id, { type: 'status', status, error });
  }

  private emit(id: string, event: RunEvent): void {
    this.events.emit(id, event);
  }

  private toRecord(row: Row, withResult: boolean): RunRecord {
    return {
      id: row.id,
      kind: row.kind,
      scenarioId: row.scenario_id,
      scenarioName: row.scenario_name,
      status: row.status,
      error: row.error,
      createdAt: row.created_at,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      progress: this.progress.get(row.id) ?? null,
      result: withResult && row.result !== null ? JSON.parse(row.result) : null,
      request: withResult ? JSON.parse(row.request) : null,
    };
  }
}
