import type { MetricSummary } from '../report/confidence-interval.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { SimulationResult } from './simulate-scenario.ts';
import type { WarmUpReport } from './warm-up.ts';

/**
 * What the optimiser minimises: "targets", the staff cost of meeting every class's service-level
 * target with no group busier than `maxOccupancy`; "total-cost", staff cost plus the cost of
 * users' lost productivity (scenario economics).
 */
export type OptimiseGoal = 'targets' | 'total-cost';

export interface OptimiseQuestion {
  goal: OptimiseGoal;
  /** With "targets": the highest mean occupancy a group may run at (default 0.85). */
  maxOccupancy?: number;
  /** Replications of the fresh-seed verification (default: twice the search's). */
  verifyReplications?: number;
  /** Group ids whose headcount may change (default: every group). */
  groups?: readonly string[];
}

/** A headcount the optimiser chooses: a group's agents, or one shift's agents. */
export interface Decision {
  path: string;
  label: string;
  /** The group's id, and the shift's index for a shift's headcount. */
  group: string;
  shift: number | null;
  /** The fewest allowed: 1 for a group, 0 for a shift. */
  min: number;
}

/** A staffing (one value per decision) and how it did on one set of replications. */
export interface Evaluation {
  values: number[];
  meetsTargets: boolean;
  /** How far from meeting the targets: missing attainment plus occupancy above the cap, summed. */
  shortfall: number;
  staffCostPerWeek: MetricSummary | null;
  totalCostPerWeek: MetricSummary | null;
  /** What the search minimises: staff cost (or paid agent-hours) or total cost, a week. */
  objective: number;
}

export interface Optimisation {
  goal: OptimiseGoal;
  maxOccupancy: number;
  decisions: Decision[];
  /** The analytic starting point (Erlang C per group; a shift keeps the scenario's value). */
  start: number[];
  answer: number[];
  /** The scenario with the answer applied. */
  scenario: Scenario;
  /**
   * False when adding agents to the groups being staffed stopped closing the shortfall before
   * every target was met: no headcount of theirs meets the targets (goal "targets").
   */
  feasible: boolean;
  /** The (last) search: its seed and replications, the rounds of search and verification, and the staffings simulated in all. */
  search: { seed: number; replications: number; rounds: number; evaluations: number };
  /** The answer re-run on a seed the search never saw. */
  verification: {
    seed: number;
    replications: number;
    result: Omit<SimulationResult, 'backlog'>;
    meetsTargets: boolean;
    /** Every class's interval wholly at or above its target (goal "targets"). */
    confident: boolean;
  };
  /**
   * Each decision one agent lower (where allowed), run on the verification seed: whether it still
   * meets the targets, and its total cost's paired difference from the answer.
   */
  oneFewer: {
    path: string;
    value: number;
    meetsTargets: boolean;
    totalCostDifference: MetricSummary | null;
  }[];
  warmUp: WarmUpReport;
  /** Sentences saying what was found and how sure it is. */
  summary: string[];
}

/** Default occupancy ceiling of the "targets" goal. */
export const DEFAULT_MAX_OCCUPANCY = 0.85;
/** Offset of the verification seed from the search seed. */
export const VERIFY_SEED_OFFSET = 104_729;
