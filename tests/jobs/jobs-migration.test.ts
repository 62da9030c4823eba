import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/db/connection';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { reindexStaleJobs, searchJobs } from '../../src-main/db/repositories/jobs.repository';
import { tempDir } from '../helpers/temp-dir';

const JOBS_SEARCH = '2026-11-22-0002-jobs-search';

describe('migration 2026-11-22-0002-jobs-search (N-1 to N)', () => {
  it('keeps existing jobs, maps old statuses to flags, and indexes them on reindex', async () => {
    const dir = tempDir();
    const p = { file: path.join(dir, 'pathwise.db'), backupsDir: path.join(dir, 'backups') };
    const before = MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.id === JOBS_SEARCH));
    const old = await openStore({ ...p, migrations: before });
    const insert = old.sqlite.prepare(
      `INSERT INTO jobs (source, source_id, url, title, company, location, description, posting_json, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')`,
    );
    insert.run('Lever', 'a1', 'https://jobs.lever.co/acme/a1', 'Data Engineer', 'Acmé', 'Zürich', 'Pipelines with Spark and Python.', 'open');
    insert.run('Lever', 'a2', null, 'Frontend Developer', 'Acme', null, 'React and TypeScript.', 'saved');
    insert.run('Pasted', null, null, 'Nurse', 'General Hospital', 'Leeds', 'Registered nurse for the ward.', 'applied');
    insert.run('Pasted', null, null, 'Chef', 'Bistro', null, 'Cook things.', 'hidden');
    insert.run('Pasted', null, null, 'Barista', 'Cafe', null, 'Coffee.', 'closed');
    await old.close();

    const store = await openStore(p);
    const rows = store.sqlite.prepare('SELECT title, status, saved, hidden, applied_at, index_version FROM jobs ORDER BY id').all();
    expect(rows).toEqual([
      { title: 'Data Engineer', status: 'open', saved: 0, hidden: 0, applied_at: null, index_version: 0 },
      { title: 'Frontend Developer', status: 'open', saved: 1, hidden: 0, applied_at: null, index_version: 0 },
      { title: 'Nurse', status: 'open', saved: 0, hidden: 0, applied_at: '2026-11-02T00:00:00Z', index_version: 0 },
      { title: 'Chef', status: 'open', saved: 0, hidden: 1, applied_at: null, index_version: 0 },
      { title: 'Barista', status: 'closed', saved: 0, hidden: 0, applied_at: null, index_version: 0 },
    ]);
    expect(fs_backups(p.backupsDir)).toBe(1);

    // Not searchable until indexed; reindexing fills FTS and the derived fields, keeping state.
    expect(searchJobs(store.sqlite, { text: 'spark' }).hits).toEqual([]);
    expect(reindexStaleJobs(store.sqlite)).toBe(5);
    // Location is a filter, not full text (FTS covers title, company and description).
    expect(searchJobs(store.sqlite, { text: 'SPARK zurich' }).hits).toEqual([]);
    expect(searchJobs(store.sqlite, { text: 'spark', location: 'zurich' }).hits.map((h) => h.title)).toEqual(['Data Engineer']);
    expect(searchJobs(store.sqlite, { text: 'acme' }).hits.map((h) => h.title).sort()).toEqual(['Data Engineer', 'Frontend Developer']);
    expect(searchJobs(store.sqlite, { saved: true }).hits.map((h) => h.title)).toEqual(['Frontend Developer']);
    const barista = store.sqlite.prepare(`SELECT status, parsed_json, index_version FROM jobs WHERE title = 'Barista'`).get();
    expect(barista).toEqual({ status: 'closed', parsed_json: null, index_version: 1 });
    expect(reindexStaleJobs(store.sqlite)).toBe(0);
    await store.close();
  });

  it('creates its ordinary tables STRICT and rejects statuses that are flags now', async () => {
    const dir = tempDir();
    const store = await openStore({ file: path.join(dir, 'pathwise.db'), backupsDir: path.join(dir, 'backups') });
    const tables = store.sqlite
      .prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name IN ('jobs', 'skill_keys', 'job_skills', 'job_matches', 'boards', 'saved_searches', 'notifications')`)
      .all() as { name: string; strict: number }[];
    expect(tables).toHaveLength(7);
    for (const t of tables) expect(t).toEqual({ name: t.name, strict: 1 });
    expect(() =>
      store.sqlite
        .prepare(`INSERT INTO jobs (source, title, description, posting_json, status, created_at, updated_at) VALUES ('x', 't', 'd', '{}', 'saved', 'now', 'now')`)
        .run(),
    ).toThrow(/CHECK constraint failed: jobs_status_lifecycle/);
    const boards = store.sqlite.prepare(`INSERT INTO boards (ats, token, url) VALUES ('greenhouse', 'acme', 'https://x') RETURNING refresh_hours`).get();
    expect(boards).toEqual({ refresh_hours: 24 });
    await store.close();
  });
});

function fs_backups(dir: string): number {
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
}
