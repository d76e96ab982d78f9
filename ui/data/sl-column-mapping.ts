import { css, html, LitElement, nothing } from 'lit';
import type { LogField } from '../../simulator/index.ts';
import { formatCount } from '../format/format.ts';
import { shared } from '../styles/shared.ts';
import {
  chooseColumn,
  FIELD_GROUPS,
  type FieldInfo,
  type MappingState,
  mappingState,
} from './column-choices.ts';
import type { CsvPreview } from './csv-preview.ts';

/**
 * The first rows of a file and the column chosen for each field: what the server would guess
 * (the simulator's own mapColumns), changed per field with a menu of the file's columns.
 * Properties: `preview` (the file's first rows), `explicit` (field → column chosen by the analyst).
 * Fires `sl-map-change` with `detail: { explicit, state }` when a choice changes.
 */
export class SlColumnMapping extends LitElement {
  static override properties = {
    preview: { attribute: false },
    explicit: { attribute: false },
  };
  declare preview: CsvPreview | null;
  declare explicit: Partial<Record<LogField, string>>;

  static override styles = [
    shared,
    css`
      fieldset { border: 1px solid var(--sl-line); border-radius: 8px; margin: 0 0 0.8rem; padding: 0.5rem 1rem 0.9rem; }
      legend { font-weight: 700; padding: 0 0.3rem; }
      .fields { display: grid; gap: 0.7rem 1rem; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); }
      .guessed { font-weight: 400; color: var(--sl-green); font-size: 0.85rem; }
      .chosen { font-weight: 400; color: var(--sl-blue); font-size: 0.85rem; }
      .scroll { overflow-x: auto; border: 1px solid var(--sl-line); border-radius: 6px; }
      table { font-size: 0.9rem; white-space: nowrap; }
      th .field { display: block; color: var(--sl-blue); font-weight: 700; }
      th .unused { display: block; color: var(--sl-grey); font-weight: 400; font-style: italic; }
      .shape { font-size: 1.05rem; }
    `,
  ];

  constructor() {
    super();
    this.preview = null;
    this.explicit = {};
  }

  private state(): MappingState {
    return mappingState(this.preview?.header ?? [], this.explicit);
  }

  override render() {
    if (this.preview === null) return nothing;
    const state = this.state();
    const shape = state.mapping?.shape;
    return html`<p class="shape">
        ${
          shape === undefined
            ? html`<strong>Columns needed:</strong>`
            : html`Read as <strong>${shape === 'events' ? 'an event log (one row per event)' : 'a ticket export (one row per ticket)'}</strong>.`
        }
        <span class="hint">Columns with a known name are guessed; change any of them below.</span>
      </p>
      ${state.error === null ? nothing : html`<p class="error" role="alert">${state.error}</p>`}
      ${FIELD_GROUPS.map(
        (group) => html`<fieldset>
          <legend>${group.title}</legend>
          <div class="fields">${group.fields.map((f) => this.fieldSelect(f, state))}</div>
        </fieldset>`,
      )}
      ${this.table(state)}`;
  }

  private choose(field: LogField, column: string): void {
    this.explicit = chooseColumn(this.explicit, field, column);
    this.dispatchEvent(
      new CustomEvent('sl-map-change', {
        detail: { explicit: this.explicit, state: this.state() },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private fieldSelect(info: FieldInfo, state: MappingState) {
    const header = this.preview?.header ?? [];
    const chosen = this.explicit[info.field];
    const guessed =
      chosen === undefined && state.mapping?.guessed.includes(info.field) === true
        ? state.columnOf[info.field]
        : undefined;
    // The first choice lets the server guess: what it would find once this choice is undone.
    const fallback =
      chosen === undefined
        ? guessed
        : mappingState(header, chooseColumn(this.explicit, info.field, '')).columnOf[info.field];
    const firstOption =
      fallback === undefined
        ? '— not used —'
        : chosen === undefined
          ? fallback
          : `${fallback} (guessed)`;
    return html`<label>
      <span>${info.label}
        ${guessed === undefined ? nothing : html`<span class="guessed">guessed</span>`}
        ${chosen === undefined ? nothing : html`<span class="chosen">chosen</span>`}</span>
      <select @change=${(e: Event) => this.choose(info.field, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${chosen === undefined}>${firstOption}</option>
        ${header
          .filter((column) => column !== guessed)
          .map(
            (column) =>
              html`<option value=${column} ?selected=${chosen === column}>${column}</option>`,
          )}
      </select>
      <span class="hint">${info.hint}</span>
    </label>`;
  }

  private table(state: MappingState) {
    const preview = this.preview as CsvPreview;
    const fieldOf = new Map<string, string[]>();
    for (const group of FIELD_GROUPS) {
      for (const f of group.fields) {
        const column = state.columnOf[f.field];
        if (column !== undefined) fieldOf.set(column, [...(fieldOf.get(column) ?? []), f.label]);
      }
    }
    return html`<h3>The first ${preview.rows.length} rows of the file</h3>
      <p class="hint">
        ${formatCount(preview.rowsRead)} rows in the first 64 KB, split at
        “${preview.delimiter === '\t' ? 'tab' : preview.delimiter}”. Under each column: the field it
        is read as.
      </p>
      <div class="scroll" tabindex="0" role="region" aria-label="First rows of the file">
        <table>
          <thead><tr>${preview.header.map(
            (column) => html`<th scope="col">${column}
              ${
                fieldOf.has(column)
                  ? html`<span class="field">→ ${fieldOf.get(column)?.join(', ')}</span>`
                  : html`<span class="unused">not used</span>`
              }</th>`,
          )}</tr></thead>
          <tbody>${preview.rows.map(
            (row) => html`<tr>${preview.header.map((_, i) => html`<td>${row[i] ?? ''}</td>`)}</tr>`,
          )}</tbody>
        </table>
      </div>`;
  }
}

customElements.define('sl-column-mapping', SlColumnMapping);

declare global {
  interface HTMLElementTagNameMap {
    'sl-column-mapping': SlColumnMapping;
  }
}
