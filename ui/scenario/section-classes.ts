import { html, nothing } from 'lit';
import { type FormContext, field, listAt } from './form-context.ts';

const WORK_KINDS = [
  { value: 'exponential', label: 'Exponential (mean only)' },
  { value: 'lognormal', label: 'Lognormal (mean and variability)' },
  { value: 'gamma', label: 'Gamma (mean and variability)' },
  { value: 'weibull', label: 'Weibull (mean and variability)' },
];

/**
 * The ticket classes (priorities): share of tickets, urgency, work time, service-level target,
 * how many users each ticket stops, and the route through the groups with its escalations.
 */
export function classesSection(ctx: FormContext) {
  const classes = listAt(ctx, 'classes');
  return html`<section class="card" aria-labelledby="classes-h">
    <h2 id="classes-h">Ticket classes</h2>
    <p class="hint">Usually one per priority. Shares of all classes add up to 100 %.</p>
    ${classes.map((ticketClass, c) => classCard(ctx, ticketClass, c))}
  </section>`;
}

function classCard(ctx: FormContext, ticketClass: Record<string, unknown>, c: number) {
  const at = `classes[${c}]`;
  const work = ticketClass.workTime as Record<string, unknown> | undefined;
  const hasTarget = ticketClass.serviceLevel !== undefined;
  return html`<fieldset class="class">
    <legend>${String(ticketClass.name ?? ticketClass.id)}</legend>
    <div class="grid">
      ${field(ctx, `${at}.name`, 'Name')}
      ${field(ctx, `${at}.share`, 'Share of tickets', { kind: 'percent', unit: '%' })}
      ${field(ctx, `${at}.priority`, 'Priority', { kind: 'integer', hint: '1 is the most urgent.' })}
      ${field(ctx, `${at}.usersAffected`, 'Users affected', { kind: 'number', hint: 'Users who cannot work fully while the ticket is open.' })}
      ${field(ctx, `${at}.productivityLoss`, 'Work lost', { kind: 'percent', unit: '%', hint: 'Share of their work lost while it is open (default 100 %).' })}
      ${workFields(ctx, `${at}.workTime`, work)}
      ${field(ctx, `${at}.reopenProbability`, 'Reopened', { kind: 'percent', unit: '%', hint: 'Share of resolved tickets that come back.' })}
    </div>
    ${
      hasTarget
        ? html`<h3>Service-level target</h3>
          <div class="grid">
            ${field(ctx, `${at}.serviceLevel.attainment`, 'Tickets on time', { kind: 'percent', unit: '%' })}
            ${field(ctx, `${at}.serviceLevel.targetTime`, 'Work starts within', { kind: 'duration', hint: 'e.g. 15m, 4h' })}
            ${field(ctx, `${at}.serviceLevel.calendar`, 'Counted in', { kind: 'select', options: calendarOptions(ctx), hint: 'Business hours stop the clock outside them.' })}
          </div>
          <button type="button" class="secondary" @click=${() => ctx.set(`${at}.serviceLevel`, undefined)}>Remove the target</button>`
        : html`<button type="button" class="secondary" @click=${() => ctx.set(`${at}.serviceLevel`, { targetTime: '4h', attainment: 0.8 })}>Add a service-level target</button>`
    }
    ${routing(ctx, at)}
  </fieldset>`;
}

/** Whether the form can edit a work-time distribution: one of WORK_KINDS, given by its mean. */
function editableKind(work: unknown): work is Record<string, unknown> {
  if (work === null || typeof work !== 'object') return false;
  const kind = (work as { kind?: unknown }).kind;
  return WORK_KINDS.some((k) => k.value === kind) && 'mean' in work;
}

/** A distribution the form does not edit (the data's own, uniform, Erlang…), named, for the JSON view. */
function describeOther(work: unknown, label: string) {
  if (work === undefined || work === null || typeof work !== 'object') return nothing;
  const { kind, values } = work as { kind?: string; values?: unknown[] };
  const words =
    kind === 'empirical'
      ? `from the data (${Array.isArray(values) ? values.length : 'its'} observed values)`
      : `${kind ?? 'a distribution'} (as in the JSON view)`;
  return html`<div><strong>${label}</strong><p>${words}</p><p class="hint">Edit it in the JSON view.</p></div>`;
}

/** The work-time fields: kind, mean and variability when the form can edit them. */
function workFields(ctx: FormContext, at: string, work: Record<string, unknown> | undefined) {
  if (work === undefined) return nothing;
  if (!editableKind(work)) return describeOther(work, 'Work time');
  return html`${field(ctx, `${at}.kind`, 'Work time varies as', { kind: 'select', options: WORK_KINDS })}
    ${field(ctx, `${at}.mean`, 'Average work time', { kind: 'duration', hint: 'e.g. 20m, 1.5h (a plain number is minutes)' })}
    ${work.cv === undefined ? nothing : field(ctx, `${at}.cv`, 'Variability of work time', { kind: 'number', hint: 'Standard deviation over mean: 1 is typical of IT tickets.' })}`;
}

function calendarOptions(ctx: FormContext) {
  const calendars = listAt(ctx, 'calendars');
  return [
    { value: 'always', label: 'Around the clock' },
    ...calendars.map((cal) => ({ value: String(cal.id), label: `Calendar "${String(cal.id)}"` })),
  ];
}

/** The class's route: for each group visited, its work time and where it escalates to. */
function routing(ctx: FormContext, at: string) {
  const steps = listAt(ctx, `${at}.routing`);
  if (steps.length === 0) return nothing;
  return html`<h3>Route through the groups</h3>
    ${steps.map(
      (step, s) => html`<div class="route">
        <strong>${String(step.group)}</strong>
        <div class="grid">
          ${editableKind(step.workTime) ? field(ctx, `${at}.routing[${s}].workTime.mean`, 'Average work time here', { kind: 'duration' }) : describeOther(step.workTime, 'Work time here')}
          ${listAt(ctx, `${at}.routing[${s}].escalate`).map((esc, e) =>
            field(
              ctx,
              `${at}.routing[${s}].escalate[${e}].probability`,
              `Passed on to ${String(esc.to)}`,
              { kind: 'percent', unit: '%' },
            ),
          )}
        </div>
      </div>`,
    )}
    <p class="hint">To add or remove a step of the route, use the JSON view.</p>`;
}
