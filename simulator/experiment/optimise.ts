import { fail, SIM_ERR } from '../errors.ts';
import { resolveRunOptions } from '../scenario/run-scenario.ts';
import type { Scenario } from '../scenario/schema.ts';
import { analyticStart } from './analytic-start.ts';
import { groupPath } from './apply-variant.ts';
import { summariseOptimisation } from './optimisation-summary.ts';
import {
  DEFAULT_MAX_OCCUPANCY,
  type Decision,
  type Optimisation,
  type OptimiseQuestion,
  VERIFY_SEED_OFFSET,
} from './optimisation-types.ts';
import { ProgressTracker } from './progress.ts';
import { IN_PROCESS } from './replication-executor.ts';
import type { ExperimentOptions } from './simulate-scenario.ts';
import { type Evaluated, Evaluator } from './staffing-evaluator.ts';
import { detectWarmUp, withWarmUp } from './warm-up.ts';

export {
  DEFAULT_MAX_OCCUPANCY,
  type Decision,
  type Evaluation,
  type Optimisation,
  type OptimiseGoal,
  type OptimiseQuestion,
  VERIFY_SEED_OFFSET,
} from './optimisation-types.ts';

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
  return { ...optimisation, summary: summariseOptimisation(optimisation) };
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
