import { randomUUID } from 'node:crypto';
import type { Scenario } from '../../simulator/index.ts';
import type { StafflabDatabase } from './database.ts';

/** A scenario as kept: its id, version and times beside the scenario itself. */
export interface StoredScenario {
  id: string;
  name: string;
  version: number;
  readOnly: boolean;
  createdAt: string;
  updatedAt: string;
  scenario: Scenario;
}

interface Row {
  id: string;
  name: string;
  body: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Why a write did not happen. */
export type WriteOutcome =
  | { ok: true; scenario: StoredScenario }
  | { ok: false; reason: 'not-found' | 'conflict'; version?: number };

/** The scenarios table. Every write is one statement or one transaction. */
export class ScenarioStore {
  private readonly db: StafflabDatabase;

  constructor(db: StafflabDatabase) {
    this.db = db;
  }

  list(): StoredScenario[] {
    return (
      this.db.prepare('SELECT * FROM scenarios ORDER BY updated_at DESC, id').all() as Row[]
    ).map(toStored);
  }

  get(id: string): StoredScenario | null {
    const row = this.db.prepare('SELECT * FROM scenarios WHERE id = ?').get(id) as Row | undefined;
    return row === undefined ? null : toStored(row);
  }

  create(scenario: Scenario): StoredScenario {
    const now = new Date().toISOString();
    const id = randomUUID();
    this.db
      .prepare(
        'INSERT INTO scenarios (id, name, body, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)',
      )
      .run(id, scenario.name, JSON.stringify(scenario), now, now);
    return this.get(id) as StoredScenario;
  }

  /** Replaces a scenario if its version is still `version` (optimistic locking). */
  update(id: string, version: number, scenario: Scenario): WriteOutcome {
    return this.db.transaction((): WriteOutcome => {
      const current = this.get(id);
      if (current === null) return { ok: false, reason: 'not-found' };
      if (current.version !== version)
        return { ok: false, reason: 'conflict', version: current.version };
      this.db
        .prepare(
          'UPDATE scenarios SET name = ?, body = ?, version = version + 1, updated_at = ? WHERE id = ?',
        )
        .run(scenario.name, JSON.stringify(scenario), new Date().toISOString(), id);
      return { ok: true, scenario: this.get(id) as StoredScenario };
    })();
  }

  /** Deletes a scenario; false when there was none. */
  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM scenarios WHERE id = ?').run(id).changes === 1;
  }
}

function toStored(row: Row): StoredScenario {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    readOnly: false,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    scenario: JSON.parse(row.body) as Scenario,
  };
}
