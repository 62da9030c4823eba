/** One posting as the person sees it, and the person's own state on it (saved, hidden, applied, notes). */
import type { Kysely, Transaction } from 'kysely';
import type { JobSource } from '../../../../src-preload/contract/job.types';
import type { JobCounts, JobDetail } from '../../../../src-preload/contract/jobs.contract';
import type { Database } from '../../schema';
import { storedParsed, type StoredRow } from './rows';

type Db = Kysely<Database> | Transaction<Database>;

/** A posting and the person's marks on it: the contract's JobDetail without the match, which the service adds. */
export type JobRecord = Omit<JobDetail, 'match' | 'resumeTitle'>;

export async function getJob(db: Db, id: number): Promise<JobRecord | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    job: storedParsed(row as unknown as StoredRow),
    status: row.status,
    saved: row.saved === 1,
    hidden: row.hidden === 1,
    appliedAt: row.applied_at,
    notes: row.notes,
    alsoSeenAt: JSON.parse(row.sources_json) as JobSource[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function setJobStatus(db: Db, id: number, status: 'open' | 'closed'): Promise<boolean> {
  const r = await db.updateTable('jobs').set({ status }).where('id', '=', id).executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** The person's marks on a posting; `applied: true` stamps now unless a date is given. */
export async function setJobFlags(
  db: Db,
  id: number,
  flags: { saved?: boolean; hidden?: boolean; applied?: boolean | string },
  now: string = new Date().toISOString(),
): Promise<boolean> {
  const patch: { saved?: number; hidden?: number; applied_at?: string | null } = {};
  if (flags.saved !== undefined) patch.saved = flags.saved ? 1 : 0;
  if (flags.hidden !== undefined) patch.hidden = flags.hidden ? 1 : 0;
  if (flags.applied !== undefined) patch.applied_at = flags.applied === false ? null : flags.applied === true ? now : flags.applied;
  if (Object.keys(patch).length === 0) return false;
  const r = await db.updateTable('jobs').set(patch).where('id', '=', id).executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export async function setJobNotes(db: Db, id: number, notes: string): Promise<boolean> {
  const r = await db.updateTable('jobs').set({ notes }).where('id', '=', id).executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export type { JobCounts };

export async function jobCounts(db: Db): Promise<JobCounts> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'open').then(1).else(0).end()).as('open'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'closed').then(1).else(0).end()).as('closed'),
      eb.fn.sum<number>('saved').as('saved'),
      eb.fn.count<number>('applied_at').as('applied'),
      eb.fn.sum<number>('hidden').as('hidden'),
    ])
    .executeTakeFirstOrThrow();
  return {
    total: Number(row.total),
    open: Number(row.open ?? 0),
    closed: Number(row.closed ?? 0),
    saved: Number(row.saved ?? 0),
    applied: Number(row.applied ?? 0),
    hidden: Number(row.hidden ?? 0),
  };
}
