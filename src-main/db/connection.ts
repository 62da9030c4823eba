/**
 * Opens the one SQLite database the main process owns (SECURITY.md D-1): WAL, synchronous=FULL,
 * foreign keys on, a busy timeout; runs pending migrations; checks the file is sound first (D-6).
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AppFailure } from '../../src-preload/contract/result';
import { createBackup } from './backup';
import { runMigrations } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import type { Database } from './schema';

export interface Store {
  /** Raw handle for pragmas, backups and hot paths that need synchronous transactions. */
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  file: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  file: string;
  backupsDir: string;
  migrations?: readonly Migration[];
  /** Path to a better_sqlite3.node built for this runtime (Electron's ABI in the desktop app). */
  nativeBinding?: string;
}

export function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged commit survives power loss (D-1); the cost is small at our write rates.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

function openRaw(file: string, nativeBinding?: string): BetterSqlite3.Database {
  try {
    const sqlite = new BetterSqlite3(file, nativeBinding ? { nativeBinding } : {});
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      sqlite.close();
      throw new Error(String(check));
    }
    return sqlite;
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const message = (error as Error).message;
    if (/not a database|malformed|corrupt|quick_check|disk image/i.test(message)) {
      throw new AppFailure(
        'internal',
        `The database at ${file} is damaged (${message}). It was left untouched; restore the latest backup from ${path.dirname(file)}${path.sep}backups.`,
      );
    }
    throw error;
  }
}

export async function openStore(options: OpenOptions): Promise<Store> {
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const sqlite = openRaw(options.file, options.nativeBinding);
  try {
    applyPragmas(sqlite);
    const outcome = await runMigrations(sqlite, options.migrations ?? MIGRATIONS, () =>
      createBackup(sqlite, options.backupsDir, 'pre-migration').then((b) => b.path),
    );
    if (outcome.error) throw outcome.error;
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  let closed = false;
  return {
    sqlite,
    db,
    file: options.file,
    async close() {
      if (closed) return;
      closed = true;
      // Kysely's destroy closes the better-sqlite3 handle too.
      await db.destroy();
    },
  };
}

export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}
