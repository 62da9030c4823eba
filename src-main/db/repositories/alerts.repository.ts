import type { Kysely, Transaction } from 'kysely';
import type { AppNotification, JobSearchInput, SavedSearch } from '../../../src-preload/contract/jobs.contract';
import type { Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function listSavedSearches(db: Db): Promise<SavedSearch[]> {
  const rows = await db.selectFrom('saved_searches').selectAll().orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    query: JSON.parse(r.query_json) as JobSearchInput,
    minScore: r.min_score,
    createdAt: r.created_at,
    lastAlertedAt: r.last_alerted_at,
  }));
}

export async function insertSavedSearch(db: Db, search: { name: string; query: JobSearchInput; minScore: number | null }, now: string): Promise<number> {
  const row = await db
    .insertInto('saved_searches')
    .values({ name: search.name, query_json: JSON.stringify(search.query), min_score: search.minScore, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteSavedSearch(db: Db, id: number): Promise<boolean> {
  const r = await db.deleteFrom('saved_searches').where('id', '=', id).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

export async function markSearchAlerted(db: Db, id: number, at: string): Promise<void> {
  await db.updateTable('saved_searches').set({ last_alerted_at: at }).where('id', '=', id).execute();
}

function toNotification(r: { id: number; at: string; kind: string; title: string; body: string; job_id: number | null; read: number }): AppNotification {
  return { id: r.id, at: r.at, kind: r.kind, title: r.title, body: r.body, jobId: r.job_id, read: r.read === 1 };
}

export async function insertNotification(
  db: Db,
  n: { kind: string; title: string; body: string; jobId: number | null },
  at: string,
): Promise<AppNotification> {
  const row = await db
    .insertInto('notifications')
    .values({ at, kind: n.kind, title: n.title, body: n.body, job_id: n.jobId })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toNotification(row);
}

export async function listNotifications(db: Db, unreadOnly: boolean, limit = 100): Promise<AppNotification[]> {
  let q = db.selectFrom('notifications').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit);
  if (unreadOnly) q = q.where('read', '=', 0);
  return (await q.execute()).map(toNotification);
}

export async function markNotificationsRead(db: Db, ids?: readonly number[]): Promise<number> {
  let q = db.updateTable('notifications').set({ read: 1 }).where('read', '=', 0);
  if (ids) {
    if (ids.length === 0) return 0;
    q = q.where('id', 'in', ids as number[]);
  }
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}
