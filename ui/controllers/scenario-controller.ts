import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiRequestError, api, errorMessage, type StoredScenario } from '../api/client.ts';
import { startAndOpenRun } from '../app/open-run.ts';
import { routeHash } from '../app/route.ts';
import { dropDraft, keepDraft, keptDraft } from '../scenario/draft-backup.ts';
import type { FieldIssue } from '../scenario/paths.ts';
import { validateDraft } from '../scenario/validate-draft.ts';

export type Draft = Record<string, unknown>;

/**
 * The scenario an editor works on: loading it (a late answer for an earlier address is dropped),
 * the draft and the simulator's issues with it, unsaved edits kept in the tab, saving (examples
 * and run scenarios as a new scenario, others as an update that catches a concurrent change),
 * and running it. The host re-renders on every change.
 */
export class ScenarioController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private loading: AbortController | null = null;
  private key = '';
  stored: StoredScenario | null = null;
  draft: Draft | null = null;
  issues: FieldIssue[] = [];
  dirty = false;
  busy = false;
  message: string | null = null;
  error: string | null = null;
  /** Set after a save refused because someone else saved first. */
  conflict = false;
  /** Unsaved edits left from an earlier visit, offered back. */
  restorable: Draft | null = null;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.loading?.abort();
  }

  /** Warns before the tab closes with unsaved edits (in-app links keep them in the tab). */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.dirty) event.preventDefault();
  };

  /** Opens scenario `id`, or with id "new" the scenario of run `fromRun`. */
  async load(id: string | null, fromRun: string | null): Promise<void> {
    this.loading?.abort();
    const loading = new AbortController();
    this.loading = loading;
    Object.assign(this, { stored: null, draft: null, error: null, message: null, conflict: false });
    this.restorable = null;
    this.key = id === 'new' ? `run:${fromRun}` : (id ?? '');
    this.host.requestUpdate();
    try {
      if (id === 'new' && fromRun !== null) {
        const run = await api.getRun(fromRun, loading.signal);
        if (loading.signal.aborted) return;
        this.setDraft(run.request?.scenario as Draft, false);
        this.message = 'This is the scenario of a run, not kept yet: save it to keep it.';
      } else if (id !== null) {
        const stored = await api.getScenario(id, loading.signal);
        if (loading.signal.aborted) return;
        this.stored = stored;
        this.setDraft(stored.scenario as Draft, false);
        this.restorable = keptDraft(id, stored.scenario);
      }
    } catch (error) {
      if (loading.signal.aborted) return;
      this.error = errorMessage(error);
    }
    this.host.requestUpdate();
  }

  /** Takes a new draft and checks it; an edited draft is also kept in the tab. */
  setDraft(draft: Draft, dirty = true): void {
    this.draft = draft;
    this.issues = validateDraft(draft).issues;
    this.dirty = dirty;
    if (dirty) keepDraft(this.key, draft);
    this.host.requestUpdate();
  }

  /** Puts back the edits left from an earlier visit, or forgets them. */
  restore(take: boolean): void {
    if (take && this.restorable !== null) this.setDraft(this.restorable);
    else dropDraft(this.key);
    this.restorable = null;
    this.host.requestUpdate();
  }

  /** Saves: a new scenario for an example, a run's scenario or `asCopy`; else an update. */
  async save(asCopy = false): Promise<StoredScenario | null> {
    this.busy = true;
    this.error = null;
    this.host.requestUpdate();
    try {
      const copy = asCopy || this.stored === null || this.stored.readOnly;
      const saved = copy
        ? await api.createScenario(this.draft)
        : await api.updateScenario(
            this.stored?.id as string,
            this.stored?.version as number,
            this.draft,
          );
      dropDraft(this.key);
      this.key = saved.id;
      Object.assign(this, { stored: saved, dirty: false, conflict: false });
      this.message = copy ? 'Saved as your own scenario.' : 'Saved.';
      if (copy) history.replaceState(null, '', routeHash({ view: 'scenario', id: saved.id }));
      return saved;
    } catch (error) {
      this.conflict = error instanceof ApiRequestError && error.code === 'API_ERR_CONFLICT';
      this.error = this.conflict
        ? 'Someone else saved this scenario since you opened it. Keep yours as a copy, or load the saved version (your changes here are then dropped).'
        : errorMessage(error);
      return null;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /**
   * Saves unsaved changes first (so the run and its link reopen this scenario), then simulates it,
   * or with `goal` searches the cheapest headcounts: meeting every target, or least total cost.
   */
  async run(goal?: 'targets' | 'total-cost'): Promise<void> {
    let id = this.stored?.id ?? null;
    if (this.dirty || id === null) id = (await this.save())?.id ?? null;
    if (id === null) return;
    this.busy = true;
    this.host.requestUpdate();
    this.error = await startAndOpenRun(
      goal === undefined
        ? { kind: 'simulate', scenarioId: id }
        : { kind: 'optimise', scenarioId: id, goal },
    );
    this.busy = false;
    this.host.requestUpdate();
  }
}
