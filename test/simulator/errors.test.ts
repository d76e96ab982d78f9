import { describe, expect, it } from 'vitest';
import { formatIssue, SIM_ERR, SimulatorError } from '../../simulator/index.ts';

describe('error catalogue', () => {
  it('keeps its codes stable (callers branch on them)', () => {
    expect(SIM_ERR).toEqual({
      INVALID_SCENARIO: 'SIM_ERR_INVALID_SCENARIO',
      INVALID_DISTRIBUTION: 'SIM_ERR_INVALID_DISTRIBUTION',
      INVALID_DURATION: 'SIM_ERR_INVALID_DURATION',
      INVALID_TICKET_DATA: 'SIM_ERR_INVALID_TICKET_DATA',
      INVALID_RUN_OPTION: 'SIM_ERR_INVALID_RUN_OPTION',
      LIMIT_EXCEEDED: 'SIM_ERR_LIMIT_EXCEEDED',
      UNSUPPORTED_SCHEMA_VERSION: 'SIM_ERR_UNSUPPORTED_SCHEMA_VERSION',
      INVALID_MODEL_INPUT: 'SIM_ERR_INVALID_MODEL_INPUT',
    });
  });

  it('every code is unique and prefixed SIM_ERR_', () => {
    const codes = Object.values(SIM_ERR);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^SIM_ERR_[A-Z_]+$/);
  });

  it('names the field, the value and what was expected', () => {
    const issue = {
      field: 'groups[0].agents',
      value: -3,
      expected: 'a whole number of agents from 1 to 100000',
    };
    expect(formatIssue(issue)).toBe(
      'groups[0].agents: got -3, expected a whole number of agents from 1 to 100000',
    );
    const error = new SimulatorError(SIM_ERR.INVALID_SCENARIO, [issue]);
    expect(error.message).toContain('groups[0].agents');
    expect(error.issues).toEqual([issue]);
  });

  it('says when a field is missing', () => {
    expect(formatIssue({ field: 'name', value: undefined, expected: 'a name' })).toContain(
      'missing',
    );
  });
});

describe('confidence intervals refuse non-finite values', () => {
  it('throws rather than hiding NaN', async () => {
    const { confidenceInterval } = await import('../../simulator/index.ts');
    expect(() => confidenceInterval([1, Number.NaN, 3])).toThrow(/non-finite/);
    expect(confidenceInterval([1, null, 3])?.n).toBe(2);
  });
});
