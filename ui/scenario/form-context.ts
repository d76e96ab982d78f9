import { html } from 'lit';
import type { FieldKind } from './field-text.ts';
import './sl-field.ts';
import { type FieldIssue, getAt, issueFor } from './paths.ts';

/** What every section of the scenario form reads: the draft, the simulator's issues, a setter. */
export interface FormContext {
  draft: Record<string, unknown>;
  issues: readonly FieldIssue[];
  /** Paths that have an input (so issues without one are listed above the form). */
  placed: Set<string>;
  /** Sets a value (undefined removes it) at a path of the draft. */
  set: (path: string, value: unknown) => void;
}

/** Options of one field: how it reads, its hint, unit, and the choices of a select. */
export interface FieldOptions {
  kind?: FieldKind;
  /** For a percent field: its range as the user reads it (default "from 0 to 100"). */
  percentRange?: string;
  hint?: string;
  unit?: string;
  options?: { value: string; label: string }[];
}

/** An input bound to `path`, showing the draft's value there and the simulator's message for it. */
export function field(ctx: FormContext, path: string, label: string, options: FieldOptions = {}) {
  ctx.placed.add(path);
  return html`<sl-field
    path=${path}
    label=${label}
    hint=${options.hint ?? ''}
    kind=${options.kind ?? 'text'}
    unit=${options.unit ?? ''}
    .value=${getAt(ctx.draft, path)}
    .error=${issueFor(
      path,
      ctx.issues,
      options.kind === 'percent' ? (options.percentRange ?? 'from 0 to 100') : undefined,
    )}
    .options=${options.options ?? []}
  ></sl-field>`;
}

/** The list at `path` of the draft (empty when missing). */
export function listAt(ctx: FormContext, path: string): Record<string, unknown>[] {
  const list = getAt(ctx.draft, path);
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
}

/** Weekdays as the scenario writes them, with their labels. */
export const WEEKDAYS = [
  ['mon', 'Mon'],
  ['tue', 'Tue'],
  ['wed', 'Wed'],
  ['thu', 'Thu'],
  ['fri', 'Fri'],
  ['sat', 'Sat'],
  ['sun', 'Sun'],
] as const;

/** Checkboxes for the days of a shift or calendar at `path` (a list of day names). */
export function dayPicker(ctx: FormContext, path: string, legend: string) {
  ctx.placed.add(path);
  const days = (getAt(ctx.draft, path) as string[] | undefined) ?? [];
  const toggle = (day: string, on: boolean) => {
    const next = WEEKDAYS.map(([d]) => d).filter((d) => (d === day ? on : days.includes(d)));
    ctx.set(path, next);
  };
  const error = issueFor(path, ctx.issues);
  return html`<fieldset class="days">
    <legend>${legend}</legend>
    ${WEEKDAYS.map(
      ([
        day,
        label,
      ]) => html`<label class="day"><input type="checkbox" .checked=${days.includes(day)}
        @change=${(e: Event) => toggle(day, (e.target as HTMLInputElement).checked)} />${label}</label>`,
    )}
    ${error === null ? '' : html`<div class="field-error" role="alert">${error}</div>`}
  </fieldset>`;
}
