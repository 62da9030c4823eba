import type { Migration } from './migration';

/** Frozen: never edit a released migration, add a new one. */
export const initialMigration: Migration = {
  id: '2026-11-21-0001-initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE activity_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        message TEXT NOT NULL,
        data TEXT
      ) STRICT;
      CREATE INDEX activity_log_at ON activity_log (at DESC);

      CREATE TABLE stored_files (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        bytes INTEGER NOT NULL CHECK (bytes >= 0),
        mime TEXT NOT NULL,
        original_name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE resumes (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE REFERENCES stored_files (sha256) ON DELETE RESTRICT,
        is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
        text TEXT NOT NULL,
        document_json TEXT NOT NULL,
        profile_json TEXT NOT NULL,
        corrections_json TEXT NOT NULL DEFAULT '{}',
        analysis_json TEXT NOT NULL,
        score INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX resumes_one_primary ON resumes (is_primary) WHERE is_primary = 1;

      CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        source_id TEXT,
        url TEXT,
        title TEXT NOT NULL,
        company TEXT,
        location TEXT,
        description TEXT NOT NULL,
        posting_json TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX jobs_source_id ON jobs (source, source_id) WHERE source_id IS NOT NULL;
      CREATE INDEX jobs_created_at ON jobs (created_at DESC);
    `);
  },
};
