import { css, html, LitElement, nothing } from 'lit';
import { api } from '../api/client.ts';
import '../components/sl-calculator.ts';
import '../components/sl-compare.ts';
import '../components/sl-data-import.ts';
import '../components/sl-dataset-view.ts';
import '../components/sl-home.ts';
import '../components/sl-run-list.ts';
import '../components/sl-run-view.ts';
import '../components/sl-scenario-editor.ts';
import '../components/sl-scenario-list.ts';
import '../components/sl-sweep.ts';
import { shared } from '../styles/shared.ts';
import { parseRoute, type Route, routeHash, type View } from './route.ts';

/** The navigation, in the order a new user meets the app. */
const NAV: { view: View; label: string; also?: View[] }[] = [
  { view: 'home', label: 'Start' },
  { view: 'calculator', label: 'Calculator' },
  { view: 'scenarios', label: 'Scenarios', also: ['scenario'] },
  { view: 'runs', label: 'Runs', also: ['run'] },
  { view: 'compare', label: 'Compare' },
  { view: 'sweep', label: 'Headcount curve' },
  { view: 'data', label: 'Import data', also: ['dataset'] },
];

/**
 * The shell: a header with the navigation, and the view the address (`#/…`) names. Every view can
 * be linked to; the back button works. When the server needs an API token, a form asks for it.
 */
export class SlApp extends LitElement {
  static override properties = {
    route: { state: true },
    needsToken: { state: true },
    tokenRefused: { state: true },
  };
  declare route: Route;
  declare needsToken: boolean;
  declare tokenRefused: boolean;

  static override styles = [
    shared,
    css`
      header {
        background: #14325c;
        color: #fff;
        padding: 0 1.5rem;
        display: flex;
        align-items: center;
        gap: 2rem;
        flex-wrap: wrap;
      }
      .brand { font-weight: 700; font-size: 1.3rem; color: #fff; text-decoration: none; padding: 0.7rem 0; }
      nav ul { list-style: none; display: flex; gap: 0.25rem; margin: 0; padding: 0; flex-wrap: wrap; }
      nav a {
        color: #dbe6f5;
        text-decoration: none;
        padding: 0.9rem 0.7rem;
        display: block;
        border-bottom: 3px solid transparent;
      }
      nav a[aria-current='page'] { color: #fff; border-bottom-color: #f0b429; }
      nav a:hover { color: #fff; }
      header :focus-visible { outline-color: #f0b429; }
      main { max-width: 1240px; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; }
      .skip { position: absolute; left: -999px; background: #fff; color: #14325c; }
      .skip:focus { left: 0.5rem; top: 0.5rem; background: #fff; padding: 0.4rem; z-index: 10; }
      @media print { header { display: none; } main { max-width: none; padding: 0; } }
    `,
  ];

  constructor() {
    super();
    this.route = parseRoute(location.hash);
    this.needsToken = false;
    this.tokenRefused = false;
  }

  private readonly onHash = () => {
    this.route = parseRoute(location.hash);
    window.scrollTo(0, 0);
  };
  private readonly onUnauthorised = () => {
    this.needsToken = true;
    this.tokenRefused = api.token !== null;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    window.addEventListener('sl-unauthorised', this.onUnauthorised);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener('sl-unauthorised', this.onUnauthorised);
    super.disconnectedCallback();
  }

  override updated(): void {
    const label = NAV.find((n) => n.view === this.route.view || n.also?.includes(this.route.view));
    document.title =
      label === undefined || label.view === 'home' ? 'stafflab' : `${label.label} · stafflab`;
  }

  override render() {
    const current = this.route.view;
    return html`<header class="no-print">
        <button class="skip" @click=${this.skip}>Skip to content</button>
        <a class="brand" href="#/">stafflab</a>
        <nav aria-label="Main">
          <ul>
            ${NAV.map(
              (item) =>
                html`<li><a href=${routeHash({ view: item.view })}
                  aria-current=${item.view === current || item.also?.includes(current) ? 'page' : nothing}
                >${item.label}</a></li>`,
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabindex="-1">
        ${this.needsToken ? this.tokenForm() : nothing}
        ${this.view()}
      </main>`;
  }

  private skip(event: Event): void {
    event.preventDefault();
    (this.renderRoot.querySelector('main') as HTMLElement).focus();
  }

  private tokenForm() {
    const save = (event: SubmitEvent) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).elements.namedItem(
        'token',
      ) as HTMLInputElement;
      api.token = input.value.trim();
      this.needsToken = false;
      location.reload();
    };
    return html`<form class="card" @submit=${save}>
      <h2>This server needs an API token</h2>
      ${this.tokenRefused ? html`<p class="error" role="alert">The token given was refused: check it and try again.</p>` : nothing}
      <p>Ask whoever started stafflab for it (it was given with <code>--token</code> or
        <code>STAFFLAB_TOKEN</code>). It is kept in this browser tab only.</p>
      <div class="row">
        <label>API token <input name="token" type="password" autocomplete="off" required minlength="16" /></label>
        <button type="submit">Use this token</button>
      </div>
    </form>`;
  }

  private view() {
    const { view, id, params } = this.route;
    switch (view) {
      case 'home':
        return html`<sl-home></sl-home>`;
      case 'calculator':
        return html`<sl-calculator .params=${params}></sl-calculator>`;
      case 'scenarios':
        return html`<sl-scenario-list></sl-scenario-list>`;
      case 'scenario':
        return html`<sl-scenario-editor .scenarioId=${id} .fromRun=${params.run ?? null}></sl-scenario-editor>`;
      case 'runs':
        return html`<sl-run-list></sl-run-list>`;
      case 'run':
        return html`<sl-run-view .runId=${id}></sl-run-view>`;
      case 'compare':
        return html`<sl-compare .scenarioId=${params.scenario ?? null}></sl-compare>`;
      case 'sweep':
        return html`<sl-sweep .scenarioId=${params.scenario ?? null}></sl-sweep>`;
      case 'data':
        return html`<sl-data-import></sl-data-import>`;
      case 'dataset':
        return html`<sl-dataset-view .datasetId=${id}></sl-dataset-view>`;
    }
  }
}

customElements.define('sl-app', SlApp);
