import type { Distribution } from '../random/distribution.ts';
import type { ArrivalModel } from './arrival-process.ts';

/** A ticket class as the engine sees it: all durations in minutes. */
export interface EngineClass {
  id: string;
  /** Share of arrivals, a fraction; the shares of all classes add up to 1. */
  share: number;
  /** Waiting-line level: 0 is served first. */
  level: number;
  work: Distribution;
  /** Patience before abandoning; null when tickets of this class never abandon. */
  patience: Distribution | null;
  /** Service-level target time, minutes; null when the class has no target. */
  targetMinutes: number | null;
}

/** Everything one replication needs, compiled from a scenario: all times in minutes. */
export interface EngineModel {
  agents: number;
  horizonMinutes: number;
  warmUpMinutes: number;
  arrivals: ArrivalModel;
  classes: readonly EngineClass[];
  /** Number of waiting-line levels (1 for FIFO). */
  levels: number;
}
