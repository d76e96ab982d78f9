/**
 * The piece of a repeating pattern a time falls in — piece ⌊time / pieceMinutes⌋ of a cycle of
 * `pieces` — answered exactly as `Math.floor(time / pieceMinutes) % pieces` answers, but without
 * the division when the time lies in the piece of the previous question: the engine asks about
 * times close together (the hour of the week of each event, the arrival rate in force).
 *
 * Why the answers agree, for a whole number of minutes P and times with P·(k + 1) below 2^53
 * (far beyond the ten-year horizon limit): for any time t in [P·k, P·(k + 1)),
 * t falls short of P·(k + 1) by at least one unit in its last place, so t / P falls short of
 * k + 1 by at least 2^⌊log2 P⌋ / P > 1/2 of a unit in the last place of k + 1; rounding moves a
 * quotient by at most half a unit, so fl(t / P) < k + 1 and Math.floor gives k. (When P·(k + 1)
 * is a power of two, P is one too and the division is exact.) A fractional P gets no cursor: it
 * divides every time, and so does a time outside every piece (NaN included).
 */
export class PieceCursor {
  /** The piece last answered, [start, end) in minutes. */
  start = 0;
  end = 0;
  private index = 0;
  private readonly pieceMinutes: number;
  private readonly pieces: number;
  private readonly remembers: boolean;

  constructor(pieceMinutes: number, pieces: number) {
    this.pieceMinutes = pieceMinutes;
    this.pieces = pieces;
    this.remembers = Number.isInteger(pieceMinutes) && pieceMinutes >= 1;
  }

  /** The index in the cycle of the piece containing `time` (minutes, not negative). */
  at(time: number): number {
    if (!(time >= this.start && time < this.end && this.remembers)) {
      const piece = Math.floor(time / this.pieceMinutes);
      this.start = piece * this.pieceMinutes;
      this.end = (piece + 1) * this.pieceMinutes;
      this.index = piece % this.pieces;
    }
    return this.index;
  }
}
