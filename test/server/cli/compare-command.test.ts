import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.ts';

const root = new URL('../../../', import.meta.url).pathname;
const desk = join(root, 'scenarios/small-service-desk.json');

// This file's temporary files, removed when its tests are done.
const dir = mkdtempSync(join(tmpdir(), 'stafflab-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function tempFile(content: unknown): string {
  const path = join(dir, `variants-${files++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const oneMore = tempFile({
  variants: [{ name: 'One more agent', changes: [{ path: 'groups[0].agents', value: 9 }] }],
});

describe('stafflab compare', () => {
  it('runs a base and its variant on common random numbers, with differences', async () => {
    const { code, out } = await runCli('compare', desk, '--variants', oneMore, '-r', '3');
    expect(code).toBe(0);
    expect(out).toContain('B: One more agent');
    expect(out).toMatch(/B − A/);
    expect(out).toMatch(/Tickets arrived .* no difference/);
    // One more agent waits less: a negative difference whose whole interval is below 0.
    expect(out).toMatch(/ASA \(mean wait\) .*│ −[\d.]+ (s|min) \(−[\d.]+ (s|min)? ?to −[\d.]+\)/);
    expect(out).not.toMatch(/NaN|undefined/);
  });

  it('with --json gives each option and the paired differences; one more agent waits less', async () => {
    const { code, out } = await runCli('compare', desk, '--variants', oneMore, '-r', '4', '--json');
    expect(code).toBe(0);
    const comparison = JSON.parse(out);
    expect(comparison.commonRandomNumbers).toBe(true);
    expect(comparison.options.map((o: { name: string }) => o.name)).toEqual([
      'Small service desk',
      'One more agent',
    ]);
    const asa = comparison.differences[0].overall.asaMinutes;
    const [a, b] = comparison.options.map(
      (o: { result: { overall: { asaMinutes: { mean: number } } } }) =>
        o.result.overall.asaMinutes.mean,
    );
    // Paired over the same replications, the mean difference is the difference of the means.
    expect(asa.mean).toBeCloseTo(b - a, 9);
    expect(asa.high).toBeLessThan(0);
  });

  it('compares two scenario files', async () => {
    const { code, out } = await runCli('compare', desk, desk, '-r', '2', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).differences[0].overall.asaMinutes.mean).toBe(0);
  });

  it.each([
    [[desk], /at least two options/],
    [[desk, '--variants', '/nonexistent.json'], /Cannot read variants file/],
    [[desk, '--variants', tempFile('{')], /not valid JSON/],
    [
      [
        desk,
        '--variants',
        tempFile({ variants: [{ name: 'B', changes: [{ path: 'groups[0].agents' }] }] }),
      ],
      /variants\[0\]\.changes\[0\]/,
    ],
    [
      [
        desk,
        '--variants',
        tempFile({
          variants: [{ name: 'B', changes: [{ path: 'groups[nope].agents', value: 3 }] }],
        }),
      ],
      /variants\[0\]\.changes\[0\]\.path/,
    ],
    [
      [
        desk,
        '--variants',
        tempFile({ variants: [{ name: 'B', changes: [{ path: 'groups[0].agents', value: -3 }] }] }),
      ],
      /variants\[0\] "B" → groups\[0\]\.agents/,
    ],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const { code, err } = await runCli('compare', ...(args as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });
});
