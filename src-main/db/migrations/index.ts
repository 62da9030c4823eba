import type { Migration } from './migration';
import { initialMigration } from './2026-11-21-0001-initial';

/** Registered statically, in order (bundling breaks folder scanning). Append only. */
export const MIGRATIONS: readonly Migration[] = [initialMigration];

export type { Migration };
