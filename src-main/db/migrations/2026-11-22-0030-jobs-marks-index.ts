import type { Migration } from './migration';

/**
 * Frozen: never edit a released migration, add a new one.
 *
 * A narrow index over the person's marks and the posting's status. Those columns sit after the
 * description in each `jobs` record, so counting them (the dashboard's counts) or filtering on
 * them before a sort (the "best matches" list) read every row whole, overflow pages included:
 * ~10 ms at 10k postings warm, ~100 ms on a cold start. The index answers both from a few
 * hundred kilobytes. `applied_at` leads so that the planner never prefers this index over
 * jobs_date_posted for `hidden = 0 ORDER BY date_posted` (no equality on its first column).
 */
export const jobsMarksIndexMigration: Migration = {
  id: '2026-11-22-0030-jobs-marks-index',
  up: (db) => {
    db.exec('CREATE INDEX jobs_marks ON jobs (applied_at, saved, hidden, status)');
  },
};
