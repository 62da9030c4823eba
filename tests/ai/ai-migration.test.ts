/**
 * Migration 2026-11-22-0020-ai from N-1 to N with fixture rows (STYLE.md 9): existing resumes and
 * jobs are kept (parent_id NULL), the new tables are STRICT, and the foreign keys behave: letters
 * go with their job, a deleted resume leaves its letters and tailored versions in place.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/db/connection';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { tempDir } from '../helpers/temp-dir';

const AI = '2026-11-22-0020-ai';
const NOW = '2026-11-22T00:00:00Z';

describe(`migration ${AI} (N-1 to N)`, () => {
  it('keeps existing rows and wires the new tables with the right foreign keys', async () => {
    const dir = tempDir();
    const p = { file: path.join(dir, 'pathwise.db'), backupsDir: path.join(dir, 'backups') };
    const old = await openStore({
      ...p,
      migrations: MIGRATIONS.slice(
        0,
        MIGRATIONS.findIndex((m) => m.id === AI),
      ),
    });
    old.sqlite
      .prepare(`INSERT INTO stored_files (sha256, bytes, mime, original_name, created_at) VALUES (?, 3, 'text/plain', 'a.txt', ?)`)
      .run('a'.repeat(64), NOW);
    old.sqlite
      .prepare(
        `INSERT INTO resumes (title, file_name, format, sha256, is_primary, text, document_json, profile_json, analysis_json, score, created_at, updated_at)
         VALUES ('Ada', 'a.txt', 'text', ?, 1, 'Ada', '{}', '{}', '{}', 70, ?, ?)`,
      )
      .run('a'.repeat(64), NOW, NOW);
    old.sqlite
      .prepare(
        `INSERT INTO jobs (source, title, description, posting_json, created_at, updated_at) VALUES ('Pasted', 'Nurse', 'Ward.', '{}', ?, ?)`,
      )
      .run(NOW, NOW);
    await old.close();

    const store = await openStore(p);
    const db = store.sqlite;
    expect(db.prepare('SELECT id, title, parent_id, score FROM resumes').all()).toEqual([
      { id: 1, title: 'Ada', parent_id: null, score: 70 },
    ]);
    const strict = db
      .prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name IN ('cover_letters', 'ledger') ORDER BY name`)
      .all();
    expect(strict).toEqual([
      { name: 'cover_letters', strict: 1 },
      { name: 'ledger', strict: 1 },
    ]);

    db.prepare(
      `INSERT INTO stored_files (sha256, bytes, mime, original_name, created_at) VALUES (?, 3, 'application/json', 'b.json', ?)`,
    ).run('b'.repeat(64), NOW);
    db.prepare(
      `INSERT INTO resumes (title, file_name, format, sha256, text, document_json, profile_json, analysis_json, created_at, updated_at, parent_id)
       VALUES ('Ada (tailored)', 'b.json', 'json-resume', ?, '', '{}', '{}', '{}', ?, ?, 1)`,
    ).run('b'.repeat(64), NOW, NOW);
    const letter = db.prepare(
      `INSERT INTO cover_letters (job_id, resume_id, tone, length, text, produced_by, created_at, updated_at) VALUES (1, 1, 'warm', 'short', 'Hi', 'offline', ?, ?)`,
    );
    letter.run(NOW, NOW);
    expect(() =>
      db
        .prepare(
          `INSERT INTO cover_letters (job_id, tone, length, text, produced_by, created_at, updated_at) VALUES (1, 'angry', 'short', '', 'offline', ?, ?)`,
        )
        .run(NOW, NOW),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO ledger (at, host, feature, bytes_out, bytes_in) VALUES (?, 'h', 'f', -1, 0)`).run(NOW)).toThrow(
      /CHECK/,
    );

    db.prepare('DELETE FROM resumes WHERE id = 1').run();
    expect(db.prepare('SELECT parent_id FROM resumes').all()).toEqual([{ parent_id: null }]);
    expect(db.prepare('SELECT resume_id FROM cover_letters').all()).toEqual([{ resume_id: null }]);
    db.prepare('DELETE FROM jobs WHERE id = 1').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM cover_letters').get()).toEqual({ n: 0 });
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    await store.close();
  });
});
