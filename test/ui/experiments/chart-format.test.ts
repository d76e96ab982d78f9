import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../simulator/index.ts';
import { compactMoney, moneyAxisName, wrapLabel } from '../../../ui/experiments/chart-format.ts';
import { requestedChanges } from '../../../ui/experiments/request-changes.ts';
import { percentAxisMin } from '../../../ui/experiments/sweep-charts.ts';

describe('chart formats', () => {
  it('names the money axis by the currency symbol', () => {
    expect(moneyAxisName('EUR')).toBe('€ a week');
    expect(moneyAxisName('USD')).toBe('US$ a week');
    expect(moneyAxisName(null)).toBe('money a week');
  });

  it('writes axis money in thousands from 10,000, never with cents', () => {
    expect(compactMoney(112_871, 'EUR')).toBe('€113k');
    expect(compactMoney(90_000, 'EUR')).toBe('€90k');
    expect(compactMoney(0, 'EUR')).toBe('€0');
    expect(compactMoney(9_500, 'EUR')).toBe('€9,500');
  });

  it('wraps long names', () => {
    // Lines of at most 18 characters: 'Tiered service' (14), 'desk with three' (15), 'resolver groups' (15).
    expect(wrapLabel('Tiered service desk with three resolver groups')).toBe(
      'Tiered service\ndesk with three\nresolver groups',
    );
    expect(wrapLabel('Today')).toBe('Today');
  });

  it('starts a percentage axis at a multiple of 5 below every value and target', () => {
    expect(percentAxisMin([98.1, 99.9, 85])).toBe(80);
    expect(percentAxisMin([25.9, null, 95])).toBe(20);
    expect(percentAxisMin([0.5])).toBe(0);
    expect(percentAxisMin([])).toBe(0);
  });
});

describe('requestedChanges', () => {
  it('lists each variant of a stored comparison request in plain words', () => {
    const url = new URL('../../../scenarios/small-service-desk.json', import.meta.url);
    const scenario = parseScenario(JSON.parse(readFileSync(url, 'utf8')));
    const request = {
      kind: 'compare',
      scenario,
      variants: [
        {
          name: 'Five, faster P1',
          changes: [
            { path: 'groups[desk].agents', value: 5 },
            { path: 'classes[P1].serviceLevel.targetTime', value: '10m' },
          ],
        },
        { name: 'No patience', changes: [{ path: 'classes[P4].patience', remove: true }] },
      ],
    };
    expect(requestedChanges(request)).toEqual(
      new Map([
        ['Five, faster P1', ['Service desk: 4 → 5 agents', 'P1 critical target: 15 min → 10 min']],
        ['No patience', ['classes[P4].patience removed']],
      ]),
    );
    expect(requestedChanges(null)).toBeNull();
    expect(requestedChanges({ kind: 'simulate' })).toBeNull();
  });
});
