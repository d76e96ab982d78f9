import type { Backtest } from '../../simulator/index.ts';

/** A backtest's sentences, sorted for where they are shown, each said once. */
export interface BacktestText {
  /** The verdict in words (first, in bold). */
  verdict: string;
  /** The weekly volume's error (MAPE) against chance alone, shown under the volume chart. */
  volume: string;
  /** The other sentences; those repeating a row of the table of figures are left out. */
  notes: string[];
}

/**
 * Sorts the simulator's sentences of a backtest: the verdict, the weekly volume's error (said once,
 * under its chart; written here from the figures if the simulator gave no such sentence), and the
 * rest less the sentences of the figures, which the table shows with their intervals.
 *
 * @example
 * backtestText({ sentences: ['Verdict: good. …', 'Weekly volume (forecast by mean): MAPE 12 %, …', 'Open tickets: …'],
 *   figures: [{ name: 'Open tickets' }], volumeMape: 0.12, poissonMape: 0.09 })
 * // => { verdict: 'Verdict: good. …', volume: 'Weekly volume (forecast by mean): MAPE 12 %, …', notes: [] }
 */
export function backtestText(
  backtest: Pick<Backtest, 'sentences' | 'volumeMape' | 'poissonMape'> & {
    figures: readonly Pick<Backtest['figures'][number], 'name'>[];
  },
): BacktestText {
  const [verdict = '', ...rest] = backtest.sentences;
  const isVolume = (s: string) => s.startsWith('Weekly volume');
  const isFigure = (s: string) => backtest.figures.some((f) => s.startsWith(`${f.name}:`));
  const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;
  return {
    verdict,
    volume:
      rest.find(isVolume) ??
      `Weekly volume: MAPE ${percent(backtest.volumeMape)}, against ${percent(backtest.poissonMape)} that pure Poisson noise would give at this volume.`,
    notes: rest.filter((s) => !isVolume(s) && !isFigure(s)),
  };
}
