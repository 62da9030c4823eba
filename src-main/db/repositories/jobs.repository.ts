/**
 * Jobs: bulk import with duplicate merging, full-text search with filters, skill lookups, and the
 * person's own state (saved, hidden, applied, notes).
 *
 * Hot paths (import, search, skill lookup) run prepared statements on the raw better-sqlite3
 * handle, synchronously, inside one transaction (PERFORMANCE.md); the small reads and updates use
 * Kysely. Text reaching FTS is normalized in code first: SQLite here has no ICU (STYLE.md).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { EmploymentType, JobSource, ParsedJob, RemoteMode } from '../../../src-preload/contract/job.types';
import type { Seniority } from '../../../src-preload/contract/resume.types';
import { jobIndexFields, type JobIndexFields } from '../../core/matching/job-features';
import { jaccard, normalizeForIndex, normalizeText, shingles, skillKey, words } from '../../core/matching/text';
import type { Database } from '../schema';

type Sqlite = BetterSqlite3.Database;
type Db = Kysely<Database> | Transaction<Database>;

/** Bump when the derived search fields change; `reindexStaleJobs` then rebuilds older rows. */
export const JOB_INDEX_VERSION = 1;
/** Shingle similarity above which two postings with the same title and company are one job. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
/** bm25 column weights (title, company, description); the migration sets the same as FTS5 `rank`. */
const BM25_WEIGHTS = '8.0, 4.0, 1.0';

export interface JobInput {
  job: ParsedJob;
  /** schema.org JobPosting as received (JSON-LD); a minimal one is built from `job` when absent. */
  jsonLd?: unknown;
}

export type UpsertAction = 'inserted' | 'updated' | 'merged' | 'unchanged';

export interface UpsertSummary {
  outcomes: { id: number; action: UpsertAction }[];
  inserted: number;
  updated: number;
  merged: number;
  unchanged: number;
  /** Jobs whose content changed: re-rank these (`rankJobs(db, resumeId, changedIds)`). */
  changedIds: number[];
}

// ---------------------------------------------------------------------------------------------
// Prepared statements and the skill-key cache, per connection.

interface Statements {
  insert: BetterSqlite3.Statement;
  update: BetterSqlite3.Statement;
  bySource: BetterSqlite3.Statement;
  byUrl: BetterSqlite3.Statement;
  byDedupe: BetterSqlite3.Statement;
  description: BetterSqlite3.Statement;
  ftsInsert: BetterSqlite3.Statement;
  ftsDelete: BetterSqlite3.Statement;
  skillInsert: BetterSqlite3.Statement;
  skillsDelete: BetterSqlite3.Statement;
  keyInsert: BetterSqlite3.Statement;
  skillJobs: BetterSqlite3.Statement;
  skillJobsKind: BetterSqlite3.Statement;
}

const FIELD_COLUMNS = `title, company, location, description, posting_json, status, updated_at, parsed_json, remote,
  employment_type, seniority, min_years, education_level, education_required, salary_min_year, salary_max_year,
  salary_currency, date_posted, location_key, url_key, dedupe_key, content_hash, top_terms, sources_json, index_version`;
const FIELD_COUNT = 25;

const cache = new WeakMap<Sqlite, { st: Statements; skills: Map<string, number> | null; search: Map<string, BetterSqlite3.Statement> }>();

function conn(sqlite: Sqlite) {
  let c = cache.get(sqlite);
  if (!c) {
    const p = (sql: string) => sqlite.prepare(sql);
    const marks = Array(FIELD_COUNT).fill('?').join(', ');
    const st: Statements = {
      insert: p(`INSERT INTO jobs (source, source_id, url, created_at, ${FIELD_COLUMNS}) VALUES (?, ?, ?, ?, ${marks})`),
      update: p(`UPDATE jobs SET (${FIELD_COLUMNS}) = (${marks}) WHERE id = ?`),
      bySource: p('SELECT id, content_hash, parsed_json, description, sources_json FROM jobs WHERE source = ? AND source_id = ?'),
      byUrl: p('SELECT id FROM jobs WHERE url_key = ? LIMIT 1'),
      // The source test runs on the index (dedupe_key, source, source_id): rows are read only for
      // candidates another source could duplicate.
      byDedupe: p(
        `SELECT id, location_key, content_hash, length(description) AS length FROM jobs
         WHERE dedupe_key = ? AND NOT (source = ? AND source_id IS NOT NULL AND ?) ORDER BY id DESC LIMIT 20`,
      ),
      description: p('SELECT description FROM jobs WHERE id = ?'),
      ftsInsert: p('INSERT INTO jobs_fts (rowid, title, company, description) VALUES (?, ?, ?, ?)'),
      ftsDelete: p('DELETE FROM jobs_fts WHERE rowid = ?'),
      skillInsert: p('INSERT OR IGNORE INTO job_skills (job_id, skill_id, kind) VALUES (?, ?, ?)'),
      skillsDelete: p('DELETE FROM job_skills WHERE job_id = ?'),
      keyInsert: p('INSERT INTO skill_keys (key, name) VALUES (?, ?)'),
      skillJobs: p('SELECT job_id AS jobId, kind FROM job_skills WHERE skill_id = ?'),
      skillJobsKind: p('SELECT job_id AS jobId, kind FROM job_skills WHERE skill_id = ? AND kind = ?'),
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

function skillIdFor(sqlite: Sqlite, key: string, name: string): number {
  const map = skillKeyIds(sqlite);
  let id = map.get(key);
  if (id === undefined) {
    id = Number(conn(sqlite).st.keyInsert.run(key, name).lastInsertRowid);
    map.set(key, id);
  }
  return id;
}

// ---------------------------------------------------------------------------------------------
// Import

function jsonLdOf(job: ParsedJob): unknown {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    ...(job.company ? { hiringOrganization: { '@type': 'Organization', name: job.company } } : {}),
    ...(job.location ? { jobLocation: { '@type': 'Place', address: job.location } } : {}),
    ...(job.remote === 'remote' ? { jobLocationType: 'TELECOMMUTE' } : {}),
    ...(job.employmentType ? { employmentType: job.employmentType.toUpperCase().replace('-', '_') } : {}),
    ...(job.datePosted ? { datePosted: job.datePosted } : {}),
    ...(job.validThrough ? { validThrough: job.validThrough } : {}),
    ...(job.source?.url ? { url: job.source.url } : {}),
    // The description lives in jobs.description; exports put it back.
  };
}

function parsedJsonOf(job: ParsedJob): string {
  const { description: _description, ...rest } = job;
  return JSON.stringify(rest);
}

function fieldValues(job: ParsedJob, f: JobIndexFields, postingJson: string, parsedJson: string, sourcesJson: string, now: string) {
  const closed = job.validThrough !== null && job.validThrough !== undefined && job.validThrough.slice(0, 10) < now.slice(0, 10);
  return [
    job.title,
    job.company,
    job.location,
    job.description ?? '',
    postingJson,
    closed ? 'closed' : 'open',
    now,
    parsedJson,
    job.remote,
    job.employmentType,
    job.seniority,
    job.minYearsExperience,
    f.educationLevel,
    f.educationRequired ? 1 : 0,
    f.salaryMinYear,
    f.salaryMaxYear,
    f.salaryCurrency,
    job.datePosted,
    f.locationKey,
    f.urlKey,
    f.dedupeKey,
    f.contentHash,
    f.topTerms.join(' '),
    sourcesJson,
    JOB_INDEX_VERSION,
  ];
}

function writeIndex(sqlite: Sqlite, id: number, f: JobIndexFields, replace: boolean): void {
  const { st } = conn(sqlite);
  if (replace) {
    st.ftsDelete.run(id);
    st.skillsDelete.run(id);
  }
  st.ftsInsert.run(id, f.ftsTitle, f.ftsCompany, f.ftsDescription);
  for (const s of f.skills) st.skillInsert.run(id, skillIdFor(sqlite, s.key, s.name), s.kind);
}

interface DedupeCandidate {
  id: number;
  location_key: string | null;
  content_hash: string | null;
  length: number;
}

/** Same URL, or same title + company with (near-)identical text; never two distinct ids of one source. */
function findDuplicate(sqlite: Sqlite, job: ParsedJob, f: JobIndexFields): number | null {
  const { st } = conn(sqlite);
  if (f.urlKey) {
    const hit = st.byUrl.get(f.urlKey) as { id: number } | undefined;
    if (hit) return hit.id;
  }
  const candidates = st.byDedupe.all(f.dedupeKey, job.source.name, job.source.externalId ? 1 : 0) as DedupeCandidate[];
  if (candidates.length === 0) return null;
  let mine: Set<number> | null = null;
  for (const c of candidates) {
    if (c.location_key && f.locationKey && c.location_key !== f.locationKey) continue;
    if (c.content_hash === f.contentHash) return c.id;
    // Jaccard ≥ t needs the shorter text to be at least t of the longer: skip the rest unread.
    const length = f.ftsDescription.length;
    if (Math.min(length, c.length) < NEAR_DUPLICATE_SIMILARITY * Math.max(length, c.length)) continue;
    mine ??= shingles(f.ftsDescription);
    const theirs = (st.description.get(c.id) as { description: string }).description;
    if (jaccard(mine, shingles(normalizeForIndex(theirs))) >= NEAR_DUPLICATE_SIMILARITY) return c.id;
  }
  return null;
}

function sourceRef(s: JobSource): JobSource {
  return { kind: s.kind, name: s.name, url: s.url, externalId: s.externalId, ...(s.attribution ? { attribution: s.attribution } : {}) };
}

/** Keeps what the stored posting has and fills its gaps from the duplicate; the longer text wins. */
function mergeParsed(kept: ParsedJob, other: ParsedJob): ParsedJob {
  const merged: ParsedJob = { ...kept };
  for (const key of Object.keys(other) as (keyof ParsedJob)[]) {
    const mine = merged[key];
    const theirs = other[key];
    if ((mine === null || mine === undefined || (Array.isArray(mine) && mine.length === 0)) && theirs !== null && theirs !== undefined) {
      (merged as unknown as Record<string, unknown>)[key] = theirs;
    }
  }
  if ((other.description ?? '').length > (kept.description ?? '').length) {
    merged.description = other.description;
    merged.descriptionHtml = other.descriptionHtml ?? kept.descriptionHtml;
  }
  merged.source = kept.source;
  return merged;
}

interface StoredRow {
  id: number;
  source: string;
  source_id: string | null;
  url: string | null;
  title: string;
  company: string | null;
  location: string | null;
  description: string;
  parsed_json: string | null;
  posting_json: string;
  sources_json: string;
  status: 'open' | 'closed';
  created_at: string;
  updated_at: string;
}

function storedParsed(row: StoredRow): ParsedJob {
  if (row.parsed_json) return { ...(JSON.parse(row.parsed_json) as Omit<ParsedJob, 'description'>), description: row.description };
  return {
    title: row.title,
    company: row.company,
    location: row.location,
    remote: null,
    employmentType: null,
    seniority: null,
    minYearsExperience: null,
    education: null,
    requiredSkills: [],
    preferredSkills: [],
    requirements: [],
    salary: null,
    benefits: [],
    responsibilities: [],
    description: row.description,
    descriptionHtml: null,
    datePosted: null,
    validThrough: null,
    applyUrl: null,
    source: { kind: 'file', name: row.source, url: row.url, externalId: row.source_id },
  };
}

/** Returns whether anything was written and whether the posting's content changed. */
function mergeInto(sqlite: Sqlite, id: number, input: JobInput, now: string): { touched: boolean; changed: boolean } {
  const row = sqlite.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as StoredRow;
  const kept = storedParsed(row);
  const merged = mergeParsed(kept, input.job);
  const sources = JSON.parse(row.sources_json) as JobSource[];
  const incoming = sourceRef(input.job.source);
  const known = [kept.source, ...sources].some((s) => s.name === incoming.name && (s.url ?? '') === (incoming.url ?? '') && s.externalId === incoming.externalId);
  if (!known) sources.push(incoming);
  const parsedJson = parsedJsonOf(merged);
  const changed = parsedJson !== row.parsed_json || merged.description !== row.description;
  if (!changed && known) return { touched: false, changed: false };
  const f = jobIndexFields(merged);
  const values = fieldValues(merged, f, row.posting_json, parsedJson, JSON.stringify(sources), changed ? now : row.updated_at);
  values[5] = row.status;
  conn(sqlite).st.update.run(...values, id);
  if (changed) writeIndex(sqlite, id, f, true);
  return { touched: true, changed };
}

/**
 * Inserts or updates postings in ONE transaction. A posting already stored under the same
 * source + external id is updated in place (or left alone when nothing changed); otherwise one
 * with the same URL, or the same title and company with (near-)identical text, absorbs it.
 */
export function upsertJobs(sqlite: Sqlite, inputs: readonly (JobInput | ParsedJob)[], now: string = new Date().toISOString()): UpsertSummary {
  const summary: UpsertSummary = { outcomes: [], inserted: 0, updated: 0, merged: 0, unchanged: 0, changedIds: [] };
  const { st } = conn(sqlite);
  const run = sqlite.transaction(() => {
    for (const raw of inputs) {
      const input: JobInput = 'job' in raw ? raw : { job: raw };
      const job = input.job;
      const f = jobIndexFields(job);
      const parsedJson = parsedJsonOf(job);
      let action: UpsertAction;
      let id: number;
      let changed = true;
      const same = job.source.externalId
        ? (st.bySource.get(job.source.name, job.source.externalId) as
            | { id: number; content_hash: string; parsed_json: string | null; description: string; sources_json: string }
            | undefined)
        : undefined;
      if (same) {
        id = same.id;
        if (same.content_hash === f.contentHash && same.parsed_json === parsedJson) action = 'unchanged';
        else {
          const posting = JSON.stringify(input.jsonLd ?? jsonLdOf(job));
          st.update.run(...fieldValues(job, f, posting, parsedJson, same.sources_json, now), id);
          writeIndex(sqlite, id, f, true);
          action = 'updated';
        }
      } else {
        const dup = findDuplicate(sqlite, job, f);
        if (dup !== null) {
          id = dup;
          const merge = mergeInto(sqlite, dup, input, now);
          action = merge.touched ? 'merged' : 'unchanged';
          changed = merge.changed;
        } else {
          const posting = JSON.stringify(input.jsonLd ?? jsonLdOf(job));
          const values = fieldValues(job, f, posting, parsedJson, '[]', now);
          id = Number(st.insert.run(job.source.name, job.source.externalId, job.source.url ?? job.applyUrl, now, ...values).lastInsertRowid);
          writeIndex(sqlite, id, f, false);
          action = 'inserted';
        }
      }
      summary.outcomes.push({ id, action });
      summary[action]++;
      if (action !== 'unchanged' && changed) summary.changedIds.push(id);
    }
  });
  try {
    run();
  } catch (error) {
    // Skill ids minted inside the rolled-back transaction no longer exist.
    conn(sqlite).skills = null;
    throw error;
  }
  summary.changedIds = [...new Set(summary.changedIds)];
  return summary;
}

/** Re-derives search fields, FTS rows and skills for rows indexed by an older version (or never). */
export function reindexStaleJobs(sqlite: Sqlite, batchSize = 2000): number {
  const select = sqlite.prepare('SELECT * FROM jobs WHERE index_version < ? LIMIT ?');
  let total = 0;
  for (;;) {
    const rows = select.all(JOB_INDEX_VERSION, batchSize) as StoredRow[];
    if (rows.length === 0) return total;
    sqlite.transaction(() => {
      for (const row of rows) {
        const job = storedParsed(row);
        const f = jobIndexFields(job);
        const values = fieldValues(job, f, row.posting_json, row.parsed_json ?? parsedJsonOf(job), row.sources_json, row.updated_at);
        values[5] = row.status; // keep the stored lifecycle and "not parsed yet"
        if (!row.parsed_json) values[7] = null;
        conn(sqlite).st.update.run(...values, row.id);
        writeIndex(sqlite, row.id, f, true);
      }
    })();
    total += rows.length;
  }
}

/** Deletes postings with their index rows (job_skills and job_matches cascade). */
export function deleteJobs(sqlite: Sqlite, ids: readonly number[]): number {
  const { st } = conn(sqlite);
  const del = sqlite.prepare('DELETE FROM jobs WHERE id = ?');
  let n = 0;
  sqlite.transaction(() => {
    for (const id of ids) {
      st.ftsDelete.run(id);
      n += del.run(id).changes;
    }
  })();
  return n;
}

// ---------------------------------------------------------------------------------------------
// Search

export type JobSort = 'relevance' | 'score' | 'date' | 'salary';

export interface JobSearchQuery {
  /** Words are ANDed (mode 'all', default) or ORed; "quoted phrases", -excluded words, prefix*. */
  text?: string;
  mode?: 'all' | 'any';
  remote?: RemoteMode[];
  /** Substring of the location, accent- and case-insensitive. */
  location?: string;
  /** Yearly salary floor: the top of the posted range must reach it. */
  minSalary?: number;
  /** Currency of `minSalary`; postings in other currencies are left out when given. */
  currency?: string;
  seniority?: Seniority[];
  employmentType?: EmploymentType[];
  source?: string[];
  /** ISO dates, inclusive, on the posting date. */
  postedFrom?: string;
  postedTo?: string;
  status?: ('open' | 'closed')[];
  saved?: boolean;
  applied?: boolean;
  /** Hidden postings are left out unless true (then only hidden ones are returned). */
  hidden?: boolean;
  /** Whose match scores to return, sort by and filter on. */
  resumeId?: number;
  minScore?: number;
  sort?: JobSort;
  limit?: number;
  offset?: number;
}

export interface JobSearchHit {
  id: number;
  title: string;
  company: string | null;
  location: string | null;
  remote: RemoteMode | null;
  employmentType: string | null;
  seniority: string | null;
  salaryMinYear: number | null;
  salaryMaxYear: number | null;
  salaryCurrency: string | null;
  datePosted: string | null;
  source: string;
  url: string | null;
  status: 'open' | 'closed';
  saved: boolean;
  hidden: boolean;
  appliedAt: string | null;
  /** Match score for `resumeId`, null when not ranked (or no resume given). */
  score: number | null;
  /** bm25 rank (lower is better), null without a text query. */
  relevance: number | null;
}

export interface JobSearchPage {
  hits: JobSearchHit[];
  hasMore: boolean;
}

function phrase(raw: string): string | null {
  const w = words(raw);
  return w.length ? `"${w.join(' ')}"` : null;
}

/** Builds an FTS5 query from what the person typed; every token is quoted, so no syntax leaks. */
export function ftsQuery(text: string, mode: 'all' | 'any' = 'all'): string | null {
  const normalized = normalizeForIndex(text);
  const positive: string[] = [];
  const negative: string[] = [];
  for (const m of normalized.matchAll(/(-?)"([^"]*)"|(-?)([^\s"]+)/g)) {
    const neg = (m[1] ?? m[3]) === '-';
    const body = m[2] ?? m[4] ?? '';
    const p = phrase(body);
    if (!p) continue;
    const term = m[4] !== undefined && body.endsWith('*') && !p.includes(' ') ? `${p}*` : p;
    (neg ? negative : positive).push(term);
  }
  if (positive.length === 0) return null;
  const core = positive.join(mode === 'any' ? ' OR ' : ' AND ');
  return negative.length ? `(${core}) NOT ${negative.join(' NOT ')}` : core;
}

const HIT_COLUMNS = `j.id, j.title, j.company, j.location, j.remote, j.employment_type, j.seniority, j.salary_min_year,
  j.salary_max_year, j.salary_currency, j.date_posted, j.source, j.url, j.status, j.saved, j.hidden, j.applied_at`;

function inList(values: readonly unknown[], params: unknown[]): string {
  params.push(...values);
  return `(${values.map(() => '?').join(', ')})`;
}

export function searchJobs(sqlite: Sqlite, q: JobSearchQuery): JobSearchPage {
  const params: unknown[] = [];
  const where: string[] = [];
  const match = q.text ? ftsQuery(q.text, q.mode) : null;
  const scored = q.resumeId !== undefined;
  let from = match ? 'jobs_fts f JOIN jobs j ON j.id = f.rowid' : 'jobs j';
  if (scored) {
    from += ` ${q.minScore !== undefined ? 'JOIN' : 'LEFT JOIN'} job_matches m ON m.job_id = j.id AND m.resume_id = ?`;
  }
  if (match) where.push('jobs_fts MATCH ?');
  if (q.remote?.length) where.push(`j.remote IN ${inList(q.remote, params)}`);
  if (q.location?.trim()) {
    where.push(`j.location_key LIKE ? ESCAPE '\\'`);
    params.push(`%${normalizeText(q.location.trim()).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (q.minSalary !== undefined) {
    where.push('coalesce(j.salary_max_year, j.salary_min_year) >= ?');
    params.push(q.minSalary);
    if (q.currency) {
      where.push('j.salary_currency = ?');
      params.push(q.currency.toUpperCase());
    }
  }
  if (q.seniority?.length) where.push(`j.seniority IN ${inList(q.seniority, params)}`);
  if (q.employmentType?.length) where.push(`j.employment_type IN ${inList(q.employmentType, params)}`);
  if (q.source?.length) where.push(`j.source IN ${inList(q.source, params)}`);
  if (q.postedFrom) {
    where.push('j.date_posted >= ?');
    params.push(q.postedFrom.slice(0, 10));
  }
  if (q.postedTo) {
    where.push('substr(j.date_posted, 1, 10) <= ?');
    params.push(q.postedTo.slice(0, 10));
  }
  if (q.status?.length) where.push(`j.status IN ${inList(q.status, params)}`);
  if (q.saved !== undefined) where.push(`j.saved = ${q.saved ? 1 : 0}`);
  if (q.applied !== undefined) where.push(`j.applied_at IS ${q.applied ? 'NOT ' : ''}NULL`);
  where.push(`j.hidden = ${q.hidden ? 1 : 0}`);
  if (scored && q.minScore !== undefined) {
    where.push('m.score >= ?');
    params.push(q.minScore);
  }
  const sort = q.sort ?? (match ? 'relevance' : 'date');
  const limit = Math.max(1, Math.min(q.limit ?? 50, 500));
  const offset = Math.max(0, q.offset ?? 0);
  const select = `SELECT ${HIT_COLUMNS}, ${scored ? 'm.score' : 'NULL'} AS score, ${match ? 'f.rank' : 'NULL'} AS relevance`;
  if (match && sort === 'relevance') {
    const head = scored ? [match, q.resumeId] : [match];
    const fast = relevanceFastPath(sqlite, { select, from, where, params: [...head, ...params], match, limit, offset, selective: where.length > 2 });
    if (fast) return fast;
  }
  const head = [...(scored ? [q.resumeId] : []), ...(match ? [match] : [])];
  const order =
    sort === 'relevance' && match
      ? 'f.rank'
      : sort === 'score' && scored
        ? 'm.score DESC, j.id DESC'
        : sort === 'salary'
          ? 'coalesce(j.salary_max_year, j.salary_min_year) DESC NULLS LAST, j.id DESC'
          : 'j.date_posted DESC';
  const sql = `${select} FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ? OFFSET ?`;
  const rows = statement(sqlite, sql).raw().all(...head, ...params, limit + 1, offset) as unknown[][];
  return page(rows, limit);
}

function page(rows: unknown[][], limit: number): JobSearchPage {
  const hasMore = rows.length > limit;
  if (hasMore) rows.pop();
  return { hits: rows.map(toHit), hasMore };
}

/**
 * `params`: the MATCH text, the resume id when scored, then the filter values.
 * Relevance order: rank the top matches in FTS alone (bm25 with a LIMIT, as the bare query does:
 * FTS5's own ORDER BY rank sorts every match and is ~40% slower), then join and filter only
 * those. When filters leave too few and the top list was cut short, the exact join runs instead.
 */
function relevanceFastPath(
  sqlite: Sqlite,
  a: { select: string; from: string; where: string[]; params: unknown[]; match: string; limit: number; offset: number; selective: boolean },
): JobSearchPage | null {
  const need = a.offset + a.limit + 1;
  const top = a.selective ? Math.max(200, need * 4) : need + 16;
  const from = a.from.replace('jobs_fts f JOIN jobs j ON j.id = f.rowid', `(SELECT rowid, bm25(jobs_fts, ${BM25_WEIGHTS}) AS rank FROM jobs_fts WHERE jobs_fts MATCH ? ORDER BY rank LIMIT ${top}) f JOIN jobs j ON j.id = f.rowid`);
  const where = a.where.filter((w) => w !== 'jobs_fts MATCH ?');
  const sql = `${a.select} FROM ${from} WHERE ${where.join(' AND ')} ORDER BY f.rank LIMIT ? OFFSET ?`;
  const rows = statement(sqlite, sql).raw().all(...a.params, a.limit + 1, a.offset) as unknown[][];
  if (rows.length > a.limit) return page(rows, a.limit);
  const matches = statement(sqlite, `SELECT count(*) FROM (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH ? LIMIT ${top + 1})`).pluck().get(a.match) as number;
  return matches <= top ? page(rows, a.limit) : null;
}

function statement(sqlite: Sqlite, sql: string): BetterSqlite3.Statement {
  const { search } = conn(sqlite);
  let s = search.get(sql);
  if (!s) {
    if (search.size > 200) search.clear();
    s = sqlite.prepare(sql);
    search.set(sql, s);
  }
  return s;
}

function toHit(r: unknown[]): JobSearchHit {
  return {
    id: r[0] as number,
    title: r[1] as string,
    company: r[2] as string | null,
    location: r[3] as string | null,
    remote: r[4] as RemoteMode | null,
    employmentType: r[5] as string | null,
    seniority: r[6] as string | null,
    salaryMinYear: r[7] as number | null,
    salaryMaxYear: r[8] as number | null,
    salaryCurrency: r[9] as string | null,
    datePosted: r[10] as string | null,
    source: r[11] as string,
    url: r[12] as string | null,
    status: r[13] as 'open' | 'closed',
    saved: r[14] === 1,
    hidden: r[15] === 1,
    appliedAt: r[16] as string | null,
    score: r[17] as number | null,
    relevance: r[18] as number | null,
  };
}

/** Jobs that list a skill (taxonomy id or skill name), through the skill_id index. */
export function jobsWithSkill(
  sqlite: Sqlite,
  skill: string,
  kind?: 'required' | 'preferred',
): { jobId: number; kind: 'required' | 'preferred' }[] {
  const map = skillKeyIds(sqlite);
  const id = map.get(skill) ?? map.get(skillKey(skill));
  if (id === undefined) return [];
  const { st } = conn(sqlite);
  return (kind ? st.skillJobsKind.all(id, kind) : st.skillJobs.all(id)) as { jobId: number; kind: 'required' | 'preferred' }[];
}

// ---------------------------------------------------------------------------------------------
// One job and the person's state

export interface JobRecord {
  id: number;
  job: ParsedJob;
  status: 'open' | 'closed';
  saved: boolean;
  hidden: boolean;
  appliedAt: string | null;
  notes: string;
  /** Other sources the same posting was seen at (merged duplicates). */
  alsoSeenAt: JobSource[];
  createdAt: string;
  updatedAt: string;
}

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

export interface JobCounts {
  total: number;
  open: number;
  closed: number;
  saved: number;
  applied: number;
  hidden: number;
}

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
