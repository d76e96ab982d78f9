import highsModule from 'highs';
import { fail, SIM_ERR } from '../errors.ts';
import { DAY_NAMES, type DayName, type Shift } from '../scenario/time-schema.ts';

/** Which days a shift pattern works: Monday to Friday, every day, or any five days in a row. */
export type DayPattern = 'weekdays' | 'every-day' | 'five-on';

export interface ShiftPatternOptions {
  /** Lengths a shift may have, hours (whole hours, 1 to 16). */
  lengthsHours: readonly number[];
  /** Hours of the day a shift may start at (0 to 23). */
  startHours: readonly number[];
  /** Day patterns a shift may follow. */
  days: readonly DayPattern[];
  /** Cost of one agent-hour on duty (default 1: the schedule minimises agent-hours). */
  costPerAgentHour?: number;
  /** Seconds HiGHS may spend before returning its best schedule so far (default 30). */
  timeLimitSeconds?: number;
}

/** One chosen pattern: its days, times and how many agents work it. */
export interface ScheduledShift extends Shift {
  name: string;
  days: DayName[];
  agents: number;
}

export interface ShiftSchedule {
  shifts: ScheduledShift[];
  /** Agents required and scheduled in each hour of the week (Monday 00:00 first). */
  required: number[];
  scheduled: number[];
  agentHoursPerWeek: number;
  requiredAgentHoursPerWeek: number;
  cost: number;
  /** HiGHS's model status ("Optimal", or "Time limit reached" with the best schedule found). */
  status: string;
  /** Patterns the solver chose among. */
  patterns: number;
}

/**
 * The loader of HiGHS's WebAssembly build. The package's ES module exports it as default; its
 * type declarations describe the CommonJS build, so the type is stated here.
 */
const highsLoader = highsModule as unknown as () => Promise<{
  solve(
    lp: string,
    options: Record<string, unknown>,
  ): { Status: string; Columns: Record<string, { Primal?: number }> };
}>;

const HOURS_PER_WEEK = 168;
const DAY_SETS: Record<DayPattern, number[][]> = {
  weekdays: [[0, 1, 2, 3, 4]],
  'every-day': [[0, 1, 2, 3, 4, 5, 6]],
  'five-on': Array.from({ length: 7 }, (_, first) =>
    Array.from({ length: 5 }, (_, k) => (first + k) % 7),
  ),
};

interface Pattern {
  days: number[];
  start: number;
  length: number;
  hours: number[];
}

/**
 * The cheapest set of shifts covering a requirement of agents per hour of the week: an integer
 * program over every allowed pattern (start hour × length × days), x_p agents on pattern p,
 * minimising Σ cost·hours_p·x_p subject to Σ_{p covers h} x_p ≥ required_h for each hour h, solved
 * by HiGHS (compiled to WebAssembly). A shift past midnight covers the early hours of the next
 * day; Sunday's runs into Monday.
 *
 * @throws SimulatorError SIM_ERR_INVALID_MODEL_INPUT for bad options, a requirement that is not
 *   168 whole numbers ≥ 0, or hours no allowed pattern covers (named).
 */
export async function scheduleShifts(
  required: readonly number[],
  options: ShiftPatternOptions,
): Promise<ShiftSchedule> {
  checkInput(required, options);
  const patterns = patternsOf(options);
  const uncovered = required
    .map((r, h) => (r > 0 && !patterns.some((p) => p.hours.includes(h)) ? h : -1))
    .filter((h) => h >= 0);
  if (uncovered.length > 0) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'shift patterns',
      uncovered.map(hourName).slice(0, 5).join(', '),
      'patterns that cover every hour with agents required: allow more start times, longer shifts or more days',
    );
  }
  const cost = options.costPerAgentHour ?? 1;
  const lp = linearProgram(required, patterns, cost);
  const highs = await highsLoader();
  const solution = highs.solve(lp, {
    time_limit: options.timeLimitSeconds ?? 30,
    output_flag: false,
  });
  if (solution.Status !== 'Optimal' && solution.Status !== 'Time limit reached') {
    throw new Error(`HiGHS could not schedule the shifts: ${solution.Status}`);
  }
  const counts = patterns.map((_, p) =>
    Math.round((solution.Columns[`x${p}`] as { Primal?: number } | undefined)?.Primal ?? 0),
  );
  const scheduled = new Array<number>(HOURS_PER_WEEK).fill(0);
  patterns.forEach((pattern, p) => {
    for (const h of pattern.hours) scheduled[h] = (scheduled[h] as number) + (counts[p] as number);
  });
  const shifts = patterns.flatMap((pattern, p) =>
    (counts[p] as number) > 0 ? [toShift(pattern, counts[p] as number)] : [],
  );
  const agentHoursPerWeek = patterns.reduce(
    (sum, pattern, p) => sum + pattern.hours.length * (counts[p] as number),
    0,
  );
  return {
    shifts,
    required: [...required],
    scheduled,
    agentHoursPerWeek,
    requiredAgentHoursPerWeek: required.reduce((sum, r) => sum + r, 0),
    cost: agentHoursPerWeek * cost,
    status: solution.Status,
    patterns: patterns.length,
  };
}

function checkInput(required: readonly number[], options: ShiftPatternOptions): void {
  if (
    required.length !== HOURS_PER_WEEK ||
    required.some((r) => !Number.isInteger(r) || r < 0 || r > 100_000)
  ) {
    fail(
      SIM_ERR.INVALID_MODEL_INPUT,
      'required',
      required.length,
      '168 whole numbers of agents from 0 to 100000, one per hour of the week',
    );
  }
  const bad = <T>(field: string, values: readonly T[], ok: (v: T) => boolean, expected: string) => {
    if (values.length === 0 || values.some((v) => !ok(v))) {
      fail(SIM_ERR.INVALID_MODEL_INPUT, field, values.join(','), expected);
    }
  };
  bad(
    'lengthsHours',
    options.lengthsHours,
    (v) => Number.isInteger(v) && v >= 1 && v <= 16,
    'whole hours from 1 to 16',
  );
  bad(
    'startHours',
    options.startHours,
    (v) => Number.isInteger(v) && v >= 0 && v <= 23,
    'hours of the day from 0 to 23',
  );
  bad('days', options.days, (v) => v in DAY_SETS, '"weekdays", "every-day" or "five-on"');
  const cost = options.costPerAgentHour ?? 1;
  if (!(cost > 0 && Number.isFinite(cost))) {
    fail(SIM_ERR.INVALID_MODEL_INPUT, 'costPerAgentHour', cost, 'an amount above 0');
  }
}

function patternsOf(options: ShiftPatternOptions): Pattern[] {
  const patterns: Pattern[] = [];
  const seen = new Set<string>();
  for (const dayPattern of options.days) {
    for (const days of DAY_SETS[dayPattern]) {
      for (const start of options.startHours) {
        for (const length of options.lengthsHours) {
          const key = `${days.join('')}|${start}|${length}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const hours = days.flatMap((d) =>
            Array.from({ length }, (_, k) => (d * 24 + start + k) % HOURS_PER_WEEK),
          );
          patterns.push({ days, start, length, hours });
        }
      }
    }
  }
  return patterns;
}

/** The integer program in CPLEX LP format, which HiGHS reads. */
function linearProgram(
  required: readonly number[],
  patterns: readonly Pattern[],
  cost: number,
): string {
  const objective = patterns.map((p, i) => `${p.hours.length * cost} x${i}`).join(' + ');
  const rows: string[] = [];
  required.forEach((r, h) => {
    if (r <= 0) return;
    const covering = patterns.flatMap((p, i) => (p.hours.includes(h) ? [`x${i}`] : []));
    rows.push(` h${h}: ${covering.join(' + ')} >= ${r}`);
  });
  return [
    'Minimize',
    ` obj: ${objective}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...patterns.map((_, i) => ` x${i} >= 0`),
    'General',
    ` ${patterns.map((_, i) => `x${i}`).join(' ')}`,
    'End',
  ].join('\n');
}

function toShift(pattern: Pattern, agents: number): ScheduledShift {
  const clock = (hour: number) => `${String(hour % 24).padStart(2, '0')}:00`;
  const days = pattern.days.map((d) => DAY_NAMES[d] as DayName);
  const first = days[0] ?? 'mon';
  const last = days.at(-1) ?? first;
  const label = (d: DayName) => d.charAt(0).toUpperCase() + d.slice(1);
  const span = days.length === 7 ? 'every day' : `${label(first)}–${label(last)}`;
  return {
    name: `${span} ${clock(pattern.start)}–${clock(pattern.start + pattern.length)}`,
    days,
    start: clock(pattern.start),
    end: clock(pattern.start + pattern.length),
    agents,
  };
}

function hourName(hour: number): string {
  const day = DAY_NAMES[Math.floor(hour / 24)] ?? 'mon';
  return `${day} ${String(hour % 24).padStart(2, '0')}:00`;
}
