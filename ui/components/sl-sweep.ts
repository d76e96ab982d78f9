import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import type { StoredScenario } from '../api/client.ts';
import { BaseScenarioController } from '../controllers/base-scenario-controller.ts';
import type { FormProblem } from '../experiments/compare-request.ts';
import { inputText } from '../experiments/input-text.ts';
import { formatLeverValue } from '../experiments/lever-value.ts';
import { LEVER_SECTIONS } from '../experiments/scenario-levers.ts';
import { pointsLine, type SweepRange } from '../experiments/sweep-range.ts';
import {
  defaultRange,
  parameterValues,
  rangeUnit,
  sweepRequest,
} from '../experiments/sweep-request.ts';
import { shared } from '../styles/shared.ts';
import './sl-run-settings.ts';
import './sl-scenario-choice.ts';

/** The headings of the first and second parameter's fieldsets. */
const LEGENDS = ['Headcount to vary', 'Second parameter'] as const;

/** A parameter being set: the lever's path and the range typed for it. */
interface ParameterDraft {
  path: string;
  range: SweepRange;
}

/**
 * The headcount curve builder (`#/sweep?scenario=ID`): choose a scenario, a group's (or shift's)
 * headcount and a range, optionally a second parameter, and the replications; the values and the
 * number of points (at most 100) are shown and checked before anything is sent. Starts the sweep
 * and opens its run, whose page draws the curves.
 */
export class SlSweep extends LitElement {
  static override properties = {
    scenarioId: { attribute: false },
    parameters: { state: true },
    replications: { state: true },
    seed: { state: true },
    problems: { state: true },
  };
  declare scenarioId: string | null;
  declare parameters: ParameterDraft[];
  declare replications: number;
  declare seed: number;
  declare problems: FormProblem[];

  private readonly base = new BaseScenarioController(this, 'sweep', (scenario, levers) => {
    const first = levers.find((l) => l.kind === 'agents');
    this.parameters = first === undefined ? [] : [{ path: first.path, range: defaultRange(first) }];
    this.seed = scenario.run.seed ?? 1;
    this.problems = [];
  });

  static override styles = [
    shared,
    css`
      .lead { font-size: 1.1rem; max-width: 60rem; }
      fieldset { border: 1px solid var(--sl-line); border-radius: 8px; padding: 0.75rem 1rem 1rem; margin: 0 0 1rem; background: #fff; }
      legend { font-weight: 700; font-size: 1.1rem; padding: 0 0.3rem; }
      select { min-width: 24rem; max-width: 100%; }
      input[type='number'] { width: 7rem; }
      .values { font-size: 1.05rem; }
      .start { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
      .start button { font-size: 1.1rem; padding: 0.6rem 1.4rem; }
      .server { white-space: pre-line; }
    `,
  ];

  constructor() {
    super();
    this.scenarioId = null;
    this.parameters = [];
    this.replications = 10;
    this.seed = 1;
    this.problems = [];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenarioId')) void this.base.load(this.scenarioId);
  }

  private chooseScenario(id: string): void {
    this.base.choose(id);
    this.scenarioId = id;
  }

  override render() {
    return html`<h1>Headcount curve</h1>
      <p class="lead">What if we had 1, 2, 3 more? Run a scenario at every headcount of a range and see
        service levels and total cost against headcount, with the cheapest headcount meeting every target and
        the one of lowest total cost marked.</p>
      <sl-scenario-choice label="Scenario" .scenarioId=${this.scenarioId}
        @scenario-choose=${(e: CustomEvent<string>) => this.chooseScenario(e.detail)}></sl-scenario-choice>
      ${this.base.loadError === null ? nothing : html`<p class="error" role="alert">${this.base.loadError}</p>`}
      ${this.base.stored === null ? nothing : this.form(this.base.stored)}`;
  }

  private form(stored: StoredScenario) {
    const counts = this.parameters
      .map((p) => this.valuesOf(p))
      .map((v) => ('values' in v ? v.values.length : null));
    const points = counts.reduce<number>((a, b) => a * (b ?? 0), 1);
    const line = pointsLine(
      counts,
      this.parameters.map((_, i) => LEGENDS[i] ?? 'Parameter'),
    );
    const listProblem = this.problems.find((p) => p.field === 'parameters')?.message;
    return html`${this.parameters.map((_, i) => this.parameterRow(i))}
      ${
        this.parameters.length === 1
          ? html`<p><button class="secondary" @click=${() => this.addSecond()}>Add a second parameter</button>
              <span class="hint">e.g. another group's headcount, or the ticket volume: every combination is run</span></p>`
          : nothing
      }
      <p class=${line.ok ? 'hint' : 'field-error'} role=${line.ok ? nothing : 'alert'}>${line.text}</p>
      ${listProblem === undefined || !line.ok ? nothing : html`<p class="field-error" role="alert">${listProblem}</p>`}
      <sl-run-settings .replications=${this.replications} .seed=${this.seed} .problems=${this.problems}
        .runs=${points} what="point"
        @settings-change=${(e: CustomEvent<{ replications: number; seed: number }>) => {
          ({ replications: this.replications, seed: this.seed } = e.detail);
        }}></sl-run-settings>
      <div class="start">
        <button ?disabled=${this.base.busy || this.parameters.length === 0} @click=${() => this.start(stored)}>
          ${this.base.busy ? 'Starting…' : 'Run the curve'}</button>
        ${this.problems.length > 0 ? html`<span class="field-error" role="alert">Fix the fields marked above first.</span>` : nothing}
      </div>
      ${this.base.serverError === null ? nothing : html`<p class="error server" role="alert">${this.base.serverError}</p>`}`;
  }

  private valuesOf(parameter: ParameterDraft) {
    const lever = this.base.levers.find((l) => l.path === parameter.path);
    return lever === undefined
      ? { error: 'choose a parameter' }
      : parameterValues(lever, parameter.range);
  }

  private parameterRow(i: number) {
    const parameter = this.parameters[i] as ParameterDraft;
    const lever = this.base.levers.find((l) => l.path === parameter.path);
    const built = this.valuesOf(parameter);
    const problem = this.problems.find((p) => p.field === `parameters[${i}]`)?.message;
    const unit = lever === undefined ? '' : rangeUnit(lever);
    const number = (key: keyof SweepRange, label: string) => html`<label for="p${i}-${key}">${label}
        <input id="p${i}-${key}" type="number" .value=${inputText(parameter.range[key])} step="any"
          @input=${(e: Event) => this.setRange(i, key, (e.target as HTMLInputElement).value)} />
        <span class="hint">${unit}</span></label>`;
    return html`<fieldset>
      <legend>${LEGENDS[i]}</legend>
      <div class="row">
        <label for="p${i}-what">${i === 0 ? 'Group (or shift)' : 'Parameter'}
          ${this.leverSelect(i, parameter.path)}
        </label>
        ${number('from', 'From')} ${number('to', 'To')} ${number('step', 'Step')}
        ${
          i === 1
            ? html`<button class="danger" @click=${() => {
                this.parameters = this.parameters.slice(0, 1);
              }}>Remove</button>`
            : nothing
        }
      </div>
      ${
        'values' in built
          ? html`<p class="values">Values: ${(lever?.kind === 'attainment' ? built.values.map((v) => Math.round((v as number) * 1e4) / 100) : built.values).join(', ')} ${unit}</p>`
          : html`<p class="field-error" role="alert">${built.error}</p>`
      }
      ${problem === undefined || !('values' in built) ? nothing : html`<p class="field-error" role="alert">${problem}</p>`}
    </fieldset>`;
  }

  /** The levers parameter i may take: a headcount first, then any lever. */
  private leverSelect(i: number, path: string) {
    const choices =
      i === 0 ? this.base.levers.filter((l) => l.kind === 'agents') : this.base.levers;
    return html`<select id="p${i}-what" .value=${live(path)}
      @change=${(e: Event) => this.choose(i, (e.target as HTMLSelectElement).value)}>
      ${LEVER_SECTIONS.map((section) => {
        const inSection = choices.filter((l) => l.section === section);
        return inSection.length === 0
          ? nothing
          : html`<optgroup label=${section}>${inSection.map(
              (l) => html`<option value=${l.path} ?selected=${l.path === path}>
                ${l.subject} (now ${formatLeverValue(l.kind, l.current)})</option>`,
            )}</optgroup>`;
      })}
    </select>`;
  }

  private choose(i: number, path: string): void {
    const lever = this.base.levers.find((l) => l.path === path);
    if (lever === undefined) return;
    this.parameters = this.parameters.map((p, k) =>
      k === i ? { path, range: defaultRange(lever) } : p,
    );
    this.problems = [];
  }

  private setRange(i: number, key: keyof SweepRange, text: string): void {
    const value = text.trim() === '' ? Number.NaN : Number(text);
    this.parameters = this.parameters.map((p, k) =>
      k === i ? { ...p, range: { ...p.range, [key]: value } } : p,
    );
  }

  private addSecond(): void {
    const taken = this.parameters[0]?.path;
    const lever =
      this.base.levers.find((l) => l.kind === 'agents' && l.path !== taken) ??
      this.base.levers.find((l) => l.path !== taken);
    if (lever === undefined) return;
    this.parameters = [
      ...this.parameters.slice(0, 1),
      { path: lever.path, range: defaultRange(lever) },
    ];
  }

  private async start(stored: StoredScenario): Promise<void> {
    const built = sweepRequest({
      scenarioId: stored.id,
      parameters: this.parameters.flatMap((p) => {
        const lever = this.base.levers.find((l) => l.path === p.path);
        return lever === undefined ? [] : [{ lever, range: p.range }];
      }),
      replications: this.replications,
      seed: this.seed,
    });
    if ('problems' in built) {
      this.problems = built.problems;
      return;
    }
    this.problems = [];
    await this.base.start({ ...built.body });
  }
}

customElements.define('sl-sweep', SlSweep);

declare global {
  interface HTMLElementTagNameMap {
    'sl-sweep': SlSweep;
  }
}
