import { css, html, LitElement, nothing } from 'lit';
import type { Scenario, SimulationResult } from '../../simulator/index.ts';
import { routeHash } from '../app/route.ts';
import { RunController } from '../controllers/run-controller.ts';
import { progressText } from '../results/progress-text.ts';
import { RUN_KIND_WORDS } from '../results/run-kinds.ts';
import { shared } from '../styles/shared.ts';
import './sl-compare-result.ts';
import './sl-optimise-result.ts';
import './sl-results.ts';
import './sl-sweep-result.ts';

/**
 * One run, at its own address (`#/runs/ID`, the link to share): while it runs, a progress bar
 * fed by the server's event stream and a cancel button; once done, its results (a dashboard, a
 * comparison, curves or an optimisation), ready to print as a report.
 */
export class SlRunView extends LitElement {
  static override properties = {
    runId: { attribute: false },
    copied: { state: true },
  };
  declare runId: string | null;
  declare copied: boolean;
  private readonly runs = new RunController(this);

  static override styles = [
    shared,
    css`
      .head { display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; align-items: flex-start; }
      .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; }
      progress { width: 100%; height: 1.4rem; accent-color: var(--sl-blue); }
      .status { font-weight: 600; }
      @media print {
        .head .actions { display: none; }
        h1 { font-size: 1.2rem; margin: 0; }
        .head p { font-size: 0.75rem; margin: 0 0 0.3rem; }
      }
    `,
  ];

  constructor() {
    super();
    this.runId = null;
    this.copied = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('runId') && this.runId !== null) {
      this.copied = false;
      this.opened = Date.now();
      void this.runs.watch(this.runId);
    }
  }

  /** When this page began following the run: "starting" shows the seconds since, every second. */
  private opened = Date.now();
  private ticker: ReturnType<typeof setInterval> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => {
      if (this.runs.active) this.requestUpdate();
    }, 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.ticker !== null) clearInterval(this.ticker);
  }

  private waitedSeconds(): number {
    return (Date.now() - this.opened) / 1000;
  }

  override render() {
    const { run, error } = this.runs;
    if (run === null) {
      return error === null
        ? html`<p class="muted">Loading the run…</p>`
        : html`<p class="error" role="alert">${error}</p><a href=${routeHash({ view: 'runs' })}>All runs</a>`;
    }
    const scenarioLink =
      run.scenarioId !== null
        ? routeHash({ view: 'scenario', id: run.scenarioId })
        : routeHash({ view: 'scenario', id: 'new', params: { run: run.id } });
    return html`<div class="head">
        <div>
          <h1>${RUN_KIND_WORDS[run.kind] ?? run.kind}: ${run.scenarioName ?? 'scenario'}</h1>
          <p class="muted">Started ${new Date(run.createdAt).toLocaleString()} ·
            <a href=${scenarioLink}>${run.scenarioId !== null ? 'Open the scenario' : "Open this run's scenario"}</a></p>
        </div>
        <div class="actions">
          <button class="secondary" @click=${() => this.copyLink()}>${this.copied ? 'Link copied' : 'Copy link'}</button>
          ${run.status === 'done' ? html`<button class="secondary" @click=${() => window.print()}>Print report</button>` : nothing}
        </div>
      </div>
      ${error === null ? nothing : html`<p class="error" role="alert">${error}</p>`}
      ${this.progress()}
      ${run.status === 'done' ? this.result() : nothing}`;
  }

  private progress() {
    const { run, progress, status } = this.runs;
    if (run === null) return nothing;
    if (status === 'failed')
      return html`<p class="error" role="alert">The run failed: ${run.error}</p>`;
    if (status === 'cancelled') {
      const why =
        run.error === null || /^cancelled\.?$/i.test(run.error)
          ? ''
          : `: ${run.error.replace(/^cancelled:?\s*/i, '')}`;
      return html`<p class="uncertain" role="status">Cancelled${why}.</p>`;
    }
    if (!this.runs.active) return nothing;
    return html`<section class="card" aria-label="Progress">
      <label for="bar" class="status">${progressText(status, progress, this.waitedSeconds())}</label>
      <progress id="bar" max=${progress?.total ?? 1} .value=${progress?.done ?? 0}></progress>
      <p><button class="danger" @click=${() => this.runs.cancel()}>Cancel</button></p>
    </section>`;
  }

  private result() {
    const run = this.runs.run;
    if (run === null) return nothing;
    switch (run.kind) {
      case 'simulate':
        return html`<sl-results .result=${run.result as SimulationResult} .scenario=${(run.request?.scenario ?? null) as Scenario | null}></sl-results>`;
      case 'compare':
        return html`<sl-compare-result .result=${run.result} .request=${run.request}></sl-compare-result>`;
      case 'sweep':
        return html`<sl-sweep-result .result=${run.result} .request=${run.request}></sl-sweep-result>`;
      case 'optimise':
        return html`<sl-optimise-result .result=${run.result} .request=${run.request}></sl-optimise-result>`;
      default:
        return html`<pre>${JSON.stringify(run.result, null, 2)}</pre>`;
    }
  }

  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      this.copied = true;
    } catch {
      prompt('Copy this link:', location.href);
    }
  }
}

customElements.define('sl-run-view', SlRunView);

declare global {
  interface HTMLElementTagNameMap {
    'sl-run-view': SlRunView;
  }
}
