import { css, html, LitElement, nothing } from 'lit';
import { shared } from '../styles/shared.ts';
import { type FieldChange, type FieldKind, readField, showField } from './field-text.ts';

/**
 * One labelled input bound to a path of the scenario, with its hint and the simulator's message
 * for it. Properties: `path`, `label`, `hint`, `kind`, `value`, `error`, `options` (for a select),
 * `unit` (shown after the label). Fires `sl-field-change` ({ path, value }) when the user changes it.
 */
export class SlField extends LitElement {
  static override properties = {
    path: { type: String },
    label: { type: String },
    hint: { type: String },
    kind: { type: String },
    unit: { type: String },
    value: { attribute: false },
    error: { attribute: false },
    options: { attribute: false },
  };
  declare path: string;
  declare label: string;
  declare hint: string;
  declare kind: FieldKind;
  declare unit: string;
  declare value: unknown;
  declare error: string | null;
  declare options: { value: string; label: string }[];

  static override styles = [
    shared,
    css`
      :host { display: block; }
      input, select, textarea { width: 100%; box-sizing: border-box; }
      textarea { min-height: 4.5rem; }
    `,
  ];

  constructor() {
    super();
    this.path = '';
    this.label = '';
    this.hint = '';
    this.kind = 'text';
    this.unit = '';
    this.value = undefined;
    this.error = null;
    this.options = [];
  }

  override render() {
    const id = 'f';
    const text = showField(this.kind, this.value);
    const described = this.error === null ? 'h' : 'h e';
    const invalid = this.error === null ? 'false' : 'true';
    const change = (event: Event) => {
      const target = event.target as HTMLInputElement;
      const value = readField(this.kind, target.value);
      this.dispatchEvent(
        new CustomEvent<FieldChange>('sl-field-change', {
          detail: { path: this.path, value },
          bubbles: true,
          composed: true,
        }),
      );
    };
    const label = this.unit === '' ? this.label : `${this.label} (${this.unit})`;
    let control: unknown;
    if (this.kind === 'select') {
      control = html`<select id=${id} aria-describedby=${described} aria-invalid=${invalid} @change=${change}>
        ${this.options.map((o) => html`<option value=${o.value} ?selected=${o.value === text}>${o.label}</option>`)}
      </select>`;
    } else if (this.kind === 'textarea') {
      control = html`<textarea id=${id} aria-describedby=${described} aria-invalid=${invalid} .value=${text} @change=${change}></textarea>`;
    } else {
      const numeric = this.kind === 'number' || this.kind === 'integer' || this.kind === 'percent';
      control = html`<input id=${id} aria-describedby=${described} aria-invalid=${invalid}
        inputmode=${numeric ? 'decimal' : 'text'} .value=${text} @change=${change} />`;
    }
    return html`<label for=${id}>${label}</label>
      ${control}
      ${this.hint === '' ? nothing : html`<div id="h" class="hint">${this.hint}</div>`}
      ${this.error === null ? nothing : html`<div id="e" class="field-error" role="alert">${this.error}</div>`}`;
  }
}

customElements.define('sl-field', SlField);

declare global {
  interface HTMLElementTagNameMap {
    'sl-field': SlField;
  }
}
