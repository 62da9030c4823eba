import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Database, ResumesTable } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;
export type ResumeRow = Selectable<ResumesTable>;

const SUMMARY_COLUMNS = [
  'id',
  'title',
  'file_name',
  'format',
  'sha256',
  'is_primary',
  'score',
  'created_at',
  'updated_at',
] as const;

export async function listResumeRows(db: Db) {
  return db
    .selectFrom('resumes')
    .innerJoin('stored_files', 'stored_files.sha256', 'resumes.sha256')
    .select(SUMMARY_COLUMNS.map((c) => `resumes.${c}` as const))
    .select('stored_files.bytes')
    .orderBy('resumes.is_primary', 'desc')
    .orderBy('resumes.updated_at', 'desc')
    .execute();
}

export async function getResumeRow(db: Db, id: number): Promise<(ResumeRow & { bytes: number }) | undefined> {
  return db
    .selectFrom('resumes')
    .innerJoin('stored_files', 'stored_files.sha256', 'resumes.sha256')
    .selectAll('resumes')
    .select('stored_files.bytes')
    .where('resumes.id', '=', id)
    .executeTakeFirst();
}

export async function findResumeBySha(db: Db, sha256: string) {
  return db.selectFrom('resumes').select(['id']).where('sha256', '=', sha256).executeTakeFirst();
}

export async function getPrimaryResumeRow(db: Db) {
  return db.selectFrom('resumes').selectAll().where('is_primary', '=', 1).executeTakeFirst();
}

export async function insertResume(db: Db, row: Insertable<ResumesTable>): Promise<number> {
  const result = await db.insertInto('resumes').values(row).returning('id').executeTakeFirstOrThrow();
  return result.id;
}

export async function updateResume(db: Db, id: number, patch: Updateable<ResumesTable>): Promise<void> {
  await db.updateTable('resumes').set(patch).where('id', '=', id).execute();
}

/** Makes `id` the only primary resume (the partial unique index enforces one). */
export async function setPrimaryResume(db: Db, id: number): Promise<void> {
  await db.updateTable('resumes').set({ is_primary: 0 }).where('is_primary', '=', 1).execute();
  await db.updateTable('resumes').set({ is_primary: 1 }).where('id', '=', id).execute();
}

export async function deleteResume(db: Db, id: number): Promise<{ sha256: string; wasPrimary: boolean } | undefined> {
  const row = await db.selectFrom('resumes').select(['sha256', 'is_primary']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  await db.deleteFrom('resumes').where('id', '=', id).execute();
  return { sha256: row.sha256, wasPrimary: row.is_primary === 1 };
}

export async function countResumes(db: Db): Promise<number> {
  const row = await db.selectFrom('resumes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countJobs(db: Db): Promise<number> {
  const row = await db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
