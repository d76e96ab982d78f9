import { css, html, LitElement, nothing } from 'lit';
import { api, errorMessage, type ScenarioEntry } from '../api/client.ts';
import { shared } from '../styles/shared.ts';

/**
 * A list to choose a scenario from: the examples shipped with stafflab, then the ones kept.
 * Properties: `scenarioId` (the chosen one, or null), `label`. Event out: `scenario-choose`
 * (detail: the id chosen).
 */
export class SlScenarioChoice extends LitElement {
  static override properties = {
    scenarioId: { attribute: false },
    label: { type: String },
    entries: { state: true },
    error: { state: true },
  };
  declare scenarioId: string | null;
  declare label: string;
  declare entries: ScenarioEntry[] | null;
  declare error: string | null;

  static override styles = [
    shared,
    css`
      select { min-width: 28rem; max-width: 100%; font-size: 1.05rem; }
    `,
  ];

  constructor() {
    super();
    this.scenarioId = null;
    this.label = 'Base scenario';
    this.entries = null;
    this.error = null;
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    try {
      this.entries = await api.listScenarios();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  override render() {
    const entries = this.entries ?? [];
    const group = (label: string, list: ScenarioEntry[]) =>
      list.length === 0
        ? nothing
        : html`<optgroup label=${label}>
            ${list.map((s) => html`<option value=${s.id} ?selected=${s.id === this.scenarioId}>${s.name}</option>`)}
          </optgroup>`;
    return html`<div class="card">
      <label for="scenario">${this.label}
        <select id="scenario" ?disabled=${this.entries === null}
          @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.scenarioId === null}>${this.entries === null ? 'Loading scenarios…' : 'Choose a scenario…'}</option>
          ${group(
            'Examples',
            entries.filter((s) => s.readOnly),
          )}
          ${group(
            'Your scenarios',
            entries.filter((s) => !s.readOnly),
          )}
        </select>
        <span class="hint">Examples ship with stafflab; yours are those kept from the scenario editor.</span>
      </label>
      ${this.error === null ? nothing : html`<p class="error" role="alert">${this.error}</p>`}
    </div>`;
  }

  private choose(id: string): void {
    if (id === '') return;
    this.dispatchEvent(
      new CustomEvent('scenario-choose', { detail: id, bubbles: true, composed: true }),
    );
  }
}

customElements.define('sl-scenario-choice', SlScenarioChoice);

declare global {
  interface HTMLElementTagNameMap {
    'sl-scenario-choice': SlScenarioChoice;
  }
}
