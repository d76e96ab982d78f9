import { confidenceInterval, type MetricSummary } from '../report/confidence-interval.ts';
import type { Scenario } from '../scenario/schema.ts';
import { applyVariant } from './apply-variant.ts';
import type { Decision, Evaluation, OptimiseGoal } from './optimisation-types.ts';
import type { ProgressTracker } from './progress.ts';
import type { ReplicationExecutor } from './replication-executor.ts';
import { type SimulationResult, simulateScenario } from './simulate-scenario.ts';

/** The most moves one search makes before giving up. */
const MAX_MOVES = 400;

export interface Evaluated {
  evaluation: Evaluation;
  result: SimulationResult;
  /** Each replication's total cost a week, for paired differences. */
  totals: (number | null)[];
}

/** Simulates staffings, remembering each (values, seed, replications) it has run. */
export class Evaluator {
  evaluations = 0;
  private readonly cache = new Map<string, Evaluated>();
  private readonly base: Scenario;
  private readonly decisions: readonly Decision[];
  private readonly goal: OptimiseGoal;
  private readonly maxOccupancy: number;
  private readonly executor: ReplicationExecutor;
  private readonly progress: ProgressTracker;

  constructor(
    base: Scenario,
    decisions: readonly Decision[],
    settings: { goal: OptimiseGoal; maxOccupancy: number },
    executor: ReplicationExecutor,
    progress: ProgressTracker,
  ) {
    this.base = base;
    this.decisions = decisions;
    this.goal = settings.goal;
    this.maxOccupancy = settings.maxOccupancy;
    this.executor = executor;
    this.progress = progress;
  }

  scenarioFor(values: readonly number[]): Scenario {
    return applyVariant(
      this.base,
      {
        name: values.join(','),
        changes: this.decisions.map((d, i) => ({ path: d.path, value: values[i] })),
      },
      'staffing',
      (j) => this.decisions[j]?.path ?? 'decision',
    );
  }

  async evaluate(
    values: readonly number[],
    seed: number,
    replications: number,
  ): Promise<Evaluated> {
    const key = `${values.join(',')}|${seed}|${replications}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    this.evaluations++;
    this.progress.plan(this.progress.finished + replications);
    const { result, outputs } = await simulateScenario(this.scenarioFor(values), {
      executor: this.executor,
      seed,
      replications,
      onProgress: this.progress.tick,
      // The optimisation reports no backlog.
      backlog: false,
    });
    const entry = {
      evaluation: this.judge(values, result),
      result,
      totals: outputs.map((o) => o.overall.totalCostPerWeek),
    };
    this.cache.set(key, entry);
    return entry;
  }

  /** Confidence interval of total cost (a − b) over replications paired by index, both already run. */
  pairedTotalCost(a: readonly number[], b: readonly number[], seed: number): MetricSummary | null {
    const find = (values: readonly number[]) =>
      [...this.cache.entries()].find(([key]) =>
        key.startsWith(`${values.join(',')}|${seed}|`),
      )?.[1];
    const x = find(a)?.totals ?? [];
    const y = find(b)?.totals ?? [];
    const differences = x.map((v, r) =>
      v === null || y[r] === null || y[r] === undefined ? null : v - (y[r] as number),
    );
    return confidenceInterval(differences, 0.95);
  }

  /**
   * From `start`, the search for the goal on one seed: for "targets", add agents until every
   * target is met, then remove while they stay met; for "total-cost", the best single move (±1
   * agent on one decision) while it lowers the mean total cost.
   */
  async search(
    start: readonly number[],
    seed: number,
    replications: number,
  ): Promise<{ values: number[]; stuck: boolean }> {
    let current = [...start];
    let here = (await this.evaluate(current, seed, replications)).evaluation;
    for (let move = 0; move < MAX_MOVES; move++) {
      const candidates = await this.neighbours(current, seed, replications);
      let next: Evaluation | null = null;
      if (this.goal === 'total-cost') {
        for (const c of candidates) if (c.objective < (next ?? here).objective) next = c;
      } else if (!here.meetsTargets) {
        // Add the agent that closes most shortfall per unit of cost; when no agent closes any,
        // more agents in these groups cannot meet the targets.
        let best = 0;
        for (const c of candidates) {
          if (!isAbove(c.values, current)) continue;
          const cost = Math.max(c.objective - here.objective, 1e-9);
          const gain = (here.shortfall - c.shortfall) / cost;
          if (gain > best) {
            best = gain;
            next = c;
          }
        }
        if (next === null) return { values: current, stuck: true };
      } else {
        // Remove the agent that saves most while the targets stay met.
        for (const c of candidates) {
          if (isAbove(c.values, current) || !c.meetsTargets) continue;
          if (c.objective < (next ?? here).objective) next = c;
        }
      }
      if (next === null) break;
      current = next.values;
      here = next;
    }
    return { values: current, stuck: this.goal === 'targets' && !here.meetsTargets };
  }

  /** Every staffing one agent away from `values` (within each decision's minimum). */
  private async neighbours(
    values: readonly number[],
    seed: number,
    replications: number,
  ): Promise<Evaluation[]> {
    const result: Evaluation[] = [];
    for (const [i, decision] of this.decisions.entries()) {
      for (const step of [1, -1]) {
        const value = (values[i] as number) + step;
        if (value < decision.min) continue;
        const next = values.map((v, j) => (j === i ? value : v));
        result.push((await this.evaluate(next, seed, replications)).evaluation);
      }
    }
    return result;
  }

  private judge(values: readonly number[], result: SimulationResult): Evaluation {
    let shortfall = 0;
    for (const c of result.classes) {
      if (c.target === null) continue;
      const sl = c.metrics.serviceLevel?.mean ?? 0;
      shortfall += Math.max(0, c.target.attainment - sl);
    }
    // The cap binds only the groups being staffed: the others' headcounts are not ours to change.
    for (const g of result.groups) {
      if (!this.decisions.some((d) => d.group === g.id)) continue;
      shortfall += Math.max(0, (g.metrics.occupancy?.mean ?? 0) - this.maxOccupancy);
    }
    const staff = result.overall.staffCostPerWeek;
    const total = result.overall.totalCostPerWeek;
    const paid =
      staff !== null && staff.mean > 0 ? staff.mean : (result.overall.agentHoursPerWeek?.mean ?? 0);
    return {
      values: [...values],
      meetsTargets: shortfall === 0,
      shortfall,
      staffCostPerWeek: staff,
      totalCostPerWeek: total,
      objective: this.goal === 'total-cost' ? (total?.mean ?? Number.POSITIVE_INFINITY) : paid,
    };
  }
}

function isAbove(a: readonly number[], b: readonly number[]): boolean {
  return a.some((v, i) => v > (b[i] as number));
}
