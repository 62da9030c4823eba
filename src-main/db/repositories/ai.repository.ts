/**
 * Rows the AI layer reads and writes: the resume fields the coach needs, saved cover letters and
 * the outbound ledger. The ledger insert is synchronous (better-sqlite3) because the transports
 * report through a synchronous callback; it never stores content, only host, feature and sizes.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { CoverLettersTable, Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;
export type CoverLetterRow = Selectable<CoverLettersTable>;

export async function getCoachResume(db: Db, id: number) {
  return db
    .selectFrom('resumes')
    .select(['id', 'title', 'file_name', 'profile_json', 'analysis_json', 'is_primary'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertCoverLetter(db: Db, row: Insertable<CoverLettersTable>): Promise<number> {
  const result = await db.insertInto('cover_letters').values(row).returning('id').executeTakeFirstOrThrow();
  return result.id;
}

export async function getCoverLetter(db: Db, id: number): Promise<CoverLetterRow | undefined> {
  return db.selectFrom('cover_letters').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listCoverLetters(db: Db, jobId: number): Promise<CoverLetterRow[]> {
  return db
    .selectFrom('cover_letters')
    .selectAll()
    .where('job_id', '=', jobId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function updateCoverLetter(
  db: Db,
  id: number,
  patch: { text: string; flagged_json: string; updated_at: string },
): Promise<void> {
  await db.updateTable('cover_letters').set(patch).where('id', '=', id).execute();
}

export async function deleteCoverLetter(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('cover_letters').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface LedgerInsert {
  at: string;
  host: string;
  feature: string;
  bytesOut: number;
  bytesIn: number;
}

const ledgerStatements = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>();

export function insertLedgerEntry(sqlite: BetterSqlite3.Database, entry: LedgerInsert): void {
  let statement = ledgerStatements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare('INSERT INTO ledger (at, host, feature, bytes_out, bytes_in) VALUES (?, ?, ?, ?, ?)');
    ledgerStatements.set(sqlite, statement);
  }
  statement.run(entry.at, entry.host, entry.feature, Math.max(0, Math.round(entry.bytesOut)), Math.max(0, Math.round(entry.bytesIn)));
}

export async function listLedger(db: Db, limit: number) {
  return db.selectFrom('ledger').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
