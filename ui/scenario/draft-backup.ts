/**
 * Unsaved edits kept in this browser tab (sessionStorage), one per scenario, so that leaving the
 * editor by a link or the back button loses nothing: the editor offers them back on return.
 */
const PREFIX = 'stafflab.draft.';

/** Keeps the draft of scenario `key` (its id, or "run:ID" for a run's unsaved scenario). */
export function keepDraft(key: string, draft: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // storage full or disabled: the unsaved-changes marker still warns before closing the tab
  }
}

/** The kept draft of scenario `key` when it differs from `saved`; null otherwise. */
export function keptDraft(key: string, saved: unknown): Record<string, unknown> | null {
  const text = sessionStorage.getItem(PREFIX + key);
  if (text === null || text === JSON.stringify(saved)) return null;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Forgets the kept draft of scenario `key` (after a save, or when the user discards it). */
export function dropDraft(key: string): void {
  sessionStorage.removeItem(PREFIX + key);
}
