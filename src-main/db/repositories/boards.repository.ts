import type { Kysely, Transaction } from 'kysely';
import type { Board } from '../../../src-preload/contract/jobs.contract';
import type { Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

const ATS_NAMES: Record<string, string> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workable: 'Workable',
  smartrecruiters: 'SmartRecruiters',
};

export interface BoardRow {
  id: number;
  ats: string;
  token: string;
  url: string;
  company: string | null;
  refresh_hours: number;
  last_refreshed_at: string | null;
  last_error: string | null;
  region: 'eu' | null;
}

export async function listBoards(db: Db): Promise<Board[]> {
  const rows = await db
    .selectFrom('boards')
    .leftJoin('jobs', 'jobs.board_id', 'boards.id')
    .select(['boards.id', 'boards.ats', 'boards.token', 'boards.url', 'boards.company', 'boards.refresh_hours', 'boards.last_refreshed_at', 'boards.last_error'])
    .select((eb) => [
      eb.fn.count<number>(eb.case().when('jobs.status', '=', 'open').then(1).end()).as('open_jobs'),
      eb.fn.count<number>(eb.case().when('jobs.status', '=', 'closed').then(1).end()).as('closed_jobs'),
    ])
    .groupBy('boards.id')
    .orderBy('boards.company')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    ats: r.ats,
    atsName: ATS_NAMES[r.ats] ?? r.ats,
    token: r.token,
    url: r.url,
    company: r.company,
    refreshHours: r.refresh_hours,
    lastRefreshedAt: r.last_refreshed_at,
    lastError: r.last_error,
    openJobs: Number(r.open_jobs),
    closedJobs: Number(r.closed_jobs),
  }));
}

export async function getBoardRow(db: Db, id: number): Promise<BoardRow | undefined> {
  return db.selectFrom('boards').select(['id', 'ats', 'token', 'url', 'company', 'refresh_hours', 'last_refreshed_at', 'last_error', 'region']).where('id', '=', id).executeTakeFirst();
}

export async function findBoard(db: Db, ats: string, token: string): Promise<BoardRow | undefined> {
  return db
    .selectFrom('boards')
    .select(['id', 'ats', 'token', 'url', 'company', 'refresh_hours', 'last_refreshed_at', 'last_error', 'region'])
    .where('ats', '=', ats)
    .where('token', '=', token)
    .executeTakeFirst();
}

export async function insertBoard(
  db: Db,
  board: { ats: string; token: string; url: string; region: 'eu' | null; refreshHours: number },
  now = new Date().toISOString(),
): Promise<number> {
  const row = await db
    .insertInto('boards')
    .values({ ats: board.ats, token: board.token, url: board.url, region: board.region, refresh_hours: board.refreshHours, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateBoard(
  db: Db,
  id: number,
  patch: Partial<{ company: string | null; refresh_hours: number; last_refreshed_at: string; last_error: string | null }>,
): Promise<void> {
  await db.updateTable('boards').set(patch).where('id', '=', id).execute();
}

export async function deleteBoard(db: Db, id: number): Promise<boolean> {
  const r = await db.deleteFrom('boards').where('id', '=', id).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

/** Boards whose refresh interval has passed (never-refreshed boards first). */
export async function dueBoards(db: Db, now: Date): Promise<BoardRow[]> {
  const rows = await db
    .selectFrom('boards')
    .select(['id', 'ats', 'token', 'url', 'company', 'refresh_hours', 'last_refreshed_at', 'last_error', 'region'])
    .execute();
  return rows.filter((b) => !b.last_refreshed_at || Date.parse(b.last_refreshed_at) + b.refresh_hours * 3_600_000 <= now.getTime());
}

/** The board's postings by source id, for the open/closed diff. */
export async function boardJobs(db: Db, boardId: number) {
  return db.selectFrom('jobs').select(['id', 'source_id', 'status']).where('board_id', '=', boardId).execute();
}

export async function linkJobsToBoard(db: Db, boardId: number, jobIds: readonly number[]): Promise<void> {
  if (jobIds.length === 0) return;
  await db.updateTable('jobs').set({ board_id: boardId }).where('id', 'in', jobIds as number[]).execute();
}

export async function setJobsStatus(db: Db, jobIds: readonly number[], status: 'open' | 'closed', now: string): Promise<void> {
  if (jobIds.length === 0) return;
  await db.updateTable('jobs').set({ status, updated_at: now }).where('id', 'in', jobIds as number[]).execute();
}

export async function lastAggregatorFetch(db: Db, source: string): Promise<string | null> {
  const row = await db.selectFrom('aggregator_fetches').select('last_fetched_at').where('source', '=', source).executeTakeFirst();
  return row?.last_fetched_at ?? null;
}

export async function recordAggregatorFetch(db: Db, source: string, at: string): Promise<void> {
  await db
    .insertInto('aggregator_fetches')
    .values({ source, last_fetched_at: at })
    .onConflict((oc) => oc.column('source').doUpdateSet({ last_fetched_at: at }))
    .execute();
}
