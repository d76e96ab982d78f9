import { html, LitElement, nothing } from 'lit';
import { api, errorMessage, type ScenarioEntry } from '../api/client.ts';
import { routeHash } from '../app/route.ts';
import { blankScenario } from '../scenario/blank-scenario.ts';
import { readJson } from '../scenario/validate-draft.ts';
import { shared } from '../styles/shared.ts';

/**
 * The scenario library: examples and the user's own, to open, duplicate or delete; a new scenario;
 * a scenario file to import.
 */
export class SlScenarioList extends LitElement {
  static override properties = {
    scenarios: { state: true },
    error: { state: true },
    notice: { state: true },
  };
  declare scenarios: ScenarioEntry[] | null;
  declare error: string | null;
  declare notice: string | null;

  static override styles = [shared];

  constructor() {
    super();
    this.scenarios = null;
    this.error = null;
    this.notice = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    try {
      this.scenarios = await api.listScenarios();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Runs an action that changes the list, then shows its outcome and the list again. */
  private async act(action: () => Promise<string | null>): Promise<void> {
    this.error = null;
    this.notice = null;
    try {
      this.notice = await action();
    } catch (error) {
      this.error = errorMessage(error);
    }
    await this.refresh();
  }

  private duplicate(entry: ScenarioEntry) {
    return this.act(async () => {
      const copy = await api.duplicateScenario(entry.id);
      return `Copied "${entry.name}" as "${copy.name}".`;
    });
  }

  private deleteEntry(entry: ScenarioEntry) {
    if (!confirm(`Delete "${entry.name}"? Its runs stay, without the link to it.`)) return;
    return this.act(async () => {
      await api.deleteScenario(entry.id);
      return `Deleted "${entry.name}".`;
    });
  }

  private async createBlank(): Promise<void> {
    try {
      const created = await api.createScenario(blankScenario());
      location.hash = routeHash({ view: 'scenario', id: created.id });
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  private importFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file === undefined) return;
    return this.act(async () => {
      const body = await file.text();
      input.value = '';
      const { error } = readJson(body);
      if (error !== null) {
        throw new Error(
          `${file.name} is ${error.replace(/^not valid JSON: /, 'not valid JSON (')}): fix it, or export the scenario again`,
        );
      }
      const created = await api.request<{ id: string; name: string }>(
        'POST',
        '/api/scenarios/import',
        body,
        { contentType: 'application/json' },
      );
      return `Imported "${created.name}" from ${file.name}.`;
    });
  }

  override render() {
    const rows = this.scenarios ?? [];
    return html`<h1>Scenarios</h1>
      <p class="muted">A scenario describes a support organisation: tickets, groups, shifts, targets and costs.
        Examples cannot be changed; duplicate one to make it yours.</p>
      <div class="row no-print">
        <button @click=${() => this.createBlank()}>New scenario</button>
        <button class="secondary" @click=${() => (this.renderRoot.querySelector('#import') as HTMLInputElement).click()}>
          Import a scenario file…</button>
        <input id="import" type="file" accept=".json,application/json" hidden aria-label="Scenario file to import" @change=${this.importFile} />
      </div>
      ${this.notice === null ? nothing : html`<p role="status" class="ok">${this.notice}</p>`}
      ${this.error === null ? nothing : html`<p class="error" role="alert">${this.error}</p>`}
      ${this.scenarios === null && this.error === null ? html`<p class="muted">Loading…</p>` : nothing}
      <table>
        <caption class="hint" style="text-align:left">${rows.length} scenarios</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Changed</th><th scope="col"><span class="hint">Actions</span></th></tr></thead>
        <tbody>
          ${rows.map(
            (s) => html`<tr>
              <td><a href=${routeHash({ view: 'scenario', id: s.id })}>${s.name}</a></td>
              <td>${s.readOnly ? 'example' : `yours, version ${s.version}`}</td>
              <td>${s.readOnly ? '' : new Date(s.updatedAt).toLocaleString()}</td>
              <td class="row">
                <button class="secondary" @click=${() => this.duplicate(s)} aria-label="Duplicate ${s.name}">Duplicate</button>
                ${s.readOnly ? nothing : html`<button class="danger" @click=${() => this.deleteEntry(s)} aria-label="Delete ${s.name}">Delete</button>`}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

customElements.define('sl-scenario-list', SlScenarioList);

declare global {
  interface HTMLElementTagNameMap {
    'sl-scenario-list': SlScenarioList;
  }
}
