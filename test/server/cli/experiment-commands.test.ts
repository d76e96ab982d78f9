import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../simulator/index.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const root = new URL('../../../', import.meta.url).pathname;
const desk = join(root, 'scenarios/small-service-desk.json');
const tiered = join(root, 'scenarios/tiered-service-desk.json');

describe('stafflab sweep', () => {
  it('prints one row per value, with the curves and the marked points', async () => {
    const { code, out, err } = await runCli(
      'sweep',
      tiered,
      '--param',
      'groups[desktop].shifts[0].agents=3..5',
      '-r',
      '3',
      '-w',
      '1',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Sweep of 3 points · 3 replications each');
    for (const head of ['Service level', 'Resolve p95', 'Open tickets', 'Total/week (EUR)'])
      expect(out).toContain(head);
    expect(out).toMatch(/│ 3 +│/);
    expect(out).toMatch(/│ 5 +│/);
    expect(out).toContain('◆ least total cost');
    expect(out).toContain('✓ cheapest meeting targets');
    expect(out).not.toMatch(/NaN|undefined/);
  });

  it('with --json gives every point, two parameters as a grid', async () => {
    const { code, out } = await runCli(
      'sweep',
      desk,
      '-p',
      'groups[desk].agents=4,5',
      '-p',
      'classes[P1].workTime.mean=20m,30m',
      '-r',
      '2',
      '--json',
    );
    expect(code).toBe(0);
    const sweep = JSON.parse(out);
    expect(sweep.points.map((p: { values: unknown[] }) => p.values)).toEqual([
      [4, '20m'],
      [4, '30m'],
      [5, '20m'],
      [5, '30m'],
    ]);
    expect(sweep.parameters[1].path).toBe('classes[P1].workTime.mean');
  });

  it('explains a bad --param and exits 2', async () => {
    const missing = await runCli('sweep', desk);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/one or two --param/);
    const range = await runCli('sweep', desk, '--param', 'groups[desk].agents=9..3');
    expect(range.code).toBe(2);
    expect(range.err).toMatch(/--param groups\[desk\]\.agents: got "9\.\.3", expected FROM\.\.TO/);
    const path = await runCli('sweep', desk, '--param', 'groups[helpdesk].agents=3..4');
    expect(path.code).toBe(2);
    expect(path.err).toMatch(/parameters\[0\]\.path: got "groups\[helpdesk\]\.agents"/);
    const json = await runCli(
      'sweep',
      desk,
      '--param',
      'classes[P1].workTime=[{"kind":',
      '-r',
      '1',
    );
    expect(json.code).toBe(2);
    expect(json.err).toMatch(/--param classes\[P1\]\.workTime: got .*expected a JSON array/);
    const workers = await runCli('sweep', desk, '--param', 'groups[desk].agents=3', '-w', '0');
    expect(workers.code).toBe(2);
    expect(workers.err).toMatch(/--workers: got "0"/);
  });
});

describe('stafflab optimise', () => {
  it('finds, verifies and writes the cheapest staffing meeting every target', async () => {
    const out = join(tempDir(), 'answer.json');
    const result = await runCli('optimise', desk, '-r', '3', '--out', out);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Service desk +│ \d+ +│ \d+ +│ missed/);
    expect(result.out).toContain('every target is met');
    const written = parseScenario(JSON.parse(readFileSync(out, 'utf8')));
    const answer = Number(/Service desk +│ \d+ +│ (\d+)/.exec(result.out)?.[1]);
    expect(written.groups[0]?.agents).toBe(answer);
  });

  it('accepts the spelling optimize and gives JSON', async () => {
    const { code, out } = await runCli('optimize', desk, '-r', '2', '--json');
    expect(code).toBe(0);
    const o = JSON.parse(out);
    expect(o.goal).toBe('targets');
    expect(o.decisions[0].path).toBe('groups[desk].agents');
    expect(o.verification.seed).not.toBe(o.search.seed);
  });

  it('refuses a goal it cannot pursue, saying why', async () => {
    const goal = await runCli('optimise', desk, '--goal', 'fast');
    expect(goal.code).toBe(2);
    expect(goal.err).toMatch(/--goal: got "fast", expected "targets" or "total-cost"/);
    const economics = await runCli('optimise', desk, '--goal', 'total-cost');
    expect(economics.code).toBe(2);
    expect(economics.err).toMatch(/groups\[desk\]\.costPerAgentHour: got "absent"/);
  });
});

describe('stafflab simulate, sequential replications and warm-up', () => {
  it('reports the warm-up and the precision reached', async () => {
    const { code, out } = await runCli(
      'simulate',
      desk,
      '-r',
      '3',
      '--precision',
      '0.05',
      '--precision-metrics',
      'serviceLevel',
      '--max-replications',
      '40',
    );
    expect(code).toBe(0);
    expect(out).toContain('Warm-up 7 d, as the scenario sets it.');
    expect(out).toMatch(/Precision ± 5\.0 % reached after \d+ replications: Service level ± /);
  });

  it('explains bad precision options', async () => {
    const bad = await runCli('simulate', desk, '--precision', '2');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--precision: got "2"/);
    const metric = await runCli(
      'simulate',
      desk,
      '--precision',
      '0.1',
      '--precision-metrics',
      'speed',
    );
    expect(metric.code).toBe(2);
    expect(metric.err).toMatch(/--precision-metrics: got "speed"/);
    const lonely = await runCli('simulate', desk, '--max-replications', '9');
    expect(lonely.code).toBe(2);
    expect(lonely.err).toMatch(/need --precision/);
  });
});

describe('stafflab schedule', () => {
  it('can take the requirement from the simulation-based iterative staffing algorithm', async () => {
    const { code, out } = await runCli(
      'schedule',
      desk,
      '--method',
      'isa',
      '--max-wait-probability',
      '0.3',
      '-r',
      '2',
      '--json',
    );
    expect(code).toBe(0);
    const { method, targets, schedule } = JSON.parse(out);
    expect(method).toBe('isa');
    expect(targets).toEqual([{ maxWaitProbability: 0.3 }]);
    schedule.required.forEach((need: number, h: number) => {
      expect(schedule.scheduled[h]).toBeGreaterThanOrEqual(need);
    });
  });

  it('covers the hourly requirement with shifts and verifies them by simulation', async () => {
    const file = join(tempDir(), 'rostered.json');
    const { code, out } = await runCli(
      'schedule',
      desk,
      '--lengths',
      '8,10',
      '-r',
      '2',
      '--json',
      '--out',
      file,
    );
    expect(code).toBe(0);
    const { schedule, verification } = JSON.parse(out);
    expect(schedule.status).toBe('Optimal');
    schedule.required.forEach((need: number, h: number) => {
      expect(schedule.scheduled[h]).toBeGreaterThanOrEqual(need);
    });
    const rostered = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
    expect(rostered.groups[0]?.shifts).toEqual(schedule.shifts);
    expect(rostered.groups[0]?.agents).toBeUndefined();
    expect(verification.replications).toBe(2);
    expect(verification.classes.every((c: { target: unknown }) => c.target !== null)).toBe(true);
  });

  it('prints the requirement, the roster and the verdicts, and refuses bad options', async () => {
    const { code, out } = await runCli('schedule', desk, '-r', '2');
    expect(code).toBe(0);
    expect(out).toContain('chosen by HiGHS (optimal');
    expect(out).toContain('Agents required by hour of the week');
    expect(out).toContain('Agents scheduled by hour of the week');
    expect(out).toMatch(/Verified by simulating the scenario with these shifts/);
    const bad = await runCli('schedule', desk, '--days', 'weekends');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--days: got "weekends"/);
    const isa = await runCli('schedule', desk, '--method', 'isa');
    expect(isa.code).toBe(2);
    expect(isa.err).toMatch(/--method isa .* --max-wait-probability/);
    const group = await runCli('schedule', tiered);
    expect(group.code).toBe(2);
    expect(group.err).toMatch(/--group: the scenario has 4 groups/);
  });
});
