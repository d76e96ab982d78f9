import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { allNumbersFinite } from '../../helpers/all-numbers-finite.ts';
import { runCli } from '../../helpers/run-cli.ts';

const root = new URL('../../../', import.meta.url).pathname;
const example = join(root, 'scenarios/small-service-desk.json');

const run = runCli;

// This file's temporary files, removed when its tests are done.
const dir = mkdtempSync(join(tmpdir(), 'stafflab-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function tempFile(name: string, content: string): string {
  const path = join(dir, `${files++}-${name}`);
  writeFileSync(path, content);
  return path;
}

describe('stafflab simulate', () => {
  it('prints a readable table with targets and verdicts', async () => {
    const { code, out } = await run('simulate', example, '--replications', '3');
    expect(code).toBe(0);
    expect(out).toContain('Small service desk');
    expect(out).toMatch(
      /P1 critical: .* of tickets started within 15 min; target 95\.0 %: (MET|MISSED|TOO CLOSE)/,
    );
    expect(out).toContain('ASA (mean wait)');
    expect(out).not.toMatch(/NaN|undefined/);
  });

  it('with --hours prints a week grid of occupancy per group, blank where nobody works', async () => {
    const tiered = join(root, 'scenarios/tiered-service-desk.json');
    const { code, out } = await run('simulate', tiered, '--replications', '2', '--hours');
    expect(code).toBe(0);
    expect(out).toContain('Service desk: agent occupancy by hour of the week (%)');
    // The desk works weekdays 07:30 to 18:30: idle at 03:00, staffed at 11:00, closed on Sunday.
    const monday = out.split('\n').find((line) => line.startsWith('Mon')) as string;
    const cells = monday.slice(4).trim().split(/\s+/);
    expect(cells).toHaveLength(24);
    expect(cells[3]).toBe('·');
    expect(Number(cells[11])).toBeGreaterThan(0);
    const sunday = out.split('\n').find((line) => line.startsWith('Sun')) as string;
    expect(
      sunday
        .slice(4)
        .trim()
        .split(/\s+/)
        .every((cell) => cell === '·'),
    ).toBe(true);
  });

  it('with --json prints the full result, reproducible for a seed', async () => {
    const first = await run('simulate', example, '--replications', '2', '--seed', '9', '--json');
    const second = await run('simulate', example, '--replications', '2', '--seed', '9', '--json');
    expect(first.code).toBe(0);
    expect(first.out).toBe(second.out);
    const result = JSON.parse(first.out);
    expect(result.seed).toBe(9);
    expect(result.replications).toBe(2);
    expect(result.classes.map((c: { id: string }) => c.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(allNumbersFinite(result)).toBe(true);
    const other = await run('simulate', example, '--replications', '2', '--seed', '10', '--json');
    expect(other.out).not.toBe(first.out);
  });

  it('exits 2 naming field, value and expectation for an invalid scenario', async () => {
    const scenario = JSON.parse(readFileSync(example, 'utf8'));
    scenario.groups[0].agents = 0;
    scenario.classes[0].workTime.mean = '45 minutes';
    const { code, err, out } = await run(
      'simulate',
      tempFile('bad.json', JSON.stringify(scenario)),
    );
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('groups[0].agents: got 0, expected');
    expect(err).toContain('classes[0].workTime.mean: got "45 minutes", expected a duration');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['simulate', '/nonexistent/scenario.json'], /no such file/],
    [['simulate', 'PLACEHOLDER_NOT_JSON'], /not valid JSON/],
    [['simulate', example, '--replications', 'many'], /--replications: got "many"/],
    [['simulate', example, '--replications', '0'], /--replications: got "0"/],
    [['simulate', example, '--seed', '-4'], /--seed/],
    [['simulate'], /missing required argument/],
    [['frobnicate'], /unknown command/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const resolved = args.map((a) =>
      a === 'PLACEHOLDER_NOT_JSON' ? tempFile('x.json', '{ "schemaVersion": 1,') : a,
    );
    const { code, err } = await run(...resolved);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('prints help with exit code 0', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('simulate');
    expect(out).toContain('bench');
  });
});

describe('the stafflab executable', () => {
  it('runs from bin/ with the right exit codes', async () => {
    const exec = promisify(execFile);
    const bin = join(root, 'bin/stafflab.mjs');
    const ok = await exec('node', [bin, 'simulate', example, '--replications', '1', '--json'], {
      cwd: root,
    });
    expect(JSON.parse(ok.stdout).replications).toBe(1);
    const failure = await exec('node', [bin, 'simulate', '/nonexistent.json']).catch(
      (error) => error,
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('no such file');
  });

  it('bench reports events per second as JSON', async () => {
    const { code, out } = await run(
      'bench',
      '--runs',
      '1',
      '--tickets',
      '20000',
      '--json',
      '--no-sweep',
      '--no-year',
    );
    expect(code).toBe(0);
    const bench = JSON.parse(out);
    expect(bench.results).toHaveLength(1);
    expect(bench.medianEventsPerSecond).toBeGreaterThan(0);
    // ~20,000 tickets, each an arrival and a departure: about 40,000 events.
    expect(bench.results[0].events).toBeGreaterThan(35_000);
    // Workload 2 adds an abandonment timer per waiting ticket: more events for as many tickets.
    expect(bench.priorities.results).toHaveLength(1);
    expect(bench.priorities.results[0].tickets).toBeGreaterThan(19_000);
    expect(bench.priorities.results[0].events).toBeGreaterThan(bench.results[0].events);
    // Each figure against bench/reference.json; the skipped workloads have none.
    expect(bench.ratios.workload1EventsPerSecond).toBeGreaterThan(0);
    expect(bench.ratios.sweepSecondsOnStartedPool).toBeNull();
    // Peak memory is the process's high-water mark: it never falls from one workload to the next.
    expect(bench.peakRssMegabytes).toBeGreaterThan(10);
    expect(bench.priorities.peakRssMegabytes).toBeGreaterThanOrEqual(bench.peakRssMegabytes);
  });
});
