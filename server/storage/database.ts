import { readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

/** An open database: better-sqlite3's handle. */
export type StafflabDatabase = Database.Database;

const MIGRATIONS = new URL('./migrations/', import.meta.url);

/** Another process holds the database. */
export class DatabaseInUse extends Error {
  override name = 'DatabaseInUse';
}

/**
 * Opens (creating if need be) the SQLite database at `path` (":memory:" for a throwaway one), with
 * write-ahead logging and foreign keys on, locked for this process alone (a second server on the
 * same file is refused with DatabaseInUse), and applies the numbered migrations in
 * server/storage/migrations that it has not applied yet, each in its own transaction. The
 * schema's version is SQLite's `user_version`: the number of the last migration applied.
 */
export function openDatabase(path: string): StafflabDatabase {
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 2000');
    // One server per database file: a second one fails here rather than marking the first one's
    // live runs as interrupted.
    if (path !== ':memory:') {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE; COMMIT;');
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw new DatabaseInUse(
      `the database ${path} is in use by another stafflab server (${(error as Error).message})`,
    );
  }
  migrate(db);
  return db;
}

function migrate(db: StafflabDatabase): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  const files = readdirSync(MIGRATIONS)
    .filter((f) => /^\d{3}-.+\.sql$/.test(f))
    .sort();
  for (const file of files) {
    const number = Number(file.slice(0, 3));
    if (number <= applied) continue;
    const sql = readFileSync(new URL(file, MIGRATIONS), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${number}`);
    })();
  }
}
