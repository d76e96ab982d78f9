import { html, LitElement, nothing } from 'lit';
import { api, errorMessage, type RunSummary } from '../api/client.ts';
import { routeHash } from '../app/route.ts';
import { RUN_KIND_WORDS } from '../results/run-kinds.ts';
import { shared } from '../styles/shared.ts';

/** The history of runs, latest first, each linking to its progress or results; refreshed while any runs. */
export class SlRunList extends LitElement {
  static override properties = {
    runs: { state: true },
    error: { state: true },
  };
  declare runs: RunSummary[] | null;
  declare error: string | null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  static override styles = [shared];

  constructor() {
    super();
    this.runs = null;
    this.error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer !== null) clearTimeout(this.timer);
  }

  private async refresh(): Promise<void> {
    try {
      this.runs = await api.listRuns();
      this.error = null;
    } catch (error) {
      this.error = errorMessage(error);
    }
    const active = (this.runs ?? []).some((r) => r.status === 'queued' || r.status === 'running');
    if (active && this.isConnected) this.timer = setTimeout(() => void this.refresh(), 2000);
  }

  override render() {
    const runs = this.runs ?? [];
    return html`<h1>Runs</h1>
      <p class="muted">Every simulation, comparison, curve and optimisation started on this server, latest first.</p>
      ${this.error === null ? nothing : html`<p class="error" role="alert">${this.error}</p>`}
      ${this.runs !== null && runs.length === 0 ? html`<p>No runs yet: open a <a href=${routeHash({ view: 'scenarios' })}>scenario</a> and run it.</p>` : nothing}
      ${
        runs.length === 0
          ? nothing
          : html`<table>
        <thead><tr><th scope="col">Started</th><th scope="col">What</th><th scope="col">Scenario</th><th scope="col">Status</th></tr></thead>
        <tbody>${runs.map(
          (r) => html`<tr>
            <td>${new Date(r.createdAt).toLocaleString()}</td>
            <td><a href=${routeHash({ view: 'run', id: r.id })}>${RUN_KIND_WORDS[r.kind] ?? r.kind}</a></td>
            <td>${r.scenarioName ?? '–'}</td>
            <td class=${r.status === 'done' ? 'ok' : r.status === 'failed' ? 'missed' : r.status === 'cancelled' ? 'uncertain' : ''}>
              ${r.status}${r.progress !== null && r.status === 'running' ? ` (${r.progress.done} of ${r.progress.total})` : ''}
              ${r.error === null || r.error.toLowerCase() === r.status ? nothing : html`<div class="hint">${r.error}</div>`}</td>
          </tr>`,
        )}</tbody>
      </table>`
      }`;
  }
}

customElements.define('sl-run-list', SlRunList);

declare global {
  interface HTMLElementTagNameMap {
    'sl-run-list': SlRunList;
  }
}
