/**
 * Full-text job search with filters and sorts, and "jobs with skill X". Hot paths: prepared (and
 * cached) statements on the raw handle; the text reaching FTS is normalized in code first (no ICU
 * here: STYLE.md).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { EmploymentType, RemoteMode } from '../../../../src-preload/contract/job.types';
import type { Seniority } from '../../../../src-preload/contract/resume.types';
import { normalizeForIndex, normalizeText, skillKey, words } from '../../../core/matching/text';
import type { JobSearchHit, JobSearchPage } from '../../../../src-preload/contract/jobs.contract';
import { conn, skillKeyIds, type Sqlite } from './connection';

/** bm25 column weights (title, company, description); the migration sets the same as FTS5 `rank`. */
const BM25_WEIGHTS = '8.0, 4.0, 1.0';

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

/** Hits and pages are what the renderer gets (jobs.contract.ts); one definition for both sides. */
export type { JobSearchHit, JobSearchPage } from '../../../../src-preload/contract/jobs.contract';

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
  // Two steps: order and cut the page on the narrow columns first, then read the display columns
  // of that page only. Sorting every match together with its display columns reads whole rows,
  // description overflow pages included (status, the person's marks and the search fields sit
  // after the description in the record): ~4× slower for "best matches" at 10k postings.
  const sql = `SELECT j.id, ${scored ? 'm.score' : 'NULL'}, ${match ? 'f.rank' : 'NULL'} FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ? OFFSET ?`;
  const keys = statement(sqlite, sql).raw().all(...head, ...params, limit + 1, offset) as [number, unknown, unknown][];
  return page(hitRows(sqlite, keys), limit);
}

/** The display columns of the given jobs, in the given order, each followed by its score and relevance. */
function hitRows(sqlite: Sqlite, keys: [number, unknown, unknown][]): unknown[][] {
  if (keys.length === 0) return [];
  const select = statement(sqlite, `SELECT ${HIT_COLUMNS} FROM jobs j WHERE j.id IN (SELECT value FROM json_each(?))`);
  const byId = new Map((select.raw().all(JSON.stringify(keys.map((k) => k[0]))) as unknown[][]).map((r) => [r[0] as number, r]));
  return keys.flatMap(([id, score, relevance]) => {
    const row = byId.get(id);
    return row ? [[...row, score, relevance]] : [];
  });
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
