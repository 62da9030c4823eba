/**
 * Per-connection state of the jobs repository: prepared statements (prepared once, PERFORMANCE.md),
 * the skill-key cache and the cache of search statements.
 */
import type BetterSqlite3 from 'better-sqlite3';

export type Sqlite = BetterSqlite3.Database;

/** Columns every write of a posting sets, in the order `jobRowValues` gives them. */
export const FIELD_COLUMNS = `title, company, location, description, posting_json, status, updated_at, parsed_json, remote,
  employment_type, seniority, min_years, education_level, education_required, salary_min_year, salary_max_year,
  salary_currency, date_posted, location_key, url_key, dedupe_key, content_hash, top_terms, sources_json, index_version`;
export const FIELD_COUNT = 25;
/** Positions in those values that some writers override. */
export const STATUS_FIELD = 5;
export const PARSED_FIELD = 7;
export const TOP_TERMS_FIELD = 22;

/** One posting's row as import inserts it: these columns, then FIELD_COLUMNS. */
export const INSERT_JOB_SQL = `INSERT INTO jobs (source, source_id, url, created_at, ${FIELD_COLUMNS}) VALUES (${Array(4 + FIELD_COUNT).fill('?').join(', ')})`;
export const INSERT_FTS_SQL = 'INSERT INTO jobs_fts (rowid, title, company, description) VALUES (?, ?, ?, ?)';
export const INSERT_SKILL_SQL = 'INSERT OR IGNORE INTO job_skills (job_id, skill_id, kind) VALUES (?, ?, ?)';

export interface Statements {
  insert: BetterSqlite3.Statement;
  update: BetterSqlite3.Statement;
  bySource: BetterSqlite3.Statement;
  byUrl: BetterSqlite3.Statement;
  byDedupe: BetterSqlite3.Statement;
  byId: BetterSqlite3.Statement;
  description: BetterSqlite3.Statement;
  ftsInsert: BetterSqlite3.Statement;
  ftsDelete: BetterSqlite3.Statement;
  skillInsert: BetterSqlite3.Statement;
  skillsDelete: BetterSqlite3.Statement;
  keyInsert: BetterSqlite3.Statement;
  skillJobs: BetterSqlite3.Statement;
  skillJobsKind: BetterSqlite3.Statement;
  textOf: BetterSqlite3.Statement;
  setTopTerms: BetterSqlite3.Statement;
}

interface Connection {
  st: Statements;
  skills: Map<string, number> | null;
  search: Map<string, BetterSqlite3.Statement>;
}

const cache = new WeakMap<Sqlite, Connection>();

export function conn(sqlite: Sqlite): Connection {
  let c = cache.get(sqlite);
  if (!c) {
    const p = (sql: string) => sqlite.prepare(sql);
    const marks = Array(FIELD_COUNT).fill('?').join(', ');
    const st: Statements = {
      insert: p(INSERT_JOB_SQL),
      update: p(`UPDATE jobs SET (${FIELD_COLUMNS}) = (${marks}) WHERE id = ?`),
      bySource: p('SELECT id, dedupe_key, parsed_json, description, sources_json FROM jobs WHERE source = ? AND source_id = ?'),
      byUrl: p('SELECT id FROM jobs WHERE url_key = ? LIMIT 1'),
      // The source test runs on the index (dedupe_key, source, source_id): rows are read only for
      // candidates another source could duplicate.
      byDedupe: p(
        `SELECT id, location_key, length(description) AS length FROM jobs
         WHERE dedupe_key = ? AND NOT (source = ? AND source_id IS NOT NULL AND ?) ORDER BY id DESC LIMIT 20`,
      ),
      byId: p('SELECT * FROM jobs WHERE id = ?'),
      description: p('SELECT description FROM jobs WHERE id = ?'),
      ftsInsert: p(INSERT_FTS_SQL),
      ftsDelete: p('DELETE FROM jobs_fts WHERE rowid = ?'),
      skillInsert: p(INSERT_SKILL_SQL),
      skillsDelete: p('DELETE FROM job_skills WHERE job_id = ?'),
      keyInsert: p('INSERT INTO skill_keys (key, name) VALUES (?, ?)'),
      skillJobs: p('SELECT job_id AS jobId, kind FROM job_skills WHERE skill_id = ?'),
      skillJobsKind: p('SELECT job_id AS jobId, kind FROM job_skills WHERE skill_id = ? AND kind = ?'),
      textOf: p('SELECT title, company, description FROM jobs WHERE id = ?').raw(),
      setTopTerms: p('UPDATE jobs SET top_terms = ? WHERE id = ?'),
    };
    c = { st, skills: null, search: new Map() };
    cache.set(sqlite, c);
  }
  return c;
}

/** skill key → skill_keys.id for every key known to this database. */
export function skillKeyIds(sqlite: Sqlite): Map<string, number> {
  const c = conn(sqlite);
  if (!c.skills) {
    c.skills = new Map();
    for (const r of sqlite.prepare('SELECT id, key FROM skill_keys').raw().iterate() as Iterable<[number, string]>) c.skills.set(r[1], r[0]);
  }
  return c.skills;
}

export function skillIdFor(sqlite: Sqlite, key: string, name: string): number {
  const map = skillKeyIds(sqlite);
  let id = map.get(key);
  if (id === undefined) {
    id = Number(conn(sqlite).st.keyInsert.run(key, name).lastInsertRowid);
    map.set(key, id);
  }
  return id;
}

/** Forgets skill ids minted inside a transaction that rolled back. */
export function forgetSkillIds(sqlite: Sqlite): void {
  conn(sqlite).skills = null;
}
