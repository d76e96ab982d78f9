import { html, LitElement, nothing } from 'lit';
import { ApiRequestError, api, errorMessage, type StoredScenario } from '../api/client.ts';
import { startAndOpenRun } from '../app/open-run.ts';
import { routeHash } from '../app/route.ts';
import { applyChange } from '../scenario/apply-change.ts';
import type { FieldChange } from '../scenario/field-text.ts';
import type { FormContext } from '../scenario/form-context.ts';
import { type FieldIssue, unplacedIssues } from '../scenario/paths.ts';
import { classesSection } from '../scenario/section-classes.ts';
import {
  aboutSection,
  arrivalsSection,
  calendarsSection,
  economicsSection,
  runSection,
} from '../scenario/section-general.ts';
import { groupsSection } from '../scenario/section-groups.ts';
import { readJson, validateDraft } from '../scenario/validate-draft.ts';
import { shared } from '../styles/shared.ts';
import { downloadFile, fileName } from './download.ts';
import { editorStyles } from './editor-styles.ts';

type Draft = Record<string, unknown>;

/**
 * A scenario, opened to edit and run: a form for its groups, shifts, classes, routing, calendars
 * and costs with the simulator's message at each field, or its JSON for power users. Examples are
 * saved as a copy. `scenarioId` is the scenario to open; "new" with `fromRun` opens a run's scenario.
 */
export class SlScenarioEditor extends LitElement {
  static override properties = {
    scenarioId: { attribute: false },
    fromRun: { attribute: false },
    stored: { state: true },
    draft: { state: true },
    issues: { state: true },
    mode: { state: true },
    jsonText: { state: true },
    jsonError: { state: true },
    dirty: { state: true },
    message: { state: true },
    error: { state: true },
    busy: { state: true },
  };
  declare scenarioId: string | null;
  declare fromRun: string | null;
  declare stored: StoredScenario | null;
  declare draft: Draft | null;
  declare issues: FieldIssue[];
  declare mode: 'form' | 'json';
  declare jsonText: string;
  declare jsonError: string | null;
  declare dirty: boolean;
  declare message: string | null;
  declare error: string | null;
  declare busy: boolean;
  private loading: AbortController | null = null;

  static override styles = [shared, editorStyles];

  constructor() {
    super();
    this.scenarioId = null;
    this.fromRun = null;
    this.stored = null;
    this.draft = null;
    this.issues = [];
    this.mode = 'form';
    this.jsonText = '';
    this.jsonError = null;
    this.dirty = false;
    this.message = null;
    this.error = null;
    this.busy = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('scenarioId') || changed.has('fromRun')) void this.load();
  }

  /** Loads the scenario the address names; a response for an earlier address is dropped. */
  private async load(): Promise<void> {
    this.loading?.abort();
    const loading = new AbortController();
    this.loading = loading;
    this.error = null;
    this.message = null;
    this.stored = null;
    this.draft = null;
    try {
      if (this.scenarioId === 'new' && this.fromRun !== null) {
        const run = await api.getRun(this.fromRun, loading.signal);
        if (loading.signal.aborted) return;
        this.setDraft(run.request?.scenario as Draft, false);
        this.message = 'This is the scenario of a run, not kept yet: save it to keep it.';
      } else if (this.scenarioId !== null) {
        const stored = await api.getScenario(this.scenarioId, loading.signal);
        if (loading.signal.aborted) return;
        this.stored = stored;
        this.setDraft(stored.scenario as Draft, false);
      }
    } catch (error) {
      if (loading.signal.aborted) return;
      this.error = errorMessage(error);
    }
  }

  private setDraft(draft: Draft, dirty = true): void {
    this.draft = draft;
    this.issues = validateDraft(draft).issues;
    this.jsonText = JSON.stringify(draft, null, 2);
    this.jsonError = null;
    this.dirty = dirty;
  }

  private readonly onFieldChange = (event: Event) => {
    const { path, value } = (event as CustomEvent<FieldChange>).detail;
    if (this.draft !== null) this.setDraft(applyChange(this.draft, path, value));
  };

  override render() {
    if (this.error !== null && this.draft === null) {
      return html`<p class="error" role="alert">${this.error}</p>
        <a href=${routeHash({ view: 'scenarios' })}>Back to the scenarios</a>`;
    }
    if (this.draft === null) return html`<p class="muted">Loading the scenario…</p>`;
    const readOnly = this.stored?.readOnly === true;
    return html`<div class="head">
        <div>
          <h1>${String(this.draft.name ?? 'Scenario')}</h1>
          <p class="muted">
            ${readOnly ? 'An example: your changes are saved as your own copy.' : this.stored === null ? 'Not saved yet.' : `Saved, version ${this.stored.version}.`}
            ${this.dirty ? html`<strong>Unsaved changes.</strong>` : nothing}
          </p>
        </div>
        ${this.actions(readOnly)}
      </div>
      ${this.message === null ? nothing : html`<p class="notice" role="status">${this.message}</p>`}
      ${this.error === null ? nothing : html`<p class="error" role="alert">${this.error}</p>`}
      <div class="tabs" role="tablist" aria-label="View of the scenario">
        <button role="tab" class=${this.mode === 'form' ? '' : 'secondary'} aria-selected=${this.mode === 'form'} @click=${() => this.switchMode('form')}>Form</button>
        <button role="tab" class=${this.mode === 'json' ? '' : 'secondary'} aria-selected=${this.mode === 'json'} @click=${() => this.switchMode('json')}>JSON</button>
      </div>
      ${this.mode === 'form' ? this.form() : this.jsonView()}`;
  }

  private actions(readOnly: boolean) {
    const valid = this.issues.length === 0 && this.jsonError === null;
    const id = this.stored?.id;
    return html`<div class="actions no-print">
      <button @click=${() => this.runSimulation()} ?disabled=${!valid || this.busy}>Run simulation</button>
      <button class="secondary" @click=${() => this.save()} ?disabled=${!valid || this.busy || (!this.dirty && this.stored !== null)}>
        ${readOnly || this.stored === null ? 'Save as my scenario' : 'Save'}
      </button>
      ${
        id === undefined
          ? nothing
          : html`<a class="button secondary" href=${routeHash({ view: 'compare', params: { scenario: id } })}>Compare variants</a>
        <a class="button secondary" href=${routeHash({ view: 'sweep', params: { scenario: id } })}>Headcount curve</a>`
      }
      <button class="secondary" @click=${() => this.exportFile()}>Export file</button>
    </div>`;
  }

  private form() {
    const draft = this.draft as Draft;
    const ctx: FormContext = {
      draft,
      issues: this.issues,
      placed: new Set(),
      set: (path, value) => this.setDraft(applyChange(this.draft as Draft, path, value)),
    };
    const sections = html`${aboutSection(ctx)}${arrivalsSection(ctx)}${groupsSection(ctx)}${classesSection(ctx)}
      ${calendarsSection(ctx)}${economicsSection(ctx)}${runSection(ctx)}`;
    const left = unplacedIssues(this.issues, ctx.placed);
    return html`${
      left.length === 0
        ? nothing
        : html`<div class="error" role="alert"><strong>To fix before running:</strong><ul>
          ${left.map((i) => html`<li><code>${i.field || 'scenario'}</code>: expected ${i.expected}</li>`)}</ul></div>`
    }
      <form @sl-field-change=${this.onFieldChange} @submit=${(e: Event) => e.preventDefault()}>${sections}</form>`;
  }

  private jsonView() {
    const input = (event: Event) => {
      const text = (event.target as HTMLTextAreaElement).value;
      this.jsonText = text;
      const { value, error } = readJson(text);
      this.jsonError = error;
      if (error === null) {
        this.draft = value as Draft;
        this.issues = validateDraft(value).issues;
        this.dirty = true;
      }
    };
    const problems =
      this.jsonError !== null
        ? [this.jsonError]
        : this.issues.map((i) => `${i.field || 'scenario'}: expected ${i.expected}`);
    return html`<label for="json">The scenario as JSON <span class="hint">(the format of scenarios/*.json and of the CLI)</span></label>
      <textarea id="json" class="json" spellcheck="false" aria-invalid=${problems.length > 0} aria-describedby="json-problems"
        .value=${this.jsonText} @input=${input}></textarea>
      <div id="json-problems" role="status">
        ${problems.length === 0 ? html`<p class="ok">Valid scenario.</p>` : html`<ul class="field-error">${problems.map((p) => html`<li>${p}</li>`)}</ul>`}
      </div>`;
  }

  private switchMode(mode: 'form' | 'json'): void {
    if (mode === 'form' && this.jsonError !== null) {
      this.error = 'Fix the JSON first: the form cannot show a broken file.';
      return;
    }
    this.error = null;
    if (mode === 'json' && this.draft !== null) this.jsonText = JSON.stringify(this.draft, null, 2);
    this.mode = mode;
  }

  /** Saves: a new scenario for an example or an unsaved one, else an update with its version. */
  private async save(): Promise<StoredScenario | null> {
    this.busy = true;
    this.error = null;
    try {
      const copy = this.stored === null || this.stored.readOnly;
      const saved = copy
        ? await api.createScenario(this.draft)
        : await api.updateScenario(
            this.stored?.id as string,
            this.stored?.version as number,
            this.draft,
          );
      this.stored = saved;
      this.dirty = false;
      this.message = copy ? 'Saved as your own scenario.' : 'Saved.';
      if (copy) history.replaceState(null, '', routeHash({ view: 'scenario', id: saved.id }));
      return saved;
    } catch (error) {
      this.error =
        error instanceof ApiRequestError &&
        error.status === 409 &&
        error.code === 'API_ERR_CONFLICT'
          ? 'Someone else changed this scenario since you opened it. Export your version, reload, and apply your changes again.'
          : errorMessage(error);
      return null;
    } finally {
      this.busy = false;
    }
  }

  /** Saves unsaved changes first (so the run and its link reopen this scenario), then runs it. */
  private async runSimulation(): Promise<void> {
    let id = this.stored?.id ?? null;
    if (this.dirty || id === null) id = (await this.save())?.id ?? null;
    if (id === null) return;
    this.busy = true;
    this.error = await startAndOpenRun({ kind: 'simulate', scenarioId: id });
    this.busy = false;
  }

  private exportFile(): void {
    const name = fileName(String(this.draft?.name ?? 'scenario'), 'json');
    downloadFile(
      name,
      new Blob([`${JSON.stringify(this.draft, null, 2)}\n`], { type: 'application/json' }),
    );
  }
}

customElements.define('sl-scenario-editor', SlScenarioEditor);

declare global {
  interface HTMLElementTagNameMap {
    'sl-scenario-editor': SlScenarioEditor;
  }
}
