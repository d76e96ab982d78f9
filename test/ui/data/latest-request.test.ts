import { describe, expect, it } from 'vitest';
import { createLatestRequest } from '../../../ui/data/latest-request.ts';

describe('createLatestRequest', () => {
  it('keeps only the latest request: the one before is aborted and no longer current', () => {
    const latest = createLatestRequest();
    const first = latest.start();
    expect(latest.isCurrent(first)).toBe(true);
    const second = latest.start();
    expect(first.aborted).toBe(true);
    expect(latest.isCurrent(first)).toBe(false);
    expect(latest.isCurrent(second)).toBe(true);
  });

  it('drops a slow answer to an earlier request that arrives after a later one', async () => {
    // Data set A is opened, then B; B's answer comes first, then A's: the view must show B.
    const latest = createLatestRequest();
    let shown: string | null = null;
    const load = async (name: string, delayMs: number) => {
      const signal = latest.start();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (latest.isCurrent(signal)) shown = name;
    };
    await Promise.all([load('A', 30), load('B', 5)]);
    expect(shown).toBe('B');
  });

  it('has no current request once cancelled', () => {
    const latest = createLatestRequest();
    const signal = latest.start();
    latest.cancel();
    expect(signal.aborted).toBe(true);
    expect(latest.isCurrent(signal)).toBe(false);
  });
});
