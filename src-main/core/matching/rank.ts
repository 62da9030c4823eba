/**
 * Ranks postings for a resume and stores the results in job_matches. The resume is reduced to
 * lookup tables once (skill ids, term presence, title targets); each posting is then a walk over
 * typed arrays (PERFORMANCE.md: ≤ 1.5× a plain JS loop). Incremental: pass the ids of postings
 * that changed, or none to recompute everything (when the primary resume or preferences change).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { JobPreferences } from '../../../src-preload/contract/match.types';
import type { ResumeAnalysis, ResumeProfile } from '../../../src-preload/contract/resume.types';
import { fillTopTerms, skillKeyIds } from '../../db/repositories/jobs.repository';
import { buildCorpus, type CompactJob, type JobCorpus } from './corpus';
import { resumeFeatures, type ResumeInput } from './resume-features';
import { bindResume, PART_COUNT, PARTS, scoreJob, type BoundResume } from './score';
import { titleTerms, TOP_TERMS } from './text';

type Sqlite = BetterSqlite3.Database;

/** Scores every posting of the corpus into `scores`; `parts` (n × PART_COUNT) gets earned values. */
export function rankCorpus(bound: BoundResume, corpus: JobCorpus, scores: Uint8Array, parts?: Float32Array): void {
  const earned = new Float64Array(PART_COUNT);
  for (let i = 0; i < corpus.n; i++) {
    scores[i] = scoreJob(bound, corpus, i, earned);
    if (parts) for (let p = 0; p < PART_COUNT; p++) parts[i * PART_COUNT + p] = earned[p]!;
  }
}

const JOB_COLUMNS = `id, title, seniority, min_years, education_level, education_required, remote, location_key,
  coalesce(salary_max_year, salary_min_year), salary_currency, top_terms`;

/**
 * Loads the compact scoring data of all postings, or of `jobIds` only. Top terms that import left
 * for later are computed and stored here, so scores never depend on a background step.
 */
export function loadRankCorpus(sqlite: Sqlite, jobIds?: readonly number[]): JobCorpus {
  const filter = jobIds ? 'WHERE id IN (SELECT value FROM json_each(?))' : '';
  const args = jobIds ? [JSON.stringify(jobIds)] : [];
  const skillRows = sqlite
    .prepare(`SELECT job_id, skill_id, kind FROM job_skills ${jobIds ? 'WHERE job_id IN (SELECT value FROM json_each(?))' : ''} ORDER BY job_id`)
    .raw()
    .all(...args) as [number, number, string][];
  const jobs: CompactJob[] = [];
  const missing: CompactJob[] = [];
  const titles = new Map<string, string[]>();
  let s = 0;
  for (const r of sqlite.prepare(`SELECT ${JOB_COLUMNS} FROM jobs ${filter} ORDER BY id`).raw().iterate(...args) as Iterable<unknown[]>) {
    const id = r[0] as number;
    const required: number[] = [];
    const preferred: number[] = [];
    while (s < skillRows.length && skillRows[s]![0] < id) s++;
    for (; s < skillRows.length && skillRows[s]![0] === id; s++) (skillRows[s]![2] === 'required' ? required : preferred).push(skillRows[s]![1]);
    const terms = r[10] as string;
    const title = r[1] as string;
    let tt = titles.get(title);
    if (!tt) titles.set(title, (tt = titleTerms(title)));
    jobs.push({
      id,
      titleTerms: tt,
      requiredSkills: required,
      preferredSkills: preferred,
      topTerms: terms ? terms.split(' ', TOP_TERMS) : [],
      minYears: r[3] as number | null,
      seniority: r[2] as string | null,
      educationLevel: r[4] as string | null,
      educationRequired: r[5] === 1,
      remote: r[6] as string | null,
      locationKey: r[7] as string | null,
      salaryTop: r[8] as number | null,
      salaryCurrency: r[9] as string | null,
    });
    if (!terms) missing.push(jobs[jobs.length - 1]!);
  }
  if (missing.length) {
    // All of a large share: one scan; otherwise the listed rows by id.
    const terms = fillTopTerms(sqlite, !jobIds && missing.length * 4 > jobs.length ? undefined : missing.map((j) => j.id));
    for (const j of missing) j.topTerms = terms.get(j.id) ?? [];
  }
  return buildCorpus(jobs);
}

export function loadResume(sqlite: Sqlite, resumeId: number): ResumeInput {
  const row = sqlite.prepare('SELECT profile_json, analysis_json FROM resumes WHERE id = ?').get(resumeId) as
    | { profile_json: string; analysis_json: string }
    | undefined;
  if (!row) throw new Error(`No resume ${resumeId}`);
  return { profile: JSON.parse(row.profile_json) as ResumeProfile, analysis: JSON.parse(row.analysis_json) as ResumeAnalysis };
}

/** Binds a resume to a corpus whose skill ids are skill_keys ids of this database. */
export function bindToDatabase(sqlite: Sqlite, resume: ResumeInput, prefs: JobPreferences, corpus: JobCorpus): BoundResume {
  const keys = skillKeyIds(sqlite);
  return bindResume(resumeFeatures(resume, prefs), corpus, (key) => keys.get(key));
}

function partsJson(parts: Float32Array, i: number): string {
  let out = '{';
  for (let p = 0; p < PART_COUNT; p++) {
    const e = parts[i * PART_COUNT + p]!;
    out += `${p ? ',' : ''}"${PARTS[p]!.id}":${e < 0 ? 'null' : Math.round(e * 100) / 100}`;
  }
  return out + '}';
}

export interface RankSummary {
  ranked: number;
  loadMs: number;
  scoreMs: number;
  storeMs: number;
}

/**
 * Recomputes match scores of `resumeId` for `jobIds` (postings that changed) or for every posting
 * (when `jobIds` is undefined), and stores them in job_matches in one transaction.
 */
export function rankJobs(
  sqlite: Sqlite,
  resumeId: number,
  jobIds: readonly number[] | undefined,
  prefs: JobPreferences,
  now: string = new Date().toISOString(),
): RankSummary {
  const t0 = performance.now();
  const resume = loadResume(sqlite, resumeId);
  const corpus = loadRankCorpus(sqlite, jobIds);
  const bound = bindToDatabase(sqlite, resume, prefs, corpus);
  const t1 = performance.now();
  const scores = new Uint8Array(corpus.n);
  const parts = new Float32Array(corpus.n * PART_COUNT);
  rankCorpus(bound, corpus, scores, parts);
  const t2 = performance.now();
  const upsert = sqlite.prepare(
    `INSERT INTO job_matches (resume_id, job_id, score, parts_json, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (resume_id, job_id) DO UPDATE SET score = excluded.score, parts_json = excluded.parts_json, updated_at = excluded.updated_at`,
  );
  sqlite.transaction(() => {
    if (!jobIds) sqlite.prepare('DELETE FROM job_matches WHERE resume_id = ?').run(resumeId);
    for (let i = 0; i < corpus.n; i++) upsert.run(resumeId, corpus.ids[i], scores[i], partsJson(parts, i), now);
  })();
  return { ranked: corpus.n, loadMs: t1 - t0, scoreMs: t2 - t1, storeMs: performance.now() - t2 };
}

/** Postings changed since they were last ranked for `resumeId` (or never ranked). */
export function staleJobIds(sqlite: Sqlite, resumeId: number): number[] {
  return (
    sqlite
      .prepare(
        `SELECT j.id FROM jobs j LEFT JOIN job_matches m ON m.job_id = j.id AND m.resume_id = ?
         WHERE m.job_id IS NULL OR m.updated_at < j.updated_at`,
      )
      .pluck()
      .all(resumeId) as number[]
  );
}
