import { css, html, LitElement, nothing } from 'lit';
import { api, errorMessage, type ScenarioEntry } from '../api/client.ts';
import { routeHash } from '../app/route.ts';
import { shared } from '../styles/shared.ts';

/** The example stories from the simplest to the most particular; any other example comes last. */
const STORY_ORDER = [
  'small-service-desk',
  'office-hours-desk',
  'tiered-service-desk',
  'knowledge-base',
  'major-incident',
  'nights-outsourced',
  'follow-the-sun',
  'resolver-project-work',
  'cherry-picking',
];

function storyRank(id: string): number {
  const rank = STORY_ORDER.indexOf(id.replace(/^example-/, ''));
  return rank === -1 ? STORY_ORDER.length : rank;
}

/**
 * The first screen: what stafflab does in one sentence, where each kind of user starts, and the
 * example scenarios, each ready to open or run.
 */
export class SlHome extends LitElement {
  static override properties = {
    examples: { state: true },
    error: { state: true },
  };
  declare examples: ScenarioEntry[] | null;
  declare error: string | null;

  static override styles = [
    shared,
    css`
      .lead { font-size: 1.2rem; max-width: 60rem; }
      .start h2 { margin-top: 0; }
      .examples li { margin: 0 0 0.9rem; }
      .examples ul { list-style: none; padding: 0; margin: 0; }
      .examples .name { font-weight: 600; }
      .examples p { margin: 0.15rem 0 0.3rem; max-width: 62rem; }
    `,
  ];

  constructor() {
    super();
    this.examples = null;
    this.error = null;
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    try {
      this.examples = (await api.listScenarios()).filter((s) => s.readOnly);
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  override render() {
    const all = this.examples ?? [];
    const stories = all
      .filter((s) => !s.id.startsWith('example-validation-'))
      .sort((a, b) => storyRank(a.id) - storyRank(b.id));
    const checks = all.filter((s) => s.id.startsWith('example-validation-'));
    const example = (s: ScenarioEntry) =>
      html`<li>
        <a class="name" href=${routeHash({ view: 'scenario', id: s.id })}>${s.name}</a>
        ${s.description === null ? nothing : html`<p class="muted">${s.description}</p>`}
      </li>`;
    return html`<h1>How many technicians, when, and at what cost?</h1>
      <p class="lead">
        stafflab tells an IT manager how many technicians each support group needs, shift by shift,
        to fix users' problems in minutes rather than days, and what each choice costs in salaries
        and in users' lost working time.
      </p>
      <div class="grid start">
        <section class="card">
          <h2>Quick answer</h2>
          <p>Tickets per hour and work time in, technicians needed out, as you type.</p>
          <a class="button" href=${routeHash({ view: 'calculator' })}>Open the calculator</a>
        </section>
        <section class="card">
          <h2>Run a scenario</h2>
          <p>Start from an example below or your own; change a headcount or a target; simulate it.</p>
          <a class="button" href=${routeHash({ view: 'scenarios' })}>Browse scenarios</a>
        </section>
        <section class="card">
          <h2>Compare options</h2>
          <p>Base plus changes, side by side, with the difference and how sure we are of it.</p>
          <a class="button" href=${routeHash({ view: 'compare' })}>Compare variants</a>
        </section>
        <section class="card">
          <h2>Use your ticket history</h2>
          <p>Upload a CSV export, check the fitted model against your data, make a scenario.</p>
          <a class="button" href=${routeHash({ view: 'data' })}>Import data</a>
        </section>
      </div>
      <section class="card examples" aria-labelledby="examples">
        <h2 id="examples">Example scenarios</h2>
        ${this.error === null ? nothing : html`<p class="error" role="alert">${this.error}</p>`}
        ${this.examples === null && this.error === null ? html`<p class="muted">Loading…</p>` : nothing}
        <ul>
          ${stories.map(example)}
        </ul>
        <details>
          <summary>Checks against queueing theory (${checks.length} scenarios)</summary>
          <p class="hint">Each reproduces a textbook model, so the simulation can be compared with its formula.</p>
          <ul>
            ${checks.map(example)}
          </ul>
        </details>
      </section>`;
  }
}

customElements.define('sl-home', SlHome);

declare global {
  interface HTMLElementTagNameMap {
    'sl-home': SlHome;
  }
}
