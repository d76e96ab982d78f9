/**
 * The simulator's public API: the only file of simulator/ that server/ and ui/ import.
 * Pure TypeScript: no Node built-ins, no DOM.
 */

export type { EngineClass, EngineModel } from './engine/engine-model.ts';
export {
  type ReplicationOutput,
  simulateReplication,
  type TraceEvent,
} from './engine/simulate-replication.ts';
export {
  formatIssue,
  type InputIssue,
  isSimulatorError,
  SIM_ERR,
  SimulatorError,
  type SimulatorErrorCode,
} from './errors.ts';
export {
  applyVariant,
  groupPath,
  type ScenarioChange,
  type Variant,
} from './experiment/apply-variant.ts';
export {
  type Comparison,
  compareScenarios,
  type NamedScenario,
} from './experiment/compare-scenarios.ts';
export {
  DEFAULT_MAX_OCCUPANCY,
  type Decision,
  decisionsOf,
  type Optimisation,
  type OptimiseGoal,
  type OptimiseQuestion,
  optimiseStaffing,
  VERIFY_SEED_OFFSET,
} from './experiment/optimise.ts';
export { type Progress, type ProgressListener, ProgressTracker } from './experiment/progress.ts';
export {
  abortable,
  IN_PROCESS,
  type OutputParts,
  type ReplicationExecutor,
  RunAborted,
  runReplications,
} from './experiment/replication-executor.ts';
export {
  DEFAULT_PRECISION_METRICS,
  type ExperimentOptions,
  type PrecisionReport,
  type PrecisionRule,
  type SimulationResult,
  simulateScenario,
} from './experiment/simulate-scenario.ts';
export {
  SWEEP_CURVES,
  type Sweep,
  type SweepCurve,
  type SweepParameter,
  type SweepPoint,
  sweepPoints,
  sweepScenario,
} from './experiment/sweep.ts';
export { parseVariants, VariantsFileSchema } from './experiment/variants-file.ts';
export { cycleMinutes, detectWarmUp, type WarmUpReport } from './experiment/warm-up.ts';
export { type ActivityRules, DEFAULT_ACTIVITY_RULES } from './fitting/activity-rules.ts';
export { type ArrivalAnalysis, analyseArrivals } from './fitting/arrival-analysis.ts';
export {
  type Backtest,
  type BacktestFigure,
  type BacktestOptions,
  backtestTicketLog,
} from './fitting/backtest.ts';
export {
  type ColumnMapping,
  EVENT_FIELDS,
  LOG_FIELDS,
  type LogField,
  mapColumns,
  TICKET_FIELDS,
} from './fitting/column-mapping.ts';
export {
  type DistributionFit,
  type DurationFit,
  type DurationObservation,
  FAMILIES,
  type Family,
  fitDurations,
  kaplanMeier,
  MIN_FIT_COUNT,
} from './fitting/fit-durations.ts';
export {
  durations,
  fitTicketLog,
  type TicketLogFit,
  type TimeFit,
  type TimeMeasure,
} from './fitting/fit-ticket-log.ts';
export {
  type ForecastMethod,
  forecastVolume,
  type MethodScore,
  type VolumeForecast,
} from './fitting/forecast-volume.ts';
export { kolmogorovPValue, uniformKsDistance } from './fitting/kolmogorov.ts';
export { nelderMead } from './fitting/nelder-mead.ts';
export {
  type FittedScenario,
  KS_GOOD_FIT,
  type ScenarioFromFitOptions,
  scenarioFromFit,
} from './fitting/scenario-from-fit.ts';
export {
  type HourActivity,
  newTicket,
  type RejectedRow,
  type TicketLog,
  type TicketRecord,
} from './fitting/ticket-log.ts';
export { TicketLogBuilder, type TicketLogOptions } from './fitting/ticket-log-builder.ts';
export {
  checkTimeZone,
  detectTimestampFormat,
  parseTimestamp,
} from './fitting/timestamp-format.ts';
export {
  type ErlangAInput,
  type ErlangAMeasures,
  erlangA,
  erlangAServiceLevel,
} from './queueing/erlang-a.ts';
export { erlangB, logErlangB } from './queueing/erlang-b.ts';
export { erlangC, erlangCMeanWait, erlangCServiceLevel, logErlangC } from './queueing/erlang-c.ts';
export {
  betaForDelay,
  costOptimalBeta,
  halfinWhittDelay,
  squareRootStaffing,
} from './queueing/halfin-whitt.ts';
export { preemptivePriorityMeanDelays, priorityMeanWaits } from './queueing/priority-wait.ts';
export {
  type QueueInput,
  type QueueMeasures,
  type QueueModel,
  queueMeasures,
} from './queueing/queue-measures.ts';
export { createDistribution } from './random/create-distribution.ts';
export type { Distribution } from './random/distribution.ts';
export { Exponential } from './random/exponential.ts';
export { Mixture } from './random/mixture.ts';
export {
  createStreamSource,
  type RandomStream,
  type StreamSource,
} from './random/random-stream.ts';
export { confidenceInterval, type MetricSummary } from './report/confidence-interval.ts';
export {
  METRIC_NAMES,
  METRICS,
  type MetricName,
  type MetricValues,
} from './report/metric-catalogue.ts';
export { MSER_BATCH, mser, mser5 } from './report/mser.ts';
export { aggregateWork, groupWorkload } from './scenario/aggregate-work.ts';
export { compileScenario } from './scenario/compile-scenario.ts';
export type { DistributionSpec } from './scenario/distribution-schema.ts';
export { expectedArrivals } from './scenario/expected-arrivals.ts';
export { hourlyArrivals } from './scenario/hourly-arrivals.ts';
export { LIMITS, REQUEST_LIMITS } from './scenario/limits.ts';
export { parseScenario } from './scenario/parse-scenario.ts';
export {
  type ClassResult,
  DEFAULT_REPLICATIONS,
  DEFAULT_SEED,
  GROUP_METRICS,
  type GroupMetricName,
  type GroupResult,
  type MetricSummaries,
  type RunOptions,
  runScenario,
  type ScenarioResult,
  simulateReplications,
  summariseReplications,
  type TargetVerdict,
} from './scenario/run-scenario.ts';
export {
  type Arrivals,
  type Group,
  type RunSettings,
  SCHEMA_VERSION,
  type Scenario,
  ScenarioSchema,
  type TicketClass,
} from './scenario/schema.ts';
export {
  comparePlans,
  type PlanAssessment,
  type PlanComparison,
} from './staffing/compare-plans.ts';
export {
  type CostAnswer,
  type CostQuestion,
  costOptimalStaffing,
} from './staffing/cost-optimal-staffing.ts';
export {
  type DeadlineCapacity,
  type DeadlineDay,
  type DeadlineQuestion,
  deadlineCapacity,
} from './staffing/deadline-capacity.ts';
export {
  groupTargets,
  type HourlyStaffing,
  hourlyStaffing,
} from './staffing/hourly-staffing.ts';
export {
  type IntervalMethod,
  type IntervalPlan,
  type IntervalPlanQuestion,
  intervalLoads,
  intervalPlan,
  type PlannedInterval,
} from './staffing/interval-plan.ts';
export {
  type IterativeStaffingResult,
  iterativeStaffing,
  type SimulatedPlan,
  type SimulatedStaffingQuestion,
  simulatePlan,
} from './staffing/iterative-staffing.ts';
export {
  MAX_AGENTS,
  missedTargets,
  requiredAgents,
  type StaffingAnswer,
  type StaffingQuestion,
  type StaffingTargets,
} from './staffing/required-agents.ts';
export {
  type DayPattern,
  type ScheduledShift,
  type ShiftPatternOptions,
  type ShiftSchedule,
  scheduleShifts,
} from './staffing/shift-scheduling.ts';
export {
  type DisplayUnit,
  type Duration,
  formatMinutes,
  MINUTES_PER_WEEK,
  readableUnit,
  round,
  toMinutes,
} from './units.ts';
