import type { Migration } from './migration';
import { initialMigration } from './2026-11-21-0001-initial';
import { jobsSearchMigration } from './2026-11-22-0002-jobs-search';
import { jobBoardsMigration } from './2026-11-22-0010-job-boards';
import { aiMigration } from './2026-11-22-0020-ai';
import { jobsMarksIndexMigration } from './2026-11-22-0030-jobs-marks-index';

/** Registered statically, in order (bundling breaks folder scanning). Append only. */
export const MIGRATIONS: readonly Migration[] = [initialMigration, jobsSearchMigration, jobBoardsMigration, aiMigration, jobsMarksIndexMigration];

export type { Migration };
