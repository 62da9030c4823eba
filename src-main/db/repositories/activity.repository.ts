import type { Kysely, Transaction } from 'kysely';
import type { ActivityEntry } from '../../../src-preload/contract/app.contract';
import type { Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function logActivity(
  db: Db,
  entry: { kind: string; message: string; data?: unknown },
  now = new Date(),
): Promise<void> {
  await db
    .insertInto('activity_log')
    .values({
      at: now.toISOString(),
      kind: entry.kind,
      message: entry.message,
      data: entry.data === undefined ? null : JSON.stringify(entry.data),
    })
    .execute();
}

export async function listActivity(db: Db, limit: number): Promise<ActivityEntry[]> {
  return db
    .selectFrom('activity_log')
    .select(['id', 'at', 'kind', 'message'])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
