import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../ui/scenario/apply-change.ts';
import { blankScenario } from '../../../ui/scenario/blank-scenario.ts';
import { readField, showField } from '../../../ui/scenario/field-text.ts';
import { getAt, inPercent, issueFor, setAt, unplacedIssues } from '../../../ui/scenario/paths.ts';
import { readJson, requestIssues, validateDraft } from '../../../ui/scenario/validate-draft.ts';

const tiered = () =>
  JSON.parse(
    readFileSync(new URL('../../../scenarios/tiered-service-desk.json', import.meta.url), 'utf8'),
  );

describe('paths into a scenario', () => {
  it('reads and writes through objects and lists without changing the original', () => {
    const scenario = tiered();
    expect(getAt(scenario, 'groups[0].shifts[1].agents')).toBe(3);
    const changed = setAt(scenario, 'groups[0].shifts[1].agents', 5);
    expect(getAt(changed, 'groups[0].shifts[1].agents')).toBe(5);
    expect(getAt(scenario, 'groups[0].shifts[1].agents')).toBe(3);
    expect(getAt(setAt({}, 'run.seed', 7), 'run')).toEqual({ seed: 7 });
    expect(getAt(scenario, 'groups[9].agents')).toBeUndefined();
  });

  it('removes a property, or an item of a list, when set to undefined', () => {
    const scenario = tiered();
    const fewer = setAt(scenario, 'groups[0].shifts[0]', undefined);
    expect(fewer.groups[0].shifts).toHaveLength(1);
    expect(fewer.groups[0].shifts[0].start).toBe('10:00');
    expect('serviceLevel' in setAt(scenario, 'classes[0].serviceLevel', undefined).classes[0]).toBe(
      false,
    );
  });

  it("places the simulator's message at its field, a list-wide one at every item", () => {
    const issues = [
      { field: 'groups[0].shifts[1].agents', value: -1, expected: 'a whole number of agents' },
      { field: 'classes[].share', value: [0.5, 0.6], expected: 'shares that add up to 1' },
    ];
    expect(issueFor('groups[0].shifts[1].agents', issues)).toBe(
      'expected a whole number of agents',
    );
    expect(issueFor('groups[0].shifts[0].agents', issues)).toBeNull();
    expect(issueFor('classes[2].share', issues)).toBe('expected shares that add up to 1');
    expect(unplacedIssues(issues, new Set(['classes[0].share']))).toEqual([issues[0]]);
  });
});

describe('the form and the simulator agree', () => {
  it('a field reads percent as a fraction and passes bad text on for the simulator to name', () => {
    expect(readField('percent', '85')).toBe(0.85);
    expect(readField('percent', '2.5')).toBe(0.025);
    expect(showField('percent', 0.85)).toBe('85');
    expect(readField('integer', '')).toBeUndefined();
    expect(readField('integer', 'x')).toBe('x');
    expect(readField('duration', '90')).toBe(90);
    expect(readField('duration', '4h')).toBe('4h');
  });

  it('a wrong value is reported at its path, with what was expected', () => {
    const draft = setAt(tiered(), 'groups[0].shifts[1].agents', readField('integer', '-2'));
    const { scenario, issues } = validateDraft(draft);
    expect(scenario).toBeNull();
    expect(issues.map((i) => i.field)).toEqual(['groups[0].shifts[1].agents']);
    expect(issueFor('groups[0].shifts[1].agents', issues)).toMatch(/whole number of agents/);
  });

  it('shares that do not add up are reported on every class share', () => {
    const { issues } = validateDraft(setAt(tiered(), 'classes[0].share', 0.5));
    expect(issueFor('classes[1].share', issues)).toMatch(/add up to 1/);
  });

  it('changing a work-time kind keeps it valid: cv added or dropped as the kind needs', () => {
    let draft = applyChange(tiered(), 'classes[0].workTime.kind', 'exponential');
    expect(draft.classes[0].workTime).toEqual({ kind: 'exponential', mean: '20m' });
    expect(validateDraft(draft).issues).toEqual([]);
    draft = applyChange(draft, 'classes[0].workTime.kind', 'gamma');
    expect(draft.classes[0].workTime).toEqual({ kind: 'gamma', mean: '20m', cv: 1 });
    expect(validateDraft(draft).issues).toEqual([]);
  });

  it('the blank scenario and every example are valid as they stand', () => {
    expect(validateDraft(blankScenario()).issues).toEqual([]);
    expect(validateDraft(tiered()).issues).toEqual([]);
  });

  it('the JSON view says where the text is broken', () => {
    expect(readJson('{"a": 1}')).toEqual({ value: { a: 1 }, error: null });
    expect(readJson('{"a": 1,}').error).toMatch(/^not valid JSON/);
  });
});

describe('messages the user can act on', () => {
  it('a percent field says its range in percent, and a sum of shares in percent', () => {
    const { issues } = validateDraft(
      setAt(tiered(), 'groups[0].shrinkage', readField('percent', '150')),
    );
    expect(issueFor('groups[0].shrinkage', issues, 'from 0 to below 100')).toBe(
      'expected a percentage from 0 to below 100',
    );
    // Shares 0.9 + 0.17 + 0.8 = 1.87: said as 187 %.
    const shares = validateDraft(setAt(tiered(), 'classes[0].share', 0.9)).issues;
    expect(issueFor('classes[2].share', shares, 'from 0 to 100')).toBe(
      'expected shares that add up to 100 % (they add up to 187 %)',
    );
    expect(inPercent('a fraction between 0 and 1 (not a percentage)', 'from 0 to 100')).toBe(
      'a percentage from 0 to 100',
    );
  });

  it('what the server would refuse is named at its field before anything is sent', () => {
    const long = setAt(setAt(tiered(), 'run.horizon', '260w'), 'run.replications', 2000);
    const { scenario, issues } = validateDraft(long);
    expect(scenario).toBeNull();
    expect(issueFor('run.horizon', issues)).toBe('expected at most 104 weeks (this is 260 weeks)');
    expect(issueFor('run.replications', issues)).toMatch(/at most 1,000 replications/);
    expect(requestIssues(validateDraft(tiered()).scenario as never)).toEqual([]);
  });
});
