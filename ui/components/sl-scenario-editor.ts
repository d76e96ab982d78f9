import { html, LitElement, nothing } from 'lit';
import { routeHash } from '../app/route.ts';
import { type Draft, ScenarioController } from '../controllers/scenario-controller.ts';
import { applyChange } from '../scenario/apply-change.ts';
import type { FieldChange } from '../scenario/field-text.ts';
import type { FormContext } from '../scenario/form-context.ts';
import { unplacedIssues } from '../scenario/paths.ts';
import { classesSection } from '../scenario/section-classes.ts';
import {
  aboutSection,
  arrivalsSection,
  calendarsSection,
  economicsSection,
  runSection,
} from '../scenario/section-general.ts';
import { groupsSection } from '../scenario/section-groups.ts';
import { readJson } from '../scenario/validate-draft.ts';
import { shared } from '../styles/shared.ts';
import { downloadFile, fileName } from './download.ts';
import { editorStyles } from './editor-styles.ts';

/**
 * A scenario, opened to edit and run: a form for its groups, shifts, classes, routing, calendars
 * and costs with the simulator's message at each field, or its JSON for power users. Examples are
 * saved as a copy. `scenarioId` is the scenario to open; "new" with `fromRun` opens a run's scenario.
 */
export class SlScenarioEditor extends LitElement {
  static override properties = {
    scenarioId: { attribute: false },
    fromRun: { attribute: false },
    mode: { state: true },
    jsonText: { state: true },
    jsonError: { state: true },
    notice: { state: true },
  };
  declare scenarioId: string | null;
  declare fromRun: string | null;
  declare mode: 'form' | 'json';
  declare jsonText: string;
  declare jsonError: string | null;
  declare notice: string | null;
  private readonly scenario = new ScenarioController(this);
  /** The part of the form last clicked in: focus returns there when a button removes itself. */
  private place: Element | null = null;

  static override styles = [shared, editorStyles];

  constructor() {
    super();
    this.scenarioId = null;
    this.fromRun = null;
    this.mode = 'form';
    this.jsonText = '';
    this.jsonError = null;
    this.notice = null;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('scenarioId') || changed.has('fromRun')) {
      this.jsonError = null;
      void this.scenario.load(this.scenarioId, this.fromRun);
    }
  }

  override updated(): void {
    const root = this.renderRoot as ShadowRoot;
    if (root.activeElement !== null || this.place === null || !this.place.isConnected) return;
    if (document.activeElement !== document.body) return;
    (this.place.querySelector('button, input, select, textarea') as HTMLElement | null)?.focus();
    this.place = null;
  }

  private readonly rememberPlace = (event: Event) => {
    const target = event.target as Element;
    this.place =
      target.closest('button') === null
        ? null
        : target.closest('fieldset.group, fieldset.class, section');
  };

  private readonly onFieldChange = (event: Event) => {
    const { path, value } = (event as CustomEvent<FieldChange>).detail;
    const draft = this.scenario.draft;
    if (draft !== null) this.scenario.setDraft(applyChange(draft, path, value));
  };

  override render() {
    const { draft, stored, error, message } = this.scenario;
    if (error !== null && draft === null) {
      return html`<p class="error" role="alert">${error}</p>
        <a href=${routeHash({ view: 'scenarios' })}>Back to the scenarios</a>`;
    }
    if (draft === null) return html`<p class="muted">Loading the scenario…</p>`;
    const readOnly = stored?.readOnly === true;
    return html`<div class="head">
        <div>
          <h1>${String(draft.name ?? 'Scenario')}</h1>
          <p class="muted">
            ${readOnly ? 'An example: your changes are saved as your own copy.' : stored === null ? 'Not saved yet.' : `Saved, version ${stored.version}.`}
            ${this.scenario.dirty ? html`<strong>Unsaved changes.</strong>` : nothing}
          </p>
        </div>
        ${this.actions(readOnly)}
      </div>
      ${message === null ? nothing : html`<p class="notice" role="status">${message}</p>`}
      ${this.notice === null ? nothing : html`<p class="error" role="alert">${this.notice}</p>`}
      ${error === null ? nothing : html`<p class="error" role="alert">${error}</p>`}
      ${this.recovery()}
      <div class="tabs" role="group" aria-label="View of the scenario">
        <button class=${this.mode === 'form' ? '' : 'secondary'} aria-pressed=${this.mode === 'form'} @click=${() => this.switchMode('form')}>Form</button>
        <button class=${this.mode === 'json' ? '' : 'secondary'} aria-pressed=${this.mode === 'json'} @click=${() => this.switchMode('json')}>JSON</button>
      </div>
      ${this.mode === 'form' ? this.form(draft) : this.jsonView()}`;
  }

  /** After a conflict, or with unsaved edits from an earlier visit: what the user can do. */
  private recovery() {
    if (this.scenario.conflict) {
      return html`<p class="row no-print">
        <button @click=${() => this.scenario.save(true)}>Keep mine as a copy</button>
        <button class="secondary" @click=${() => this.scenario.load(this.scenarioId, this.fromRun)}>Load the saved version</button></p>`;
    }
    if (this.scenario.restorable === null) return nothing;
    return html`<p class="notice row" role="status">You left unsaved changes here earlier.
      <button @click=${() => this.scenario.restore(true)}>Restore them</button>
      <button class="secondary" @click=${() => this.scenario.restore(false)}>Discard them</button></p>`;
  }

  private actions(readOnly: boolean) {
    const { issues, busy, dirty, stored } = this.scenario;
    const problems = issues.length + (this.jsonError === null ? 0 : 1);
    const id = stored?.id;
    return html`<div class="actions no-print">
      <button @click=${() => this.scenario.run()} ?disabled=${problems > 0 || busy}>Run simulation</button>
      <button class="secondary" @click=${() => this.scenario.save()} ?disabled=${problems > 0 || busy || (!dirty && stored !== null)}>
        ${readOnly || stored === null ? 'Save as my scenario' : 'Save'}
      </button>
      ${
        id === undefined
          ? nothing
          : html`<a class="button secondary" href=${routeHash({ view: 'compare', params: { scenario: id } })}>Compare variants</a>
        <a class="button secondary" href=${routeHash({ view: 'sweep', params: { scenario: id } })}>Headcount curve</a>`
      }
      <button class="secondary" @click=${() => this.scenario.run('targets')} ?disabled=${problems > 0 || busy}
        title="Searches by simulation the fewest technicians per group (or shift) that meet every target">Find the headcount for the targets</button>
      ${
        this.scenario.draft?.economics === undefined
          ? nothing
          : html`<button class="secondary" @click=${() => this.scenario.run('total-cost')} ?disabled=${problems > 0 || busy}
        title="Searches the headcounts with the least salaries plus users' lost time">Find the cheapest headcount</button>`
      }
      <button class="secondary" @click=${() => this.exportFile()}>Export file</button>
      ${problems === 0 ? nothing : html`<span class="field-error" style="flex-basis:100%">${problems === 1 ? 'One problem' : `${problems} problems`} to fix before running: marked below.</span>`}
    </div>`;
  }

  private form(draft: Draft) {
    const ctx: FormContext = {
      draft,
      issues: this.scenario.issues,
      placed: new Set(),
      set: (path, value) => this.scenario.setDraft(applyChange(draft, path, value)),
    };
    const sections = html`${aboutSection(ctx)}${arrivalsSection(ctx)}${groupsSection(ctx)}${classesSection(ctx)}
      ${calendarsSection(ctx)}${economicsSection(ctx)}${runSection(ctx)}`;
    const left = unplacedIssues(this.scenario.issues, ctx.placed);
    return html`${
      left.length === 0
        ? nothing
        : html`<div class="error" role="alert"><strong>To fix before running:</strong><ul>
          ${left.map((i) => html`<li><code>${i.field || 'scenario'}</code>: expected ${i.expected}</li>`)}</ul></div>`
    }
      <form @sl-field-change=${this.onFieldChange} @click=${this.rememberPlace} @submit=${(e: Event) => e.preventDefault()}>${sections}</form>`;
  }

  private jsonView() {
    const input = (event: Event) => {
      const text = (event.target as HTMLTextAreaElement).value;
      this.jsonText = text;
      const { value, error } = readJson(text);
      const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
      this.jsonError =
        error ??
        (isObject ? null : 'a scenario is a JSON object: { "schemaVersion": 1, "name": … }');
      if (this.jsonError === null) {
        this.notice = null;
        this.scenario.setDraft(value as Draft);
      }
    };
    const problems =
      this.jsonError !== null
        ? [this.jsonError]
        : this.scenario.issues.map((i) => `${i.field || 'scenario'}: expected ${i.expected}`);
    return html`<label for="json">The scenario as JSON <span class="hint">(the format of scenarios/*.json and of the CLI)</span></label>
      <div id="json-problems" role="status">
        ${problems.length === 0 ? html`<p class="ok">Valid scenario.</p>` : html`<ul class="field-error">${problems.map((p) => html`<li>${p}</li>`)}</ul>`}
      </div>
      <textarea id="json" class="json" spellcheck="false" aria-invalid=${problems.length > 0} aria-describedby="json-problems"
        .value=${this.jsonText} @input=${input}></textarea>`;
  }

  private switchMode(mode: 'form' | 'json'): void {
    if (mode === 'form' && this.jsonError !== null) {
      this.notice = 'Fix the JSON first: the form cannot show a broken file.';
      return;
    }
    this.notice = null;
    if (mode === 'json') this.jsonText = JSON.stringify(this.scenario.draft, null, 2);
    this.mode = mode;
  }

  private exportFile(): void {
    const draft = this.scenario.draft;
    const name = fileName(String(draft?.name ?? 'scenario'), 'json');
    downloadFile(
      name,
      new Blob([`${JSON.stringify(draft, null, 2)}\n`], { type: 'application/json' }),
    );
  }
}

customElements.define('sl-scenario-editor', SlScenarioEditor);

declare global {
  interface HTMLElementTagNameMap {
    'sl-scenario-editor': SlScenarioEditor;
  }
}
