import { describe, expect, it } from 'vitest';
import type { Output } from '../../../server/cli/output.ts';
import { main } from '../../../server/cli.ts';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const output: Output = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    interactive: false,
  };
  const code = await main(['node', 'stafflab', ...args], output);
  return { code, out, err };
}

const callcentre = ['--model', 'c', '--arrivals-per-hour', '200', '--aht', '3m'];

describe('stafflab staff', () => {
  it('answers the worked example as JSON with the documented keys', async () => {
    const { code, out } = await run(
      'staff',
      ...callcentre,
      '--target-sl',
      '0.8',
      '--target-time',
      '20s',
      '--max-occupancy',
      '0.85',
      '--shrinkage',
      '0.3',
      '--json',
    );
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer).toMatchObject({ model: 'c', offeredLoad: 10, agents: 14, rosteredAgents: 20 });
    expect(answer.serviceLevel).toBeCloseTo(0.8883500191794669, 12);
    for (const key of ['waitProbability', 'asaMinutes', 'occupancy', 'queueLengthMean'])
      expect(answer).toHaveProperty(key);
  });

  it('prints a table of agents against service level, ASA and occupancy with the answer marked', async () => {
    const { code, out } = await run(
      'staff',
      ...callcentre,
      '--target-sl',
      '0.8',
      '--target-time',
      '20s',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/14 agents meet every target/);
    expect(out).toMatch(/│ 14\s+│ 88\.84 %.*◀ fewest meeting every target/);
    expect(out).toMatch(/│ 13\s+│ 79\.56 %/);
  });

  it('Erlang A and B keys appear for their models', async () => {
    const a = JSON.parse(
      (
        await run(
          'staff',
          '--model',
          'a',
          '--arrivals-per-hour',
          '60',
          '--aht',
          '10m',
          '--patience',
          '20m',
          '--max-abandon',
          '0.05',
          '--json',
        )
      ).out,
    );
    expect(a.abandonProbability).toBeLessThanOrEqual(0.05);
    const b = JSON.parse(
      (
        await run(
          'staff',
          '--model',
          'b',
          '--arrivals-per-hour',
          '5',
          '--aht',
          '1h',
          '--max-blocking',
          '0.01',
          '--json',
        )
      ).out,
    );
    expect(b).toMatchObject({ agents: 11 });
    expect(b.blockingProbability).toBeLessThanOrEqual(0.01);
  });

  it.each([
    [
      ['--target-sl', '1', '--target-time', '20s'],
      /--target-sl: got 1, expected a fraction from 0 to below 1/,
    ],
    [['--target-sl', '0.8'], /--target-sl and --target-time go together/],
    [['--target-asa', '0s'], /--target-asa: got 0, expected a mean wait > 0/],
    [
      ['--max-occupancy', '0.8', '--shrinkage', '1'],
      /--shrinkage: got 1, expected a fraction from 0 to below 1/,
    ],
    [['--max-occupancy', '85'], /--max-occupancy: got "85", expected a fraction between 0 and 1/],
    [['--max-abandon', '0.1'], /--max-abandon.*model is a/],
    [[], /at least one target/],
  ])('exits 2 with a reason for %j', async (extra, message) => {
    const { code, err } = await run('staff', ...callcentre, ...extra);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('stafflab erlang', () => {
  it('reports the measures of a headcount', async () => {
    const { code, out } = await run(
      'erlang',
      ...callcentre,
      '--agents',
      '14',
      '--target-time',
      '20s',
      '--json',
    );
    expect(code).toBe(0);
    const m = JSON.parse(out);
    expect(m.waitProbability).toBeCloseTo(0.1741319335950498, 12);
    expect(m).not.toHaveProperty('rosteredAgents');
  });

  it.each([
    [
      ['--model', 'c', '--arrivals-per-hour', '200', '--aht', '3m', '--agents', '9'],
      /load.*below the number of agents/,
    ],
    [
      ['--model', 'x', '--arrivals-per-hour', '200', '--aht', '3m', '--agents', '9'],
      /--model: got "x"/,
    ],
    [
      ['--model', 'c', '--arrivals-per-hour', '-5', '--aht', '3m', '--agents', '9'],
      /--arrivals-per-hour: got "-5"/,
    ],
    [
      ['--model', 'c', '--arrivals-per-hour', '20', '--aht', 'three minutes', '--agents', '9'],
      /--aht: got "three minutes"/,
    ],
    [
      ['--model', 'a', '--arrivals-per-hour', '20', '--aht', '3m', '--agents', '9'],
      /--patience: Erlang A/,
    ],
    [['--model', 'c', '--arrivals-per-hour', '20', '--aht', '3m'], /required option '--agents/],
  ])('exits 2 with a reason for %j', async (args, message) => {
    const { code, err } = await run('erlang', ...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
