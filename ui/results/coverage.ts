import type { HourlyStaffing } from '../../simulator/index.ts';
import { DAYS, WEEK_AXES } from './chart-options.ts';

/** How an hour is staffed against its need, as workforce tools colour it. */
export type Coverage = 'under' | 'ok' | 'over' | 'none';

/**
 * Under when fewer are scheduled than needed; over when more than one agent and more than a fifth
 * above the need are scheduled; ok in between; none when nobody is needed or scheduled.
 *
 * @example
 * coverage(6, 4) // => 'under'
 */
export function coverage(required: number, scheduled: number): Coverage {
  if (required === 0 && scheduled === 0) return 'none';
  if (scheduled < required) return 'under';
  const spare = scheduled - required;
  return spare > 1 && spare > 0.2 * required ? 'over' : 'ok';
}

const CODES: Record<Coverage, number | '-'> = { under: -1, ok: 0, over: 1, none: '-' };

/**
 * A heat map of the week, days down and hours across, each hour coloured by its coverage: red
 * under, green ok, amber over; the tooltip gives both numbers.
 */
export function coverageOption(staffing: HourlyStaffing): Record<string, unknown> {
  const cells = staffing.requiredAgents.map((required, h) => {
    const scheduled = staffing.scheduledAgents[h] ?? 0;
    return [h % 24, Math.floor(h / 24), CODES[coverage(required, scheduled)], required, scheduled];
  });
  return {
    tooltip: {
      formatter: (p: { value: [number, number, number | '-', number, number] }) => {
        const [hour, day, , required, scheduled] = p.value;
        return `${DAYS[day]} ${String(hour).padStart(2, '0')}:00: ${required} needed, ${Math.round(scheduled * 10) / 10} scheduled`;
      },
    },
    ...WEEK_AXES,
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      pieces: [
        { value: -1, label: 'fewer than needed', color: '#c0392b' },
        { value: 0, label: 'about right', color: '#23824a' },
        { value: 1, label: 'more than needed', color: '#e0a800' },
      ],
    },
    series: [{ type: 'heatmap', data: cells }],
  };
}
