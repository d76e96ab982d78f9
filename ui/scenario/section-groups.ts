import { html, nothing } from 'lit';
import { dayPicker, type FormContext, field, listAt } from './form-context.ts';

const DISCIPLINES = [
  { value: 'fifo', label: 'First come, first served' },
  { value: 'priority', label: 'Most urgent first' },
  { value: 'preemptive', label: 'Most urgent first, interrupting work' },
  { value: 'edf', label: 'Nearest deadline first' },
  { value: 'cherry-pick', label: 'Technicians pick (cherry-picking)' },
];

/** A new shift: weekdays, office hours, one agent. */
const NEW_SHIFT = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '08:00',
  end: '17:00',
  agents: 1,
};

/**
 * The groups: name, cost, how the queue is worked, and either a fixed headcount around the clock
 * or shifts (days, hours, agents). Shifts can be added and removed.
 */
export function groupsSection(ctx: FormContext) {
  const groups = listAt(ctx, 'groups');
  return html`<section class="card" aria-labelledby="groups-h">
    <h2 id="groups-h">Groups</h2>
    <p class="hint">A group is a team that works tickets: the service desk, or a resolver group such as network or applications.</p>
    ${groups.map((group, g) => groupCard(ctx, group, g))}
  </section>`;
}

function groupCard(ctx: FormContext, group: Record<string, unknown>, g: number) {
  const at = `groups[${g}]`;
  const shifts = listAt(ctx, `${at}.shifts`);
  const useShifts = Array.isArray(group.shifts);
  const switchToShifts = () => {
    ctx.set(`${at}.shifts`, [{ ...NEW_SHIFT, agents: Number(group.agents ?? 1) }]);
    ctx.set(`${at}.agents`, undefined);
  };
  const switchToFixed = () => {
    const total = shifts.reduce((n, s) => Math.max(n, Number(s.agents ?? 0)), 1);
    ctx.set(`${at}.agents`, total);
    ctx.set(`${at}.shifts`, undefined);
  };
  return html`<fieldset class="group">
    <legend>${String(group.name ?? group.id)}</legend>
    <div class="grid">
      ${field(ctx, `${at}.name`, 'Name')}
      ${field(ctx, `${at}.costPerAgentHour`, 'Cost of a technician', { kind: 'number', unit: 'per hour on duty', hint: 'Salary and overheads.' })}
      ${field(ctx, `${at}.discipline`, 'Order of work', { kind: 'select', options: DISCIPLINES, hint: 'Which waiting ticket a free technician takes next.' })}
      ${field(ctx, `${at}.shrinkage`, 'Shrinkage', { kind: 'percent', unit: '%', percentRange: 'from 0 to below 100', hint: 'Paid time not available for tickets: meetings, training, leave.' })}
      ${useShifts ? nothing : field(ctx, `${at}.agents`, 'Technicians on duty', { kind: 'integer', hint: 'The same number around the clock.' })}
    </div>
    ${
      useShifts
        ? html`<h3>Shifts</h3>
          ${shifts.map((_, s) => shiftRow(ctx, `${at}.shifts[${s}]`, s, shifts.length))}
          <div class="row">
            <button type="button" class="secondary" @click=${() => ctx.set(`${at}.shifts[${shifts.length}]`, { ...NEW_SHIFT })}>Add a shift</button>
            <button type="button" class="secondary" @click=${switchToFixed}>Use one headcount around the clock</button>
          </div>`
        : html`<button type="button" class="secondary" @click=${switchToShifts}>Staff by shifts instead</button>`
    }
  </fieldset>`;
}

function shiftRow(ctx: FormContext, at: string, index: number, count: number) {
  return html`<div class="shift">
    ${dayPicker(ctx, `${at}.days`, `Shift ${index + 1}: days`)}
    ${field(ctx, `${at}.start`, 'Starts', { hint: 'hh:mm' })}
    ${field(ctx, `${at}.end`, 'Ends', { hint: 'hh:mm; before the start for a night shift' })}
    ${field(ctx, `${at}.agents`, 'Technicians', { kind: 'integer' })}
    <button type="button" class="danger" ?disabled=${count === 1} @click=${() => ctx.set(at, undefined)}
      aria-label="Remove shift ${index + 1}">Remove</button>
  </div>`;
}
