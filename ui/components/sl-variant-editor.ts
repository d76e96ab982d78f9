import { css, html, LitElement, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DraftVariant, FormProblem } from '../experiments/compare-request.ts';
import { describeChange } from '../experiments/describe-change.ts';
import { leverInputHint, leverInputText, parseLeverValue } from '../experiments/lever-value.ts';
import { LEVER_SECTIONS, type Lever } from '../experiments/scenario-levers.ts';
import { shared } from '../styles/shared.ts';

/** The choice in the change list that opens the raw "path = JSON value" row. */
const RAW = 'raw';

/**
 * One variant of a comparison being written: its name, its changes listed in plain words, and
 * a row to add a change by choosing a lever of the scenario (a headcount, a target, the volume)
 * or, for power users, a path and a JSON value. Properties in: `variant`, `index`, `levers`,
 * `scenario` (the base), `problems` (this variant's), `serverError`. Events out:
 * `variant-change` (detail: the new DraftVariant) and `variant-remove`. Once a change is added
 * or removed, the keyboard's focus is on the list to choose the next change.
 */
export class SlVariantEditor extends LitElement {
  static override properties = {
    variant: { attribute: false },
    index: { attribute: false },
    levers: { attribute: false },
    scenario: { attribute: false },
    problems: { attribute: false },
    serverError: { attribute: false },
    chosen: { state: true },
    valueText: { state: true },
    pathText: { state: true },
    addError: { state: true },
  };
  declare variant: DraftVariant;
  declare index: number;
  declare levers: Lever[];
  declare scenario: unknown;
  declare problems: FormProblem[];
  declare serverError: string | null;
  declare chosen: string;
  declare valueText: string;
  declare pathText: string;
  declare addError: string | null;

  static override styles = [
    shared,
    css`
      fieldset { border: 1px solid var(--sl-line); border-radius: 8px; padding: 0.75rem 1rem 1rem; margin: 0 0 1rem; background: #fff; }
      fieldset.invalid { border-color: var(--sl-red); }
      legend { font-weight: 700; font-size: 1.1rem; padding: 0 0.3rem; }
      .changes { list-style: none; padding: 0; margin: 0.75rem 0; }
      .changes li { display: flex; gap: 0.75rem; align-items: center; padding: 0.3rem 0; border-bottom: 1px solid var(--sl-line); font-size: 1.05rem; }
      .changes li span { flex: 1; }
      .changes button { padding: 0.15rem 0.5rem; font-size: 0.85rem; }
      .add { background: #f6f8fb; border-radius: 6px; padding: 0.6rem 0.75rem; }
      .add select { min-width: 22rem; max-width: 100%; }
      input.name { min-width: 24rem; }
      .foot { display: flex; justify-content: flex-end; margin-top: 0.75rem; }
      .server { white-space: pre-line; }
    `,
  ];

  constructor() {
    super();
    this.variant = { name: '', changes: [] };
    this.index = 0;
    this.levers = [];
    this.scenario = null;
    this.problems = [];
    this.serverError = null;
    this.chosen = '';
    this.valueText = '';
    this.pathText = '';
    this.addError = null;
  }

  private emit(variant: DraftVariant): void {
    this.dispatchEvent(
      new CustomEvent('variant-change', { detail: variant, bubbles: true, composed: true }),
    );
  }

  private problem(field: string): string | null {
    return (
      this.problems.find((p) => p.field === `variants[${this.index}].${field}`)?.message ?? null
    );
  }

  override render() {
    const n = this.index + 1;
    const nameProblem = this.problem('name');
    const changesProblem = this.problem('changes');
    const invalid = nameProblem !== null || changesProblem !== null || this.serverError !== null;
    return html`<fieldset class=${invalid ? 'invalid' : ''}>
      <legend>Variant ${n}</legend>
      <label>Name
        <input class="name" .value=${this.variant.name} maxlength="200"
          placeholder=${this.variant.changes[0]?.words ?? 'e.g. Two more at the desk'}
          aria-invalid=${nameProblem === null ? 'false' : 'true'}
          @input=${(e: Event) => this.emit({ ...this.variant, name: (e.target as HTMLInputElement).value })} />
        <span class="hint">What the audience will read; left empty, the first change names it.</span>
        ${nameProblem === null ? nothing : html`<span class="field-error">${nameProblem}</span>`}
      </label>
      ${this.changeList()}
      ${changesProblem === null ? nothing : html`<p class="field-error">${changesProblem}</p>`}
      ${this.addRow()}
      ${this.serverError === null ? nothing : html`<p class="error server" role="alert">${this.serverError}</p>`}
      <div class="foot">
        <button class="danger" @click=${() => this.dispatchEvent(new CustomEvent('variant-remove', { bubbles: true, composed: true }))}>
          Remove variant ${n}</button>
      </div>
    </fieldset>`;
  }

  private changeList() {
    if (this.variant.changes.length === 0)
      return html`<p class="muted">No change yet: add one below.</p>`;
    return html`<ul class="changes" aria-label="Changes of variant ${this.index + 1}">
      ${this.variant.changes.map(
        (change, j) => html`<li><span>${change.words}</span>
          <button class="secondary" aria-label="Remove the change ${change.words}"
            @click=${() => this.removeChange(j)}>Remove</button></li>`,
      )}
    </ul>`;
  }

  private addRow() {
    const lever = this.levers.find((l) => l.path === this.chosen);
    const id = `add-${this.index}`;
    return html`<div class="add row">
      <label for="${id}-what">Change
        <select id="${id}-what" .value=${live(this.chosen)} @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.chosen === ''}>Choose what to change…</option>
          ${LEVER_SECTIONS.map(
            (section) => html`<optgroup label=${section}>
              ${this.levers
                .filter((l) => l.section === section)
                .map(
                  (l) =>
                    html`<option value=${l.path} ?selected=${this.chosen === l.path}>${l.subject}</option>`,
                )}
            </optgroup>`,
          )}
          <optgroup label="Other">
            <option value=${RAW} ?selected=${this.chosen === RAW}>Any field: path = JSON value</option>
          </optgroup>
        </select>
      </label>
      ${this.chosen === RAW ? this.rawInputs(id) : nothing}
      ${
        lever === undefined
          ? nothing
          : html`<label for="${id}-value">New value
              <input id="${id}-value" .value=${this.valueText} size="10" aria-invalid=${this.addError === null ? 'false' : 'true'}
                @input=${(e: Event) => {
                  this.valueText = (e.target as HTMLInputElement).value;
                }}
                @keydown=${(e: KeyboardEvent) => {
                  if (e.key === 'Enter') this.add();
                }} />
              <span class="hint">${leverInputHint(lever)}</span></label>`
      }
      <button class="secondary" ?disabled=${this.chosen === ''} @click=${() => this.add()}>Add change</button>
      ${this.addError === null ? nothing : html`<p class="field-error" role="alert" style="flex-basis:100%">${this.addError}</p>`}
    </div>`;
  }

  private rawInputs(id: string) {
    const onEnter = (e: KeyboardEvent) => {
      if (e.key === 'Enter') this.add();
    };
    return html`<label for="${id}-path">Path
        <input id="${id}-path" .value=${this.pathText} placeholder="groups[desk].costPerAgentHour" size="30"
          @input=${(e: Event) => {
            this.pathText = (e.target as HTMLInputElement).value;
          }} @keydown=${onEnter} />
        <span class="hint">a field of the scenario, as in its JSON view</span></label>
      <label for="${id}-json">JSON value
        <input id="${id}-json" .value=${this.valueText} placeholder='45 or "4h"' size="16"
          @input=${(e: Event) => {
            this.valueText = (e.target as HTMLInputElement).value;
          }} @keydown=${onEnter} />
        <span class="hint">text in "double quotes"</span></label>`;
  }

  /** Removes change `j`; the keyboard's focus goes to the list to add another. */
  private removeChange(j: number): void {
    this.emit({ ...this.variant, changes: this.variant.changes.filter((_, k) => k !== j) });
    void this.focusChange();
  }

  /** Puts the keyboard's focus on the list of what to change, once the row is drawn anew. */
  private async focusChange(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLSelectElement>(`#add-${this.index}-what`)?.focus();
  }

  private choose(path: string): void {
    this.chosen = path;
    this.addError = null;
    const lever = this.levers.find((l) => l.path === path);
    this.valueText = lever === undefined ? '' : leverInputText(lever);
  }

  private add(): void {
    const lever = this.levers.find((l) => l.path === this.chosen);
    let path: string;
    let value: unknown;
    if (lever !== undefined) {
      const parsed = parseLeverValue(lever, this.valueText);
      if ('error' in parsed) {
        this.addError = `${lever.subject}: expected ${parsed.error}`;
        return;
      }
      ({ path } = lever);
      value = parsed.value;
    } else if (this.chosen === RAW) {
      path = this.pathText.trim();
      if (path === '') {
        this.addError =
          'give the path of the field to change, such as groups[desk].costPerAgentHour';
        return;
      }
      try {
        value = JSON.parse(this.valueText);
      } catch {
        this.addError =
          'the value must be JSON: a number (45), text in double quotes ("4h"), true/false, or an object';
        return;
      }
    } else return;
    const words = describeChange(this.levers, this.scenario, { path, value });
    const others = this.variant.changes.filter((c) => c.path !== path);
    this.emit({ ...this.variant, changes: [...others, { path, value, words }] });
    this.addError = null;
    this.chosen = '';
    this.valueText = '';
    this.pathText = '';
    void this.focusChange();
  }
}

customElements.define('sl-variant-editor', SlVariantEditor);

declare global {
  interface HTMLElementTagNameMap {
    'sl-variant-editor': SlVariantEditor;
  }
}
