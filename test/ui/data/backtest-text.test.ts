import { describe, expect, it } from 'vitest';
import { backtestText } from '../../../ui/data/backtest-text.ts';

const VOLUME =
  'Weekly volume (forecast by Holt): MAPE 12 %, against 9 % that pure Poisson noise would give at this volume.';

describe('backtestText', () => {
  it('says the weekly volume’s error once, and leaves out the sentences the table repeats', () => {
    const text = backtestText({
      sentences: [
        'Verdict: good. The model reproduces the held-out weeks within 20 %.',
        VOLUME,
        'Open tickets: actual 41.0, simulated 39.5 (35–44): −4 %.',
        'Tickets in the held-out weeks: actual 1000.0, simulated 980.0 (950–1010): −2 %.',
      ],
      figures: [{ name: 'Open tickets' }, { name: 'Tickets in the held-out weeks' }],
      volumeMape: 0.1234,
      poissonMape: 0.0891,
    });
    expect(text).toEqual({
      verdict: 'Verdict: good. The model reproduces the held-out weeks within 20 %.',
      volume: VOLUME,
      notes: [],
    });
  });

  it('keeps sentences about no figure, and writes the volume sentence if none came', () => {
    const text = backtestText({
      sentences: ['Verdict: fair.', 'Two weeks held out contain holidays.'],
      figures: [],
      volumeMape: 0.1234,
      poissonMape: 0.0891,
    });
    // 0.1234 → 12 %, 0.0891 → 9 % (whole percent, as the figures' errors are shown).
    expect(text.volume).toBe(
      'Weekly volume: MAPE 12 %, against 9 % that pure Poisson noise would give at this volume.',
    );
    expect(text.notes).toEqual(['Two weeks held out contain holidays.']);
  });
});
