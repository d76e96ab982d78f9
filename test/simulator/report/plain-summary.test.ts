import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../simulator/index.ts';
import { loadExampleScenario } from '../../helpers/load-scenario.ts';

describe('plain-language summary', () => {
  it('reads out volume, targets, waits, agents and costs', () => {
    const result = runScenario(loadExampleScenario('office-hours-desk.json'), { replications: 3 });
    expect(result.summary.length).toBeGreaterThanOrEqual(3);
    expect(result.summary.length).toBeLessThanOrEqual(6);
    const text = result.summary.join(' ');
    expect(text).toMatch(/about \d{3} tickets arrived a week/);
    expect(text).toMatch(/Users wait .* on average before work starts/);
    expect(text).toMatch(/EUR a week; users lose \d+ working hours a week/);
    expect(text).not.toMatch(/NaN|undefined|null/);
  });

  it('names the missed targets and warns when the backlog grows', () => {
    const scenario = loadExampleScenario('small-service-desk.json');
    const result = runScenario(
      { ...scenario, groups: [{ id: 'desk', agents: 2, discipline: 'priority' }] },
      { replications: 3 },
    );
    const text = result.summary.join(' ');
    expect(text).toMatch(/P1 critical starts .* of tickets within 15 min against a target of 95/);
    expect(text).toMatch(/missed/);
    expect(result.classes.filter((c) => c.target?.verdict === 'missed').length).toBeGreaterThan(0);
  });
});
