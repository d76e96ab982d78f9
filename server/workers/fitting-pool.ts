import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { type InputIssue, SimulatorError, type SimulatorErrorCode } from '../../simulator/index.ts';
import type { FittingOutcome, FittingTask } from './fitting-task.ts';
import { workerBundle } from './worker-pool.ts';

/** One worker thread that reads and fits ticket exports, so that the server keeps answering. */
export class FittingPool {
  private pool: Piscina | null = null;

  /** Runs a task on the fitting thread; simulator errors come back as SimulatorErrors. */
  async run(task: FittingTask): Promise<unknown> {
    this.pool ??= new Piscina({
      filename: pathToFileURL(workerBundle('fitting-task')).href,
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: 30_000,
      execArgv: [],
    });
    const outcome = (await this.pool.run(task)) as FittingOutcome;
    if (outcome.ok) return outcome.value;
    if (outcome.code?.startsWith('SIM_ERR_') === true) {
      throw new SimulatorError(outcome.code as SimulatorErrorCode, outcome.issues as InputIssue[]);
    }
    throw new Error(outcome.message);
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
