import { html, LitElement } from 'lit';

// Placeholder while the view is being written in this session.
export class SlHome extends LitElement {
  override render() {
    return html`<p>Not yet built.</p>`;
  }
}
customElements.define('sl-home', SlHome);
