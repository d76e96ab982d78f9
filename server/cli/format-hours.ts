import type { ScenarioResult } from '../../simulator/index.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const CELL = 4;

/**
 * Each group's agent occupancy as a week grid (days down, hours across, in percent of on-duty
 * time), "·" where nobody is on duty: where the staffing is thin or idle shows at a glance.
 */
export function formatHourOfWeek(result: ScenarioResult): string {
  const header = `    ${Array.from({ length: 24 }, (_, h) => String(h).padStart(CELL - 1)).join(' ')}`;
  const blocks = result.groups.map((group) => {
    const rows = DAYS.map((day, d) => {
      const cells = group.occupancyByHourOfWeek
        .slice(d * 24, d * 24 + 24)
        .map((value) =>
          (value === null ? '·' : String(Math.round(value * 100))).padStart(CELL - 1),
        );
      return `${day} ${cells.join(' ')}`;
    });
    return [`${group.name}: agent occupancy by hour of the week (%)`, header, ...rows].join('\n');
  });
  return [
    ...blocks,
    'Hours on the simulation clock, Monday 00:00 first, pooled over replications.',
  ].join('\n\n');
}
