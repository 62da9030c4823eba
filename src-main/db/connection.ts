/**
 * Opens the one SQLite database the main process owns (SECURITY.md D-1): WAL, synchronous=FULL,
 * foreign keys on, a busy timeout; runs pending migrations; checks the file is sound first (D-6).
 *
 * quick_check reads the whole file (~0.14 s at 10k postings, ~1.4 s at 100k), so it does not run
 * on every start: a clean close runs it and records how the file looked afterwards (device,
 * inode, size, modification and change times) beside it, and the next open skips it only when
 * the file is exactly as recorded and no WAL was left behind. Anything that touched the file in
 * between (a crash, another program, a truncated or zeroed page, a failed write on a full disk)
 * changes that record, so the check runs. The record is used once: it is deleted at open.
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

const VERIFIED_SUFFIX = '.verified';

function fileState(file: string): string | null {
  try {
    const s = fs.statSync(file, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
}

/** True when the last clean close checked this file and nothing has touched it since. Consumes the record. */
export function verifiedAtLastClose(file: string): boolean {
  const marker = file + VERIFIED_SUFFIX;
  let recorded: string;
  try {
    recorded = fs.readFileSync(marker, 'utf8');
  } catch {
    return false;
  }
  fs.rmSync(marker, { force: true });
  return recorded === fileState(file) && !fs.existsSync(`${file}-wal`);
}

function isSound(sqlite: BetterSqlite3.Database): boolean {
  try {
    return sqlite.pragma('quick_check', { simple: true }) === 'ok';
  } catch {
    return false;
  }
}

function openRaw(file: string, nativeBinding?: string): BetterSqlite3.Database {
  try {
    const skipCheck = verifiedAtLastClose(file);
    const sqlite = new BetterSqlite3(file, nativeBinding ? { nativeBinding } : {});
    const check = skipCheck ? 'ok' : sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      sqlite.close();
      throw new Error(`quick_check: ${String(check).split('\n').slice(0, 3).join('; ')}`);
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
      const sound = isSound(sqlite);
      await db.destroy();
      // Kysely closes the handle only if a query went through it; closing checkpoints and removes the WAL.
      if (sqlite.open) sqlite.close();
      const state = sound && !fs.existsSync(`${options.file}-wal`) ? fileState(options.file) : null;
      if (state) fs.writeFileSync(options.file + VERIFIED_SUFFIX, state);
    },
  };
}

export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}
