import { css, html, LitElement, nothing } from 'lit';
import { checkTimeZone, type LogField } from '../../simulator/index.ts';
import { errorMessage } from '../api/client.ts';
import { routeHash } from '../app/route.ts';
import {
  mappingState,
  nameFromFile,
  uploadPath,
  withoutCliAdvice,
} from '../data/column-choices.ts';
import { type CsvPreview, previewFile } from '../data/csv-preview.ts';
import { uploadDataset } from '../data/dataset-api.ts';
import { createLatestRequest } from '../data/latest-request.ts';
import '../data/sl-column-mapping.ts';
import '../data/sl-dataset-list.ts';
import { shared } from '../styles/shared.ts';

/** Time zones the browser knows, offered as suggestions (any IANA name may be typed). */
const ZONES: readonly string[] =
  (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];

/**
 * The import wizard: choose a CSV export (or drop it), name it and give its time zone, check the
 * columns against a preview of the first rows, upload; the server reads and fits it and the app
 * opens the data set. Below, the data sets already uploaded.
 */
export class SlDataImport extends LitElement {
  static override properties = {
    file: { state: true },
    preview: { state: true },
    previewError: { state: true },
    name: { state: true },
    timeZone: { state: true },
    dateFormat: { state: true },
    explicit: { state: true },
    uploading: { state: true },
    elapsedSeconds: { state: true },
    error: { state: true },
    dragging: { state: true },
  };
  declare file: File | null;
  declare preview: CsvPreview | null;
  declare previewError: string | null;
  declare name: string;
  declare timeZone: string;
  declare dateFormat: string;
  declare explicit: Partial<Record<LogField, string>>;
  declare uploading: boolean;
  declare elapsedSeconds: number;
  declare error: string | null;
  declare dragging: boolean;
  private abort: AbortController | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** The preview under way: a file chosen instead of it is the one previewed. */
  private readonly previewing = createLatestRequest();

  static override styles = [
    shared,
    css`
      .lead { font-size: 1.1rem; max-width: 62rem; }
      .drop { border: 2px dashed #aab3c0; border-radius: 8px; padding: 1rem; margin-bottom: 0.9rem; }
      .drop.over { border-color: var(--sl-blue); background: #eef3fb; }
      .settings { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); }
      .bar { height: 10px; border-radius: 5px; background: #dde5f2; overflow: hidden; position: relative; }
      .bar::after {
        content: ''; position: absolute; inset: 0; width: 35%; background: var(--sl-blue);
        border-radius: 5px; animation: slide 1.3s ease-in-out infinite;
      }
      @keyframes slide { from { left: -35%; } to { left: 100%; } }
      @media (prefers-reduced-motion: reduce) { .bar::after { animation: none; width: 100%; opacity: 0.5; } }
      .progress { margin-top: 0.8rem; max-width: 40rem; }
      h2 { margin-top: 0; }
    `,
  ];

  constructor() {
    super();
    this.file = null;
    this.preview = null;
    this.previewError = null;
    this.name = '';
    this.timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    this.dateFormat = '';
    this.explicit = {};
    this.uploading = false;
    this.elapsedSeconds = 0;
    this.error = null;
    this.dragging = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.previewing.cancel();
    clearInterval(this.timer);
  }

  private async choose(file: File | undefined): Promise<void> {
    if (file === undefined) return;
    this.file = file;
    this.name = nameFromFile(file.name);
    this.explicit = {};
    this.error = null;
    this.preview = null;
    this.previewError = null;
    const signal = this.previewing.start();
    try {
      const preview = await previewFile(file);
      if (this.previewing.isCurrent(signal)) this.preview = preview;
    } catch (error) {
      if (this.previewing.isCurrent(signal)) this.previewError = (error as Error).message;
    }
  }

  private zoneError(): string | null {
    try {
      checkTimeZone(this.timeZone.trim());
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  }

  private async upload(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.file === null || this.uploading || this.zoneError() !== null) return;
    const path = uploadPath({
      name: this.name,
      timeZone: this.timeZone,
      dateFormat: this.dateFormat,
      map: this.explicit,
    });
    this.uploading = true;
    this.error = null;
    this.elapsedSeconds = 0;
    const started = Date.now();
    this.timer = setInterval(() => {
      this.elapsedSeconds = Math.round((Date.now() - started) / 1000);
    }, 500);
    this.abort = new AbortController();
    try {
      const dataset = await uploadDataset(path, this.file, this.abort.signal);
      location.hash = routeHash({ view: 'dataset', id: dataset.id });
    } catch (error) {
      if ((error as Error).name === 'AbortError') {
        this.error =
          'Stopped waiting. If the server finishes reading the file, the data set appears in the list below.';
        const list = this.renderRoot.querySelector('sl-dataset-list');
        setTimeout(() => void list?.load(), 5000);
      } else {
        this.error = withoutCliAdvice(errorMessage(error));
      }
    } finally {
      clearInterval(this.timer);
      this.uploading = false;
      this.abort = null;
    }
  }

  override render() {
    return html`<h1>Import ticket data</h1>
      <p class="lead">
        Upload a CSV export of your service-desk tool (one row per ticket, or an event log with one
        row per event). stafflab reads it, fits the arrivals and the times to resolve, and shows how
        well that model matches the data before you make a scenario from it.
      </p>
      <form class="card" @submit=${this.upload}>
        <h2>1. Choose the file</h2>
        ${this.fileChooser()}
        ${this.settings()}
        ${
          this.preview === null
            ? nothing
            : html`<h2 style="margin-top:1.2rem">2. Check the columns</h2>
          <sl-column-mapping .preview=${this.preview} .explicit=${this.explicit}
            @sl-map-change=${(e: CustomEvent) => {
              this.explicit = e.detail.explicit;
            }}></sl-column-mapping>`
        }
        ${this.submitRow()}
      </form>
      <section class="card">
        <h2>Data sets already uploaded</h2>
        <sl-dataset-list></sl-dataset-list>
      </section>`;
  }

  private fileChooser() {
    const drop = (event: DragEvent) => {
      event.preventDefault();
      this.dragging = false;
      void this.choose(event.dataTransfer?.files[0]);
    };
    const bytes = this.file?.size ?? 0;
    const size = bytes < 1e6 ? `${Math.ceil(bytes / 1e3)} KB` : `${(bytes / 1e6).toFixed(1)} MB`;
    return html`<div class="drop ${this.dragging ? 'over' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.dragging = true;
        }}
        @dragleave=${() => {
          this.dragging = false;
        }}
        @drop=${drop}>
        <label>CSV export (or drop the file here)
          <input type="file" name="file" accept=".csv,.txt,text/csv,text/plain" required
            @change=${(e: Event) => this.choose((e.target as HTMLInputElement).files?.[0])} />
          <span class="hint">Comma, semicolon, tab or bar separated, with a header row; up to 100 MB.</span>
        </label>
        ${this.file === null ? nothing : html`<p>Chosen: <strong>${this.file.name}</strong> (${size}).</p>`}
        ${this.previewError === null ? nothing : html`<p class="error" role="alert">${this.previewError}</p>`}
      </div>`;
  }

  private settings() {
    const zoneError = this.zoneError();
    const input = (set: (v: string) => void) => (e: Event) =>
      set((e.target as HTMLInputElement).value);
    return html`<div class="settings">
      <label>Name
        <input name="name" maxlength="200" .value=${this.name}
          @input=${input((v) => {
            this.name = v;
          })} />
        <span class="hint">How the data set is listed.</span>
      </label>
      <label>Time zone of the data
        <input name="timezone" list="zones" .value=${this.timeZone} aria-invalid=${zoneError !== null}
          @input=${input((v) => {
            this.timeZone = v;
          })} />
        <datalist id="zones">${ZONES.map((z) => html`<option value=${z}></option>`)}</datalist>
        <span class="hint">Where the desk works: times without an offset are read in it, and the
          hours of the week are counted in it.</span>
        ${zoneError === null ? nothing : html`<span class="field-error">${zoneError}</span>`}
      </label>
      <label>Date format (optional)
        <input name="dateFormat" maxlength="64" placeholder="detected" .value=${this.dateFormat}
          @input=${input((v) => {
            this.dateFormat = v;
          })} />
        <span class="hint">Leave empty to detect it; else a pattern such as dd/MM/yyyy HH:mm.</span>
      </label>
    </div>`;
  }

  private submitRow() {
    const mappingError =
      this.preview === null ? null : mappingState(this.preview.header, this.explicit).error;
    const blocked = this.file === null || mappingError !== null || this.zoneError() !== null;
    return html`<div class="row" style="margin-top:1rem">
        <button type="submit" ?disabled=${blocked || this.uploading}>Upload and fit</button>
        ${
          this.uploading
            ? html`<button type="button" class="secondary" @click=${() => this.abort?.abort()}>
                Stop waiting</button>`
            : nothing
        }
        ${blocked && this.file !== null && mappingError !== null ? html`<span class="field-error">Name the missing columns above first.</span>` : nothing}
      </div>
      ${
        this.uploading
          ? html`<div class="progress" role="status">
              <div class="bar" role="progressbar" aria-label="Reading and fitting the file"
                aria-valuetext="${this.elapsedSeconds} seconds"></div>
              <p>Uploading, reading and fitting the file… ${this.elapsedSeconds} s
                <span class="hint">(the real log of 21,000 rows takes a few seconds)</span></p>
            </div>`
          : nothing
      }
      ${this.error === null ? nothing : html`<p class="error" role="alert">${this.error}</p>`}`;
  }
}

customElements.define('sl-data-import', SlDataImport);

declare global {
  interface HTMLElementTagNameMap {
    'sl-data-import': SlDataImport;
  }
}
