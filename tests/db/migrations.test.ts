import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore, schemaVersion } from '../../src-main/db/connection';
import { appliedMigrations } from '../../src-main/db/migrate';
import { MIGRATIONS } from '../../src-main/db/migrations';
import type { Migration } from '../../src-main/db/migrations/migration';
import { tempDir } from '../helpers/temp-dir';

function paths() {
  const dir = tempDir();
  return { file: path.join(dir, 'pathwise.db'), backupsDir: path.join(dir, 'backups') };
}

function schemaOf(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true });
  const rows = db
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`)
    .all() as { type: string; name: string; sql: string | null }[];
  db.close();
  return rows.map((r) => `-- ${r.type} ${r.name}\n${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`).join('\n');
}

describe('database store', () => {
  it('opens with WAL, synchronous FULL, foreign keys and a busy timeout (D-1)', async () => {
    const p = paths();
    const store = await openStore(p);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    expect(schemaVersion(store.sqlite)).toBe(MIGRATIONS.length);
    await store.close();
  });

  it('creates only STRICT tables', async () => {
    const p = paths();
    const store = await openStore(p);
    // FTS5 virtual tables and their shadow tables are SQLite-managed and cannot be STRICT.
    const tables = store.sqlite
      .prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const t of tables) expect({ table: t.name, strict: t.strict }).toEqual({ table: t.name, strict: 1 });
    await store.close();
  });

  it('matches the schema snapshot (changes need a new migration and an updated snapshot)', async () => {
    const p = paths();
    const store = await openStore(p);
    await store.close();
    await expect(schemaOf(p.file)).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });

  it('is idempotent: reopening applies nothing and takes no backup', async () => {
    const p = paths();
    await (await openStore(p)).close();
    await (await openStore(p)).close();
    expect(fs.existsSync(p.backupsDir) ? fs.readdirSync(p.backupsDir) : []).toEqual([]);
  });

  it('backs up an existing database before the first pending migration', async () => {
    const p = paths();
    const store = await openStore(p);
    await store.db.insertInto('settings').values({ key: 'k', value: '"v"', updated_at: 'now' }).execute();
    await store.close();
    const next: Migration = { id: '2999-01-01-0001-test', up: (db) => db.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT') };
    const upgraded = await openStore({ ...p, migrations: [...MIGRATIONS, next] });
    const backups = fs.readdirSync(p.backupsDir);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/pre-migration\.db$/);
    const copy = new BetterSqlite3(path.join(p.backupsDir, backups[0]!), { readonly: true });
    expect(copy.prepare('SELECT value FROM settings WHERE key = ?').get('k')).toEqual({ value: '"v"' });
    expect(copy.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'extra'`).get()).toBeUndefined();
    copy.close();
    expect(appliedMigrations(upgraded.sqlite)).toContain(next.id);
    await upgraded.close();
  });

  it('leaves the schema unchanged when a migration fails midway (D-5)', async () => {
    const p = paths();
    await (await openStore(p)).close();
    const before = schemaOf(p.file);
    const broken: Migration = {
      id: '2999-01-01-0002-broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
        db.exec('ALTER TABLE no_such_table ADD COLUMN x TEXT');
      },
    };
    await expect(openStore({ ...p, migrations: [...MIGRATIONS, broken] })).rejects.toThrow(/2999-01-01-0002-broken/);
    expect(schemaOf(p.file)).toBe(before);
  });

  it('refuses a database written by a newer app, without writing to it (D-5)', async () => {
    const p = paths();
    const newer: Migration = { id: '2999-12-31-0001-future', up: (db) => db.exec('CREATE TABLE future (id INTEGER PRIMARY KEY) STRICT') };
    await (await openStore({ ...p, migrations: [...MIGRATIONS, newer] })).close();
    const bytesBefore = fs.readFileSync(p.file);
    await expect(openStore(p)).rejects.toMatchObject({ code: 'database-newer-than-app', message: expect.stringMatching(/newer version of Pathwise/) });
    expect(fs.readFileSync(p.file).equals(bytesBefore)).toBe(true);
  });

  it('refuses a file that is not a database and leaves it untouched (D-6)', async () => {
    const p = paths();
    fs.mkdirSync(path.dirname(p.file), { recursive: true });
    fs.writeFileSync(p.file, Buffer.alloc(8192, 7));
    await expect(openStore(p)).rejects.toThrow(/damaged/);
    expect(fs.readFileSync(p.file).equals(Buffer.alloc(8192, 7))).toBe(true);
  });

  it('enforces one primary resume and file references', async () => {
    const p = paths();
    const store = await openStore(p);
    const insertResume = (sha: string, primary: number) =>
      store.sqlite
        .prepare(
          `INSERT INTO resumes (title, file_name, format, sha256, is_primary, text, document_json, profile_json, analysis_json, created_at, updated_at)
           VALUES ('t', 'f.pdf', 'pdf', ?, ?, '', '{}', '{}', '{}', 'now', 'now')`,
        )
        .run(sha, primary);
    expect(() => insertResume('a'.repeat(64), 1)).toThrow(/FOREIGN KEY/);
    for (const c of ['a', 'b']) {
      store.sqlite.prepare(`INSERT INTO stored_files VALUES (?, 1, 'application/pdf', 'f.pdf', 'now')`).run(c.repeat(64));
    }
    insertResume('a'.repeat(64), 1);
    expect(() => insertResume('b'.repeat(64), 1)).toThrow(/UNIQUE/);
    await store.close();
  });
});
