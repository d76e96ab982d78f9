// The task of the fitting worker: reading a ticket export and fitting it, or backtesting it, off
// the server's main thread (a large file takes seconds). Bundled like replication-task.ts.
import { backtestTicketLog, fitTicketLog, type TicketLogOptions } from '../../simulator/index.ts';
import { readTicketFile } from '../fitting/read-ticket-file.ts';

export type FittingTask =
  | { kind: 'fit'; path: string; options: TicketLogOptions & { label?: string } }
  | {
      kind: 'backtest';
      path: string;
      options: TicketLogOptions & { label?: string };
      testWeeks?: number;
      trainWeeks?: number;
    };

/** Errors cross the thread as plain data: the simulator's code and message, or a message. */
export type FittingOutcome =
  | { ok: true; value: unknown }
  | { ok: false; code: string | null; issues: unknown; message: string };

export default async function runFittingTask(task: FittingTask): Promise<FittingOutcome> {
  try {
    const log = await readTicketFile(task.path, task.options);
    const value =
      task.kind === 'fit'
        ? fitTicketLog(log)
        : backtestTicketLog(log, { testWeeks: task.testWeeks, trainWeeks: task.trainWeeks });
    return { ok: true, value };
  } catch (error) {
    const e = error as { code?: string; issues?: unknown; message: string };
    return { ok: false, code: e.code ?? null, issues: e.issues ?? null, message: e.message };
  }
}
