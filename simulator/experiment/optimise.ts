import { fail, isSimulatorError, SIM_ERR } from '../errors.ts';
import { confidenceInterval, type MetricSummary } from '../report/confidence-interval.ts';
import { groupWorkload } from '../scenario/aggregate-work.ts';
import { expectedArrivals } from '../scenario/expected-arrivals.ts';
import { resolveRunOptions } from '../scenario/run-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';
import { requiredAgents } from '../staffing/required-agents.ts';
import { formatMinutes, toMinutes } from '../units.ts';
import { applyVariant, groupPath } from './apply-variant.ts';
import { ProgressTracker } from './progress.ts';
import { IN_PROCESS, type ReplicationExecutor } from './replication-executor.ts';
import {
  type ExperimentOptions,
  type SimulationResult,
  simulateScenario,
} from './simulate-scenario.ts';
import { detectWarmUp, type WarmUpReport, withWarmUp } from './warm-up.ts';

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
/** The most moves one search makes before giving up. */
const MAX_MOVES = 400;

/**
 * The cheapest headcount per group (per shift where a group has shifts) for a goal: starts from
 * the analytic answer (Erlang C per group on its visits and work), adds agents where they close
 * the shortfall most per unit of cost until the targets are met, then removes agents while the
 * targets stay met (goal "targets"), or moves one agent at a time while the total cost falls
 * (goal "total-cost"). Every candidate is simulated on the same seed (common random numbers), so
 * that candidates differ by their staffing, not by their luck. The answer is then verified on a
 * fresh seed; if it fails there, the search resumes on that seed and verifies again on another.
 *
 * @throws SimulatorError for a goal the scenario cannot support (no economics for "total-cost",
 *   no targets for "targets") or an unknown group.
 */
export async function optimiseStaffing(
  base: Scenario,
  question: OptimiseQuestion,
  run: Omit<ExperimentOptions, 'precision' | 'detectWarmUp'> = {},
): Promise<Optimisation> {
  const maxOccupancy = question.maxOccupancy ?? DEFAULT_MAX_OCCUPANCY;
  checkQuestion(base, question, maxOccupancy);
  const decisions = decisionsOf(base, question.groups);
  const start = analyticStart(base, decisions, maxOccupancy);
  const { seed, replications } = resolveRunOptions(base, run);
  const verifyReplications = question.verifyReplications ?? 2 * replications;
  const executor = run.executor ?? IN_PROCESS;
  const progress = new ProgressTracker(replications, run.onProgress);
  const warmUp = await detectWarmUp(base, seed, executor);
  const evaluator = new Evaluator(
    withWarmUp(base, warmUp),
    decisions,
    { goal: question.goal, maxOccupancy },
    executor,
    progress,
  );
  let searchSeed = seed;
  let searchReplications = replications;
  let answer = start;
  let verifySeed = seed;
  let verified: Evaluated | null = null;
  let feasible = true;
  let rounds = 0;
  for (let round = 1; round <= 3; round++) {
    rounds = round;
    const found = await evaluator.search(answer, searchSeed, searchReplications);
    answer = found.values;
    feasible = !found.stuck;
    verifySeed = (seed + round * VERIFY_SEED_OFFSET) % 2 ** 32;
    verified = await evaluator.evaluate(answer, verifySeed, verifyReplications);
    if (!feasible || question.goal === 'total-cost' || verified.evaluation.meetsTargets) break;
    searchSeed = verifySeed;
    searchReplications = verifyReplications;
  }
  const final = verified as Evaluated;
  const oneFewer = [];
  for (const [i, decision] of decisions.entries()) {
    const value = answer[i] as number;
    if (value <= decision.min) continue;
    const lower = answer.map((v, j) => (j === i ? v - 1 : v));
    const neighbour = await evaluator.evaluate(lower, verifySeed, verifyReplications);
    oneFewer.push({
      path: decision.path,
      value: value - 1,
      meetsTargets: neighbour.evaluation.meetsTargets,
      totalCostDifference: evaluator.pairedTotalCost(lower, answer, verifySeed),
    });
  }
  const { backlog: _backlog, ...result } = final.result;
  const confident = result.classes.every((c) => c.target === null || c.target.verdict === 'met');
  const optimisation: Omit<Optimisation, 'summary'> = {
    goal: question.goal,
    maxOccupancy,
    decisions,
    start,
    answer,
    scenario: evaluator.scenarioFor(answer),
    feasible,
    search: {
      seed: searchSeed,
      replications: searchReplications,
      rounds,
      evaluations: evaluator.evaluations,
    },
    verification: {
      seed: verifySeed,
      replications: verifyReplications,
      result,
      meetsTargets: final.evaluation.meetsTargets,
      confident,
    },
    oneFewer,
    warmUp,
  };
  return { ...optimisation, summary: summarise(optimisation) };
}

function checkQuestion(base: Scenario, question: OptimiseQuestion, maxOccupancy: number): void {
  if (question.goal !== 'targets' && question.goal !== 'total-cost') {
    fail(SIM_ERR.INVALID_RUN_OPTION, 'goal', question.goal, '"targets" or "total-cost"');
  }
  if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
    fail(SIM_ERR.INVALID_RUN_OPTION, 'maxOccupancy', maxOccupancy, 'a fraction above 0, at most 1');
  }
  if (question.goal === 'total-cost') {
    for (const group of base.groups) {
      if (question.groups !== undefined && !question.groups.includes(group.id)) continue;
      if (!((group.costPerAgentHour ?? 0) > 0)) {
        fail(
          SIM_ERR.INVALID_RUN_OPTION,
          `groups[${group.id}].costPerAgentHour`,
          group.costPerAgentHour ?? 'absent',
          'what an agent-hour of each group being staffed costs (above 0), to weigh salaries against lost productivity',
        );
      }
    }
  }
  if (question.goal === 'total-cost' && base.economics === undefined) {
    fail(
      SIM_ERR.INVALID_RUN_OPTION,
      'economics',
      'absent',
      'scenario economics (userHourCost) and groups[].costPerAgentHour to minimise the total cost',
    );
  }
  if (question.goal === 'targets' && base.classes.every((c) => c.serviceLevel === undefined)) {
    fail(
      SIM_ERR.INVALID_RUN_OPTION,
      'classes[].serviceLevel',
      'absent',
      'at least one class with a service-level target to meet',
    );
  }
  for (const id of question.groups ?? []) {
    if (!base.groups.some((g) => g.id === id)) {
      fail(
        SIM_ERR.INVALID_RUN_OPTION,
        'groups',
        id,
        `the id of a group of the scenario (${base.groups.map((g) => g.id).join(', ')})`,
      );
    }
  }
}

/** One decision per group, or per shift of a group with shifts. */
export function decisionsOf(base: Scenario, groups?: readonly string[]): Decision[] {
  return base.groups
    .filter((g) => groups === undefined || groups.includes(g.id))
    .flatMap((g): Decision[] =>
      g.shifts === undefined
        ? [
            {
              path: groupPath(g.id, 'agents'),
              label: g.name ?? g.id,
              group: g.id,
              shift: null,
              min: 1,
            },
          ]
        : g.shifts.map((s, k) => ({
            path: groupPath(g.id, `shifts[${k}].agents`),
            group: g.id,
            shift: k,
            label: `${g.name ?? g.id}, ${s.name ?? `shift ${k + 1}`} (${s.start}–${s.end})`,
            min: 0,
          })),
    );
}

/**
 * Per group, Erlang C on the group's visits and mean work: for a group some class enters, the
 * fewest agents meeting the strictest service-level target of the classes entering it; otherwise
 * the fewest keeping occupancy under the cap; then rostered with the group's shrinkage. A shift
 * keeps the scenario's value: the pattern is the manager's, the search scales it.
 */
function analyticStart(
  base: Scenario,
  decisions: readonly Decision[],
  maxOccupancy: number,
): number[] {
  const horizon = toMinutes(base.run.horizon, 'run.horizon');
  const deflected = base.knowledgeBase?.deflection ?? 0;
  const ticketsPerMinute = (expectedArrivals(base.arrivals, horizon) / horizon) * (1 - deflected);
  return decisions.map((decision) => {
    const g = base.groups.findIndex((group) => group.id === decision.group);
    const group = base.groups[g];
    if (group === undefined) return decision.min;
    if (decision.shift !== null) return group.shifts?.[decision.shift]?.agents ?? decision.min;
    const { visitsPerTicket, work } = groupWorkload(base, g);
    if (work === null) return decision.min;
    const entering = base.classes.filter(
      (c) => (c.entryGroup ?? base.groups[0]?.id) === group.id && c.serviceLevel !== undefined,
    );
    const speed = group.speed ?? 1;
    const shrinkage = group.shrinkage ?? 0;
    const agentsFor = (serviceLevel?: { attainment: number; targetMinutes: number }) =>
      requiredAgents({
        model: 'c',
        arrivalsPerMinute: ticketsPerMinute * visitsPerTicket,
        meanWorkMinutes: work.mean / speed,
        targets: serviceLevel === undefined ? { maxOccupancy } : { serviceLevel, maxOccupancy },
        shrinkage,
      }).rosteredAgents;
    const needs = entering.flatMap((c) => {
      const need = orNull(() =>
        agentsFor({
          attainment: c.serviceLevel?.attainment ?? 0,
          targetMinutes: toMinutes(c.serviceLevel?.targetTime ?? 0, 'serviceLevel.targetTime'),
        }),
      );
      return need === null ? [] : [need];
    });
    return Math.max(decision.min, orNull(agentsFor) ?? decision.min, ...needs);
  });
}

/** Erlang C's answer, or null where it has none (an attainment of 1, an unstable load…). */
function orNull(answer: () => number): number | null {
  try {
    return answer();
  } catch (error) {
    if (isSimulatorError(error)) return null;
    throw error;
  }
}

interface Evaluated {
  evaluation: Evaluation;
  result: SimulationResult;
  /** Each replication's total cost a week, for paired differences. */
  totals: (number | null)[];
}

/** Simulates staffings, remembering each (values, seed, replications) it has run. */
class Evaluator {
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

/** What was found, in words: the answer, its cost, and how sure the verification is. */
function summarise(o: Omit<Optimisation, 'summary'>): string[] {
  const result = o.verification.result;
  const currency = result.currency === null ? '' : ` ${result.currency}`;
  const money = (m: MetricSummary | null) =>
    m === null
      ? '–'
      : `${Math.round(m.mean).toLocaleString('en')}${currency} (${Math.round(m.low).toLocaleString('en')}–${Math.round(m.high).toLocaleString('en')})`;
  const staffing = o.decisions.map((d, i) => `${d.label} ${o.answer[i]}`).join(', ');
  const lines: string[] = [];
  if (o.goal === 'targets' && !o.feasible) {
    const missed = result.classes.filter(
      (c) => c.target !== null && (c.metrics.serviceLevel?.mean ?? 0) < c.target.attainment,
    );
    const busy = result.groups.filter(
      (g) =>
        o.decisions.some((d) => d.group === g.id) &&
        (g.metrics.occupancy?.mean ?? 0) > o.maxOccupancy,
    );
    lines.push(
      `No headcount of the groups being staffed meets every target: at ${staffing}, one more agent anywhere no longer closes the gap.`,
      `Still missed: ${[...missed.map((c) => `${c.name} (service level ${Math.round((c.metrics.serviceLevel?.mean ?? 0) * 1000) / 10} %, target ${Math.round((c.target?.attainment ?? 0) * 1000) / 10} %)`), ...busy.map((g) => `${g.name} above ${Math.round(o.maxOccupancy * 100)} % occupancy`)].join(', ') || 'none on the fresh seed'}. The bottleneck may be a group not being staffed (see --groups) or a target no headcount can reach.`,
    );
  } else if (o.goal === 'targets') {
    lines.push(
      `The cheapest staffing found that meets every service-level target with no group above ${Math.round(o.maxOccupancy * 100)} % occupancy: ${staffing}.`,
      result.overall.staffCostPerWeek === null
        ? `${Math.round(result.overall.agentHoursPerWeek?.mean ?? 0)} paid agent-hours a week (no costPerAgentHour given).`
        : `Staff cost ${money(result.overall.staffCostPerWeek)} a week.`,
    );
    if (result.overall.lostProductivityCostPerWeek !== null) {
      lines.push(
        `Users' lost productivity at this staffing: ${money(result.overall.lostProductivityCostPerWeek)} a week (the "total-cost" goal weighs it against salaries).`,
      );
    }
    const missed = result.classes.filter(
      (c) => c.target !== null && (c.metrics.serviceLevel?.mean ?? 0) < c.target.attainment,
    );
    if (!o.verification.meetsTargets) {
      lines.push(
        `On ${o.verification.replications} fresh replications it does NOT meet every target (${missed.map((c) => c.name).join(', ') || 'a group is above the occupancy cap'}): run with more replications.`,
      );
    } else if (o.verification.confident) {
      lines.push(
        `On ${o.verification.replications} fresh replications every target is met with 95 % confidence.`,
      );
    } else {
      lines.push(
        `On ${o.verification.replications} fresh replications every target is met on average, but not every one with 95 % confidence: the answer sits close to a target.`,
      );
    }
    const holding = o.oneFewer.filter((n) => n.meetsTargets);
    lines.push(
      holding.length === 0
        ? 'One agent fewer anywhere misses a target.'
        : `One agent fewer in ${holding.map((n) => n.path).join(', ')} still meets the targets on the fresh seed: there the margin is within the noise of the search.`,
    );
  } else {
    lines.push(
      `The staffing with the least total cost found: ${staffing}.`,
      `Total cost ${money(result.overall.totalCostPerWeek)} a week: staff ${money(result.overall.staffCostPerWeek)}, users' lost productivity ${money(result.overall.lostProductivityCostPerWeek)}.`,
    );
    const cheaper = o.oneFewer.filter(
      (n) => n.totalCostDifference !== null && n.totalCostDifference.high < 0,
    );
    const flat = o.oneFewer.filter(
      (n) =>
        n.totalCostDifference !== null &&
        n.totalCostDifference.low <= 0 &&
        n.totalCostDifference.high >= 0,
    );
    if (flat.length > 0) {
      lines.push(
        `The cost curve is flat here: one agent fewer in ${flat.map((n) => n.path).join(', ')} changes the total cost by less than the noise (its interval includes 0); choose on service instead.`,
      );
    }
    if (cheaper.length > 0) {
      lines.push(
        `On the fresh seed one agent fewer in ${cheaper.map((n) => n.path).join(', ')} is cheaper with 95 % confidence: the search's seed favoured this answer.`,
      );
    }
  }
  lines.push(
    `Warm-up ${formatMinutes(o.warmUp.minutes)}; ${o.search.evaluations} staffings simulated.`,
  );
  return lines;
}
