import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../simulator/index.ts';
import { allNumbersFinite } from './helpers/all-numbers-finite.ts';

const dir = new URL('../scenarios/', import.meta.url).pathname;
const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
const readme = readFileSync(join(dir, 'README.md'), 'utf8');

describe('example scenarios', () => {
  it('there are examples, including the small service desk', () => {
    expect(files).toContain('small-service-desk.json');
  });

  it.each(files)('%s is valid, documented in scenarios/README.md, and runs', (file) => {
    const scenario = parseScenario(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    expect(readme).toContain(file);
    const result = runScenario(scenario, { replications: 2 });
    expect(result.overall.arrived?.mean).toBeGreaterThan(0);
    expect(allNumbersFinite(result)).toBe(true);
  });
});
