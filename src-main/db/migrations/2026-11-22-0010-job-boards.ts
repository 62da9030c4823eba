import type { Migration } from './migration';

/**
 * Links postings to the company board they came from, so a refresh can tell which of the
 * board's postings vanished (closed, text kept), and remembers a board's API region.
 * Frozen once released.
 */
export const jobBoardsMigration: Migration = {
  id: '2026-11-22-0010-job-boards',
  up: (db) => {
    db.exec(`
      ALTER TABLE jobs ADD COLUMN board_id INTEGER REFERENCES boards (id) ON DELETE SET NULL;
      CREATE INDEX jobs_board ON jobs (board_id) WHERE board_id IS NOT NULL;
      ALTER TABLE boards ADD COLUMN region TEXT CHECK (region IS NULL OR region IN ('eu'));
      ALTER TABLE boards ADD COLUMN created_at TEXT NOT NULL DEFAULT '';

      CREATE TABLE aggregator_fetches (
        source TEXT PRIMARY KEY,
        last_fetched_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
