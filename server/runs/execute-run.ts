import {
  applyVariant,
  compareScenarios,
  type ExperimentOptions,
  type OptimiseGoal,
  optimiseStaffing,
  type Progress,
  type ReplicationExecutor,
  type Scenario,
  type SweepParameter,
  simulateScenario,
  sweepScenario,
  type Variant,
} from '../../simulator/index.ts';

/** What a run is asked to do, its scenario already read and checked. */
export type RunRequest =
  | { kind: 'simulate'; scenario: Scenario; replications?: number; seed?: number }
  | {
      kind: 'compare';
      scenario: Scenario;
      variants: Variant[];
      replications?: number;
      seed?: number;
    }
  | {
      kind: 'sweep';
      scenario: Scenario;
      parameters: SweepParameter[];
      replications?: number;
      seed?: number;
    }
  | {
      kind: 'optimise';
      scenario: Scenario;
      goal: OptimiseGoal;
      maxOccupancy?: number;
      groups?: string[];
      replications?: number;
      seed?: number;
    };

export type RunKind = RunRequest['kind'];

/** Runs a request on an executor: the same experiments the command line runs. */
export async function executeRun(
  request: RunRequest,
  executor: ReplicationExecutor,
  onProgress: (progress: Progress) => void,
): Promise<unknown> {
  const run: ExperimentOptions = {
    replications: request.replications,
    seed: request.seed,
    executor,
    onProgress,
  };
  switch (request.kind) {
    case 'simulate':
      return (await simulateScenario(request.scenario, run)).result;
    case 'compare':
      return compareScenarios(
        [
          { name: request.scenario.name, scenario: request.scenario },
          ...request.variants.map((variant, i) => ({
            name: variant.name,
            scenario: applyVariant(request.scenario, variant, `variants[${i}]`),
          })),
        ],
        run,
      );
    case 'sweep':
      return sweepScenario(request.scenario, request.parameters, run);
    case 'optimise':
      return optimiseStaffing(
        request.scenario,
        { goal: request.goal, maxOccupancy: request.maxOccupancy, groups: request.groups },
        run,
      );
  }
}
