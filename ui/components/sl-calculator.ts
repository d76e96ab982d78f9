import { html, LitElement } from 'lit';

// Placeholder while the view is being written in this session.
export class SlCalculator extends LitElement {
  override render() {
    return html`<p>Not yet built.</p>`;
  }
}
customElements.define('sl-calculator', SlCalculator);
