import { describe, expect, it } from 'vitest';
import { matchJob } from '../../src-main/core/matching/match';
import { rankJobs, staleJobIds } from '../../src-main/core/matching/rank';
import { getJob, upsertJobs } from '../../src-main/db/repositories/jobs.repository';
import type { Store } from '../../src-main/db/connection';
import type { JobPreferences } from '../../src-preload/contract/match.types';
import type { ResumeAnalysis, ResumeProfile } from '../../src-preload/contract/resume.types';
import { finding, freshStore, makeAnalysis, makeJob, makeProfile } from '../jobs/job-fixtures';

const prefs: JobPreferences = { titles: ['Backend Engineer'], locations: ['Berlin'], remote: ['remote', 'hybrid'], minSalary: 70000, currency: 'EUR' };

function addResume(store: Store, profile: ResumeProfile, analysis: ResumeAnalysis, n = 1): number {
  const sha = String(n).repeat(64).slice(0, 64);
  store.sqlite.prepare(`INSERT INTO stored_files VALUES (?, 1, 'application/pdf', 'r.pdf', 'now')`).run(sha);
  return Number(
    store.sqlite
      .prepare(`INSERT INTO resumes (title, file_name, format, sha256, text, document_json, profile_json, analysis_json, created_at, updated_at)
                VALUES ('r', 'r.pdf', 'pdf', ?, '', '{}', ?, ?, 'now', 'now')`)
      .run(sha, JSON.stringify(profile), JSON.stringify(analysis)).lastInsertRowid,
  );
}

const analysis = makeAnalysis({ skills: [finding('TypeScript', ['work']), finding('Python', ['work']), finding('Kubernetes', ['skills'])] });

function postings() {
  const skills = ['TypeScript', 'Python', 'Kubernetes', 'Go', 'Rust', 'Terraform', 'SQL'];
  return Array.from({ length: 40 }, (_, i) =>
    makeJob({
      title: ['Backend Engineer', 'Senior Data Engineer', 'Nurse', 'Platform Engineer'][i % 4]!,
      company: `Company ${i}`,
      location: ['Berlin', 'Paris', null][i % 3]!,
      remote: (['remote', 'hybrid', 'onsite', null] as const)[i % 4]!,
      seniority: (['junior', 'mid', 'senior', null] as const)[i % 4]!,
      minYearsExperience: i % 5 === 0 ? null : i % 8,
      education: i % 6 === 0 ? { level: 'master', text: 'MSc', required: i % 12 === 0 } : null,
      requiredSkills: skills.slice(i % 5, (i % 5) + 1 + (i % 3)),
      preferredSkills: i % 2 ? [skills[(i + 3) % 7]!] : [],
      salary: i % 3 === 0 ? null : { min: 40000 + i * 1000, max: 60000 + i * 1500, currency: i % 7 === 0 ? 'USD' : 'EUR', period: 'year', text: '' },
      description: `Posting ${i}: services in TypeScript, payment ledgers, data pipelines and on-call. ${'reliability '.repeat(i % 4)}`,
      source: { kind: 'board', name: 'Greenhouse', url: null, externalId: `g${i}` },
    }),
  );
}

describe('rankJobs', () => {
  it('stores the same score matchJob gives, for every posting', async () => {
    const store = await freshStore();
    const resumeId = addResume(store, makeProfile(), analysis);
    const { outcomes } = upsertJobs(store.sqlite, postings());
    const summary = rankJobs(store.sqlite, resumeId, undefined, prefs);
    expect(summary.ranked).toBe(40);
    const stored = new Map(
      (store.sqlite.prepare('SELECT job_id, score, parts_json FROM job_matches WHERE resume_id = ?').all(resumeId) as { job_id: number; score: number; parts_json: string }[]).map(
        (r) => [r.job_id, r],
      ),
    );
    const scores = new Set<number>();
    for (const { id } of outcomes) {
      const job = (await getJob(store.db, id))!.job;
      const expected = matchJob({ profile: makeProfile(), analysis }, job, prefs);
      expect({ id, score: stored.get(id)!.score }).toEqual({ id, score: expected.score });
      const parts = JSON.parse(stored.get(id)!.parts_json) as Record<string, number | null>;
      for (const p of expected.parts) expect(parts[p.id]).toBe(p.earned);
      scores.add(expected.score);
    }
    expect(scores.size).toBeGreaterThan(5);
    await store.close();
  });

  it('recomputes only changed postings, or everything when the resume changes', async () => {
    const store = await freshStore();
    const resumeId = addResume(store, makeProfile(), analysis);
    const jobs = postings();
    const { outcomes } = upsertJobs(store.sqlite, jobs, '2026-11-20T00:00:00.000Z');
    rankJobs(store.sqlite, resumeId, undefined, prefs, '2026-11-20T01:00:00.000Z');
    expect(staleJobIds(store.sqlite, resumeId)).toEqual([]);

    const changed = upsertJobs(store.sqlite, [{ job: { ...jobs[3]!, requiredSkills: ['TypeScript'], preferredSkills: [] } }], '2026-11-21T00:00:00.000Z');
    expect(changed.changedIds).toEqual([outcomes[3]!.id]);
    expect(staleJobIds(store.sqlite, resumeId)).toEqual([outcomes[3]!.id]);
    const before = store.sqlite.prepare('SELECT job_id, score FROM job_matches WHERE job_id = ?').get(outcomes[3]!.id) as { score: number };
    const partial = rankJobs(store.sqlite, resumeId, changed.changedIds, prefs, '2026-11-21T01:00:00.000Z');
    expect(partial.ranked).toBe(1);
    const after = store.sqlite.prepare('SELECT score FROM job_matches WHERE job_id = ?').get(outcomes[3]!.id) as { score: number };
    expect(after.score).not.toBe(before.score);
    const touched = store.sqlite.prepare(`SELECT count(*) FROM job_matches WHERE updated_at = '2026-11-21T01:00:00.000Z'`).pluck().get();
    expect(touched).toBe(1);
    expect(staleJobIds(store.sqlite, resumeId)).toEqual([]);

    // A new primary resume with different skills: rank everything for it.
    const other = addResume(store, makeProfile(), makeAnalysis({ skills: [finding('Rust', ['work'])] }), 2);
    expect(staleJobIds(store.sqlite, other)).toHaveLength(40);
    expect(rankJobs(store.sqlite, other, undefined, prefs).ranked).toBe(40);
    const rustJob = outcomes.find((_, i) => jobs[i]!.requiredSkills.join() === 'Rust')!;
    const mine = store.sqlite.prepare('SELECT resume_id, score FROM job_matches WHERE job_id = ? ORDER BY resume_id').all(rustJob.id) as { score: number }[];
    expect(mine[1]!.score).toBeGreaterThan(mine[0]!.score);
    await store.close();
  });
});
