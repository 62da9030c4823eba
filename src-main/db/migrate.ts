/**
 * Migration runner. Kysely's migrator is not atomic on SQLite (SECURITY.md D-5), so each
 * migration runs in its own better-sqlite3 transaction together with its bookkeeping row:
 * a failure leaves the schema exactly as it was. A backup is taken before the first pending
 * migration of an existing database, and a database written by a newer app is refused unchanged.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { AppFailure } from '../../src-preload/contract/result';
import type { Migration } from './migrations/migration';

export interface MigrationResult {
  applied: string[];
  backupPath: string | null;
  /** Set when a migration failed; the failed one and all after it were not applied. */
  error: Error | null;
}

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id TEXT PRIMARY KEY,
  applied_at TEXT NOT NULL
) STRICT`;

export function appliedMigrations(db: BetterSqlite3.Database): string[] {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!exists) return [];
  return (db.prepare('SELECT id FROM schema_migrations ORDER BY id').all() as { id: string }[]).map((r) => r.id);
}

export function assertNotNewerThanApp(applied: string[], migrations: readonly Migration[]): void {
  const known = new Set(migrations.map((m) => m.id));
  const unknown = applied.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppFailure(
      'database-newer-than-app',
      `This data folder was written by a newer version of Pathwise (schema ${unknown[unknown.length - 1]}). ` +
        'Update Pathwise to open it. Nothing was changed.',
    );
  }
}

export async function runMigrations(
  db: BetterSqlite3.Database,
  migrations: readonly Migration[],
  backup: () => Promise<string>,
  now: () => Date = () => new Date(),
): Promise<MigrationResult> {
  const applied = appliedMigrations(db);
  assertNotNewerThanApp(applied, migrations);
  const done = new Set(applied);
  const pending = migrations.filter((m) => !done.has(m.id));
  const result: MigrationResult = { applied: [], backupPath: null, error: null };
  if (pending.length === 0) return result;

  const isExistingDatabase = applied.length > 0;
  if (isExistingDatabase) result.backupPath = await backup();

  db.exec(BOOKKEEPING);
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  for (const migration of pending) {
    try {
      db.transaction(() => {
        migration.up(db);
        record.run(migration.id, now().toISOString());
        db.pragma(`user_version = ${done.size + result.applied.length + 1}`);
      })();
      result.applied.push(migration.id);
    } catch (error) {
      result.error = new Error(`Migration ${migration.id} failed: ${(error as Error).message}`);
      break;
    }
  }
  return result;
}
