import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../simulator/index.ts';
import { compareSentences, roundForSpeech } from '../../../ui/experiments/compare-sentences.ts';
import { euroComparison, metrics } from './comparison-fixture.ts';

describe('roundForSpeech', () => {
  it('keeps two significant digits, whole amounts below 100', () => {
    expect(roundForSpeech(4123)).toBe(4100);
    expect(roundForSpeech(2345)).toBe(2300);
    expect(roundForSpeech(65_648)).toBe(66_000);
    expect(roundForSpeech(87.4)).toBe(87);
    expect(roundForSpeech(168)).toBe(170);
  });
});

describe('compareSentences', () => {
  const sentences = compareSentences(euroComparison());

  it('reads out a variant that resolves faster and trades salaries for users’ time', () => {
    expect(sentences.variants[0]).toEqual({
      name: 'Two more at the desk',
      sentences: [
        'Two more at the desk resolves 95 % of tickets within 3.1 h instead of 6.4 h, and saves €4,100 a week of lost user time for €2,300 of salaries.',
        'In all, it saves €1,800 a week.',
        'The P2 high target goes from missed to met.',
      ],
    });
  });

  it('calls differences whose interval includes 0 "about the same"', () => {
    // p95 +10 ± 30 min and lost productivity +500 ± 900 include 0; salaries −2,000 ± 10 do not.
    expect(sentences.variants[1]?.sentences).toEqual([
      'Cheaper desk resolves 95 % of tickets within 6.57 h, about as fast as the base (6.4 h), and saves €2,000 a week of salaries, with about the same lost user time.',
      'In all, it saves €1,500 a week.',
      'The P1 critical target goes from met to too close to call.',
    ]);
  });

  it('names the cheapest option, and says when it also meets every target', () => {
    // Totals: 51,940 (Today), 50,162 (Two more), 50,440 (Cheaper desk).
    expect(sentences.overall).toEqual([
      'Lowest total cost: Two more at the desk, about €50,000 a week.',
      'It also meets every service-level target.',
    ]);
  });

  it('speaks in hours when the scenario has no costs', () => {
    const comparison = euroComparison();
    const hours = {
      ...comparison,
      options: comparison.options.slice(0, 2).map((o, k) => ({
        ...o,
        result: {
          ...o.result,
          currency: null,
          overall: metrics({ timeInSystemP95Minutes: [k === 0 ? 100 : 80, 5] }),
        },
      })),
      differences: [
        {
          name: 'Five technicians',
          overall: metrics({
            timeInSystemP95Minutes: [-20, 5],
            lostUserHoursPerWeek: [-208, 6],
            agentHoursPerWeek: [168, 0],
          }),
          classes: [],
        },
      ],
    } as unknown as Comparison;
    expect(compareSentences(hours).variants[0]?.sentences[0]).toBe(
      "Five technicians resolves 95 % of tickets within 80 min instead of 100 min, and saves 210 hours a week of users' working time for 170 hours of technicians on duty.",
    );
    expect(compareSentences(hours).overall).toEqual([]);
  });
});
