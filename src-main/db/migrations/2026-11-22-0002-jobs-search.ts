import type { Migration } from './migration';

/**
 * Frozen: never edit a released migration, add a new one.
 *
 * Job search, dedupe and matching. `jobs` is extended with ALTER TABLE ADD COLUMN rather than
 * rebuilt, so tables other migrations point at keep their rows and references.
 *
 * - `status` stays the posting's own lifecycle (open | closed); what the person did with it is
 *   separate (`saved`, `hidden`, `applied_at`), because a saved or applied job can close.
 *   Earlier free-form statuses are mapped onto those flags.
 * - Search fields are filled by the repository (text normalized in code: no ICU here).
 *   `index_version` 0 marks rows the repository has not indexed yet (all rows that existed
 *   before this migration); `reindexStaleJobs` fills them.
 * - `jobs_fts` is contentless with delete support: the repository inserts normalized text, so no
 *   second copy of every description is stored and bulk import writes each row once.
 */
export const jobsSearchMigration: Migration = {
  id: '2026-11-22-0002-jobs-search',
  up: (db) => {
    db.exec(`
      ALTER TABLE jobs ADD COLUMN parsed_json TEXT;
      ALTER TABLE jobs ADD COLUMN remote TEXT CHECK (remote IN ('remote', 'hybrid', 'onsite'));
      ALTER TABLE jobs ADD COLUMN employment_type TEXT;
      ALTER TABLE jobs ADD COLUMN seniority TEXT;
      ALTER TABLE jobs ADD COLUMN min_years REAL;
      ALTER TABLE jobs ADD COLUMN education_level TEXT;
      ALTER TABLE jobs ADD COLUMN education_required INTEGER NOT NULL DEFAULT 0 CHECK (education_required IN (0, 1));
      ALTER TABLE jobs ADD COLUMN salary_min_year REAL;
      ALTER TABLE jobs ADD COLUMN salary_max_year REAL;
      ALTER TABLE jobs ADD COLUMN salary_currency TEXT;
      ALTER TABLE jobs ADD COLUMN date_posted TEXT;
      ALTER TABLE jobs ADD COLUMN location_key TEXT;
      ALTER TABLE jobs ADD COLUMN saved INTEGER NOT NULL DEFAULT 0 CHECK (saved IN (0, 1));
      ALTER TABLE jobs ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
      ALTER TABLE jobs ADD COLUMN applied_at TEXT;
      ALTER TABLE jobs ADD COLUMN notes TEXT NOT NULL DEFAULT '';
      ALTER TABLE jobs ADD COLUMN url_key TEXT;
      ALTER TABLE jobs ADD COLUMN dedupe_key TEXT;
      ALTER TABLE jobs ADD COLUMN content_hash TEXT;
      ALTER TABLE jobs ADD COLUMN top_terms TEXT NOT NULL DEFAULT '';
      ALTER TABLE jobs ADD COLUMN sources_json TEXT NOT NULL DEFAULT '[]';
      UPDATE jobs SET saved = 1 WHERE status = 'saved';
      UPDATE jobs SET hidden = 1 WHERE status = 'hidden';
      UPDATE jobs SET applied_at = updated_at WHERE status = 'applied';
      UPDATE jobs SET status = 'open' WHERE status NOT IN ('open', 'closed');
      -- A CHECK on a new column guards the old status column (ALTER cannot add a table constraint);
      -- a BEFORE INSERT trigger did the same at ~5x the cost of a bulk insert.
      ALTER TABLE jobs ADD COLUMN index_version INTEGER NOT NULL DEFAULT 0
        CONSTRAINT jobs_status_lifecycle CHECK (status IN ('open', 'closed'));

      CREATE INDEX jobs_url_key ON jobs (url_key) WHERE url_key IS NOT NULL;
      CREATE INDEX jobs_dedupe_key ON jobs (dedupe_key, source, source_id);
      CREATE INDEX jobs_date_posted ON jobs (date_posted DESC);
      CREATE INDEX jobs_salary ON jobs (coalesce(salary_max_year, salary_min_year)) WHERE salary_min_year IS NOT NULL OR salary_max_year IS NOT NULL;
      CREATE INDEX jobs_stale ON jobs (index_version);
      CREATE INDEX jobs_saved ON jobs (saved) WHERE saved = 1;

      CREATE VIRTUAL TABLE jobs_fts USING fts5 (
        title, company, description,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      INSERT INTO jobs_fts (jobs_fts, rank) VALUES ('rank', 'bm25(8.0, 4.0, 1.0)');
      INSERT INTO jobs_fts (jobs_fts, rank) VALUES ('hashsize', 16777216);

      CREATE TABLE skill_keys (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL
      ) STRICT;

      CREATE TABLE job_skills (
        job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        skill_id INTEGER NOT NULL REFERENCES skill_keys (id),
        kind TEXT NOT NULL CHECK (kind IN ('required', 'preferred')),
        PRIMARY KEY (job_id, skill_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX job_skills_skill ON job_skills (skill_id, kind);

      CREATE TABLE job_matches (
        resume_id INTEGER NOT NULL REFERENCES resumes (id) ON DELETE CASCADE,
        job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
        parts_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (resume_id, job_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX job_matches_score ON job_matches (resume_id, score DESC);
      CREATE INDEX job_matches_job ON job_matches (job_id);

      CREATE TABLE boards (
        id INTEGER PRIMARY KEY,
        ats TEXT NOT NULL,
        token TEXT NOT NULL,
        url TEXT NOT NULL,
        company TEXT,
        refresh_hours INTEGER NOT NULL DEFAULT 24 CHECK (refresh_hours > 0),
        last_refreshed_at TEXT,
        last_error TEXT,
        UNIQUE (ats, token)
      ) STRICT;

      CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        query_json TEXT NOT NULL,
        min_score INTEGER CHECK (min_score BETWEEN 0 AND 100),
        created_at TEXT NOT NULL,
        last_alerted_at TEXT
      ) STRICT;

      CREATE TABLE notifications (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        job_id INTEGER REFERENCES jobs (id) ON DELETE SET NULL,
        read INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1))
      ) STRICT;
      CREATE INDEX notifications_unread ON notifications (at DESC) WHERE read = 0;
      CREATE INDEX notifications_job ON notifications (job_id) WHERE job_id IS NOT NULL;
    `);
  },
};
