/**
 * Jobs: bulk import with duplicate merging, full-text search with filters, skill lookups, and the
 * person's own state (saved, hidden, applied, notes). The public surface of ./jobs/*:
 *
 * - upsert.ts: import (one transaction, duplicate merging), reindex, delete, top terms for ranking
 * - dedupe.ts: how an incoming posting finds the stored one it duplicates
 * - rows.ts: ParsedJob ⇄ jobs row
 * - search.ts: FTS search with filters and sorts, jobs with skill X
 * - records.ts: one job and the person's marks on it (Kysely)
 * - connection.ts: prepared statements and the skill-key cache per connection
 *
 * Hot paths (import, search, skill lookup) run prepared statements on the raw better-sqlite3
 * handle, synchronously (PERFORMANCE.md); the small reads and updates use Kysely. Text reaching
 * FTS is normalized in code first: SQLite here has no ICU (STYLE.md).
 */
export { skillKeyIds } from './jobs/connection';
export { NEAR_DUPLICATE_SIMILARITY } from './jobs/dedupe';
export { JOB_INDEX_VERSION, type JobInput } from './jobs/rows';
export { deleteJobs, fillTopTerms, reindexStaleJobs, upsertJobs, type UpsertAction, type UpsertSummary } from './jobs/upsert';
export { ftsQuery, jobsWithSkill, searchJobs, type JobSearchHit, type JobSearchPage, type JobSearchQuery, type JobSort } from './jobs/search';
export { getJob, jobCounts, setJobFlags, setJobNotes, setJobStatus, type JobCounts, type JobRecord } from './jobs/records';
