import { html, LitElement } from 'lit';
import { errorMessage } from '../api/client.ts';
import { routeHash } from '../app/route.ts';
import { formatCount } from '../format/format.ts';
import { shared } from '../styles/shared.ts';
import { type DatasetSummary, deleteDataset, listDatasets } from './dataset-api.ts';

/**
 * The data sets already uploaded, newest first, each linking to its fit, with a delete button
 * (the scenarios made from a data set stay).
 */
export class SlDatasetList extends LitElement {
  static override properties = {
    datasets: { state: true },
    error: { state: true },
  };
  declare datasets: DatasetSummary[] | null;
  declare error: string | null;

  static override styles = [shared];

  constructor() {
    super();
    this.datasets = null;
    this.error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Reads the list again. */
  async load(): Promise<void> {
    try {
      this.datasets = await listDatasets();
      this.error = null;
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  private async deleteOne(dataset: DatasetSummary): Promise<void> {
    if (!confirm(`Delete the data set “${dataset.name}”? Scenarios made from it stay.`)) return;
    try {
      await deleteDataset(dataset.id);
      await this.load();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  override render() {
    if (this.error !== null) return html`<p class="error" role="alert">${this.error}</p>`;
    if (this.datasets === null) return html`<p class="muted">Loading the data sets…</p>`;
    if (this.datasets.length === 0)
      return html`<p class="muted">No data set yet: upload an export above.</p>`;
    return html`<table>
      <thead><tr>
        <th scope="col">Name</th><th scope="col">Uploaded</th>
        <th scope="col" class="num">Tickets</th><th scope="col" class="num">Rows read</th>
        <th scope="col" class="num">Rows rejected</th><th scope="col"><span class="muted">Action</span></th>
      </tr></thead>
      <tbody>${this.datasets.map(
        (d) => html`<tr>
          <td><a href=${routeHash({ view: 'dataset', id: d.id })}>${d.name}</a></td>
          <td>${new Date(d.createdAt).toLocaleString()}</td>
          <td class="num">${formatCount(d.tickets)}</td>
          <td class="num">${formatCount(d.rows)}</td>
          <td class="num">${formatCount(d.rejected)}</td>
          <td><button class="danger" @click=${() => this.deleteOne(d)}
            aria-label="Delete the data set ${d.name}">Delete</button></td>
        </tr>`,
      )}</tbody>
    </table>`;
  }
}

customElements.define('sl-dataset-list', SlDatasetList);

declare global {
  interface HTMLElementTagNameMap {
    'sl-dataset-list': SlDatasetList;
  }
}
