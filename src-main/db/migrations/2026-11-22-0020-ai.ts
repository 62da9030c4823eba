import type { Migration } from './migration';

/**
 * The AI layer: tailored resume versions point at the resume they came from; cover letters are
 * kept with their job; the outbound ledger records what left the machine (host, feature, byte
 * counts, never content: SECURITY.md S-5). Frozen once released.
 */
export const aiMigration: Migration = {
  id: '2026-11-22-0020-ai',
  up: (db) => {
    db.exec(`
      ALTER TABLE resumes ADD COLUMN parent_id INTEGER REFERENCES resumes (id) ON DELETE SET NULL;
      CREATE INDEX resumes_parent ON resumes (parent_id) WHERE parent_id IS NOT NULL;

      CREATE TABLE cover_letters (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        resume_id INTEGER REFERENCES resumes (id) ON DELETE SET NULL,
        tone TEXT NOT NULL CHECK (tone IN ('professional', 'warm', 'concise')),
        length TEXT NOT NULL CHECK (length IN ('short', 'medium', 'long')),
        text TEXT NOT NULL,
        produced_by TEXT NOT NULL,
        flagged_json TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cover_letters_job ON cover_letters (job_id, created_at);
      CREATE INDEX cover_letters_resume ON cover_letters (resume_id) WHERE resume_id IS NOT NULL;

      CREATE TABLE ledger (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        host TEXT NOT NULL,
        feature TEXT NOT NULL,
        bytes_out INTEGER NOT NULL CHECK (bytes_out >= 0),
        bytes_in INTEGER NOT NULL CHECK (bytes_in >= 0)
      ) STRICT;
      CREATE INDEX ledger_at ON ledger (at);
    `);
  },
};
