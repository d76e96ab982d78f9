import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scenario } from '../../simulator/index.ts';
import { api, errorMessage, type StoredScenario } from '../api/client.ts';
import { startAndOpenRun } from '../app/open-run.ts';
import { routeHash } from '../app/route.ts';
import { type Lever, scenarioLevers } from '../experiments/scenario-levers.ts';

/**
 * The base scenario of an experiment form (compare, sweep): loading it (an answer for a scenario
 * no longer chosen is dropped), its levers in plain words, choosing another without stacking up
 * history entries, and starting the run (its page then opens; a refusal is kept to show).
 */
export class BaseScenarioController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly view: 'compare' | 'sweep';
  private readonly onLoaded: (scenario: Scenario, levers: Lever[]) => void;
  /** How many loads have started: an answer to any but the last arrives too late. */
  private loads = 0;
  stored: StoredScenario | null = null;
  levers: Lever[] = [];
  loadError: string | null = null;
  /** The server's refusal of the last start (it names the field), or null. */
  serverError: string | null = null;
  busy = false;

  constructor(
    host: ReactiveControllerHost,
    view: 'compare' | 'sweep',
    onLoaded: (scenario: Scenario, levers: Lever[]) => void,
  ) {
    this.host = host;
    this.view = view;
    this.onLoaded = onLoaded;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Loads scenario `id` (null: none chosen yet); `onLoaded` sets the form up for it. */
  async load(id: string | null): Promise<void> {
    this.loads += 1;
    const load = this.loads;
    Object.assign(this, { stored: null, loadError: null, serverError: null });
    this.host.requestUpdate();
    if (id === null) return;
    try {
      const stored = await api.getScenario(id);
      if (load !== this.loads) return;
      const scenario = stored.scenario as Scenario;
      this.levers = scenarioLevers(scenario);
      this.onLoaded(scenario, this.levers);
      this.stored = stored;
    } catch (error) {
      if (load === this.loads) this.loadError = errorMessage(error);
    }
    this.host.requestUpdate();
  }

  /**
   * The address for scenario `id`, replacing the current one: moving through the list with the
   * arrow keys neither stacks up history entries nor waits for old loads.
   */
  choose(id: string): void {
    history.replaceState(
      history.state,
      '',
      routeHash({ view: this.view, params: { scenario: id } }),
    );
  }

  /** Starts the run; its page opens, or the server's refusal is kept in `serverError`. */
  async start(body: Record<string, unknown>): Promise<void> {
    this.busy = true;
    this.serverError = null;
    this.host.requestUpdate();
    this.serverError = await startAndOpenRun(body);
    this.busy = false;
    this.host.requestUpdate();
  }
}
