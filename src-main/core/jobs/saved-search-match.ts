/**
 * Which of a few new postings a saved search would return: the FTS part runs in SQLite on just
 * those rows, the filters run here. Used for alerts after a refresh.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { JobSearchInput } from '../../../src-preload/contract/jobs.contract';
import { ftsQuery } from '../../db/repositories/jobs.repository';

interface Candidate {
  id: number;
  title: string;
  company: string | null;
  location: string | null;
  remote: string | null;
  employment_type: string | null;
  seniority: string | null;
  salary_max_year: number | null;
  salary_min_year: number | null;
  salary_currency: string | null;
  date_posted: string | null;
  source: string;
  status: string;
  score: number | null;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function passesFilters(c: Candidate, q: JobSearchInput, minScore: number | null): boolean {
  if (q.remote?.length && !q.remote.includes(c.remote as never)) return false;
  if (q.location && !fold(c.location ?? '').includes(fold(q.location))) return false;
  if (q.minSalary !== undefined) {
    const top = c.salary_max_year ?? c.salary_min_year;
    if (top === null || top < q.minSalary || (q.currency && c.salary_currency !== q.currency)) return false;
  }
  if (q.seniority?.length && !q.seniority.includes(c.seniority as never)) return false;
  if (q.employmentType?.length && !q.employmentType.includes(c.employment_type as never)) return false;
  if (q.source?.length && !q.source.includes(c.source)) return false;
  if (q.postedFrom && (!c.date_posted || c.date_posted < q.postedFrom)) return false;
  if (q.postedTo && (!c.date_posted || c.date_posted.slice(0, 10) > q.postedTo)) return false;
  if ((q.status ?? ['open']).length && !(q.status ?? ['open']).includes(c.status as never)) return false;
  const floor = Math.max(minScore ?? 0, q.minScore ?? 0);
  if (floor > 0 && (c.score === null || c.score < floor)) return false;
  return true;
}

export function matchSavedSearch(
  sqlite: BetterSqlite3.Database,
  query: JobSearchInput,
  minScore: number | null,
  jobIds: readonly number[],
  resumeId: number | null,
): Candidate[] {
  if (jobIds.length === 0) return [];
  const marks = jobIds.map(() => '?').join(', ');
  let ids = [...jobIds];
  if (query.text?.trim()) {
    const fts = ftsQuery(query.text, query.mode ?? 'all');
    if (!fts) return [];
    ids = (sqlite.prepare(`SELECT rowid AS id FROM jobs_fts WHERE jobs_fts MATCH ? AND rowid IN (${marks})`).all(fts, ...jobIds) as { id: number }[]).map((r) => r.id);
    if (ids.length === 0) return [];
  }
  const rows = sqlite
    .prepare(
      `SELECT j.id, j.title, j.company, j.location, j.remote, j.employment_type, j.seniority, j.salary_max_year, j.salary_min_year,
              j.salary_currency, j.date_posted, j.source, j.status, m.score
       FROM jobs j LEFT JOIN job_matches m ON m.job_id = j.id AND m.resume_id = ?
       WHERE j.id IN (${ids.map(() => '?').join(', ')}) AND j.hidden = 0`,
    )
    .all(resumeId ?? -1, ...ids) as Candidate[];
  return rows.filter((c) => passesFilters(c, query, minScore)).sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
}
