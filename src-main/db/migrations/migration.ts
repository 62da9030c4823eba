import type BetterSqlite3 from 'better-sqlite3';

/**
 * A forward-only schema change. `id` is dated so the order is obvious; `up` runs inside a
 * transaction the runner opens, with raw SQL only (migrations never import app code: STYLE.md 8).
 */
export interface Migration {
  id: string;
  up: (db: BetterSqlite3.Database) => void;
}
