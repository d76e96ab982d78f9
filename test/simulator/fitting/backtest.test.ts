import { describe, expect, it } from 'vitest';
import {
  backtestTicketLog,
  createStreamSource,
  newTicket,
  type TicketLog,
} from '../../../simulator/index.ts';

// A desk whose work slows tenfold for the last four weeks: exponential times to resolve of mean
// 60 minutes for 26 weeks, then 600. Six tickets a weekday between 09:00 and 17:00.
function changingLog(): TicketLog {
  const random = createStreamSource(5, 0).stream('backtest');
  const monday = Date.UTC(2024, 0, 1);
  const tickets: TicketLog['tickets'] = [];
  for (let day = 0; day < 30 * 7; day++) {
    if (day % 7 >= 5) continue;
    const mean = day < 26 * 7 ? 60 : 600;
    for (let k = 0; k < 6; k++) {
      const opened = monday + day * 86_400_000 + (9 + random() * 8) * 3_600_000;
      const resolved = opened - Math.log(1 - random()) * mean * 60_000;
      tickets.push({ ...newTicket(`T${tickets.length + 1}`, opened), resolved });
    }
  }
  const times = tickets.flatMap((t) => [t.opened, t.resolved as number]);
  return {
    shape: 'tickets',
    columns: {},
    guessed: [],
    formats: {},
    warnings: [],
    timeZone: 'UTC',
    rows: tickets.length,
    tickets,
    activity: [],
    transitions: [],
    groupTransitions: [],
    rejected: [],
    rejectedCount: 0,
    start: Math.min(...times),
    end: Math.max(...times),
  };
}

describe('backtest', () => {
  it('fits on the weeks before the split only: the change after it shows as an error', () => {
    const backtest = backtestTicketLog(changingLog(), { testWeeks: 4, replications: 10 });
    expect(backtest.testWeeks).toBe(4);
    const median = backtest.figures.find((f) => f.name === 'Time to resolve, median');
    // Held out: an exponential of mean 600 has median 600·ln 2 ≈ 416 minutes (tickets resolved
    // within the window, so somewhat less); fitted before the split: 60·ln 2 ≈ 42.
    expect(median?.actual).toBeGreaterThan(200);
    expect(median?.simulated.mean).toBeLessThan(80);
    expect(backtest.verdict).toBe('poor');
    // Six tickets a weekday: 30 a week held out, all counted.
    expect(backtest.testTickets).toBe(4 * 30);
    expect(backtest.weekly.map((w) => w.actual)).toEqual([30, 30, 30, 30]);
  });

  it('needs weeks to fit on and to hold out, and says how many there are', () => {
    expect(() => backtestTicketLog(changingLog(), { testWeeks: 25 })).toThrow(
      /testWeeks: got 25, expected from 1 to \d+ weeks to hold out/,
    );
  });
});
