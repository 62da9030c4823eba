import { describe, expect, it } from 'vitest';
import {
  ftsQuery, getJob, jobCounts, jobsWithSkill, searchJobs, setJobFlags, setJobNotes, setJobStatus, upsertJobs,
} from '../../src-main/db/repositories/jobs.repository';
import { freshStore, makeJob } from './job-fixtures';

const gh = (externalId: string, url: string | null = null) => ({ kind: 'board' as const, name: 'Greenhouse', url, externalId });

function seed() {
  return [
    makeJob({
      title: 'Senior Data Engineer',
      company: 'Acme',
      location: 'Berlin, Germany',
      remote: 'hybrid',
      employmentType: 'full-time',
      seniority: 'senior',
      salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year', text: '' },
      datePosted: '2026-11-10',
      description: 'Build Spark pipelines in Python. Kafka streaming and Airflow orchestration.',
      requiredSkills: ['Python', 'Spark'],
      preferredSkills: ['Kafka'],
      source: gh('1'),
    }),
    makeJob({
      title: 'Frontend Developer',
      company: 'Globex',
      location: 'Remote - Europe',
      remote: 'remote',
      employmentType: 'contract',
      seniority: 'mid',
      salary: { min: 50, max: 60, currency: 'EUR', period: 'hour', text: '' },
      datePosted: '2026-11-15',
      description: 'React and TypeScript for our design system. Some Python scripting.',
      requiredSkills: ['React', 'TypeScript'],
      source: gh('2'),
    }),
    makeJob({
      title: 'Café Manager',
      company: 'Crème Brûlée Ltd',
      location: 'Zürich',
      remote: 'onsite',
      employmentType: 'full-time',
      seniority: 'lead',
      datePosted: '2026-10-01',
      description: 'Run the café. Résumé required. Coffee, staff rotas and stock.',
      source: { kind: 'paste', name: 'Pasted', url: null, externalId: null },
    }),
    makeJob({
      title: 'C++ Engineer',
      company: 'Initech',
      location: 'Munich',
      remote: 'onsite',
      seniority: 'mid',
      salary: { min: 65000, max: null, currency: 'EUR', period: 'year', text: '' },
      datePosted: '2026-11-01',
      description: 'Low latency C++ and C# tooling; some .NET services. Python is a plus.',
      requiredSkills: ['C++'],
      preferredSkills: ['Python'],
      source: gh('4'),
    }),
  ];
}

describe('jobs repository: import and search', () => {
  it('imports in one call with FTS, skills and normalized fields', async () => {
    const store = await freshStore();
    const result = upsertJobs(store.sqlite, seed(), '2026-11-20T00:00:00.000Z');
    expect(result).toMatchObject({ inserted: 4, updated: 0, merged: 0, unchanged: 0 });
    expect(result.changedIds).toHaveLength(4);
    const row = store.sqlite.prepare(`SELECT salary_min_year, salary_max_year, salary_currency, status FROM jobs WHERE title = 'Frontend Developer'`).get();
    expect(row).toEqual({ salary_min_year: 50 * 2087, salary_max_year: 60 * 2087, salary_currency: 'EUR', status: 'open' });
    const detail = await getJob(store.db, result.outcomes[0]!.id);
    expect(detail?.job.description).toMatch(/Spark pipelines/);
    expect(detail?.job.requiredSkills).toEqual(['Python', 'Spark']);
    await store.close();
  });

  it('finds words regardless of accents and case, and keeps C++ / C# / .NET apart', async () => {
    const store = await freshStore();
    upsertJobs(store.sqlite, seed());
    const titles = (text: string, extra = {}) => searchJobs(store.sqlite, { text, ...extra }).hits.map((h) => h.title);
    expect(titles('CAFE')).toEqual(['Café Manager']);
    expect(titles('résumé')).toEqual(['Café Manager']);
    expect(titles('creme brulee')).toEqual(['Café Manager']);
    expect(titles('c++')).toEqual(['C++ Engineer']);
    expect(titles('C#')).toEqual(['C++ Engineer']);
    expect(titles('.net')).toEqual(['C++ Engineer']);
    expect(titles('c')).toEqual([]);
    expect(titles('python').sort()).toEqual(['C++ Engineer', 'Frontend Developer', 'Senior Data Engineer']);
    // Title matches outrank description matches (bm25 column weights).
    expect(titles('engineer')[0]).toMatch(/Engineer/);
    expect(titles('python spark')).toEqual(['Senior Data Engineer']);
    expect(titles('spark react', { mode: 'any' }).sort()).toEqual(['Frontend Developer', 'Senior Data Engineer']);
    expect(titles('python -react').sort()).toEqual(['C++ Engineer', 'Senior Data Engineer']);
    expect(titles('"spark pipelines"')).toEqual(['Senior Data Engineer']);
    expect(titles('"pipelines spark"')).toEqual([]);
    expect(titles('orchestr*')).toEqual(['Senior Data Engineer']);
    expect(titles('" OR NEAR(')).toEqual([]);
    await store.close();
  });

  it('filters by remote, location, salary, seniority, type, source, dates and status', async () => {
    const store = await freshStore();
    const { outcomes } = upsertJobs(store.sqlite, seed());
    const titles = (q: Parameters<typeof searchJobs>[1]) => searchJobs(store.sqlite, q).hits.map((h) => h.title).sort();
    expect(titles({ remote: ['remote'] })).toEqual(['Frontend Developer']);
    expect(titles({ remote: ['onsite', 'hybrid'], text: 'python' })).toEqual(['C++ Engineer', 'Senior Data Engineer']);
    expect(titles({ location: 'ZURICH' })).toEqual(['Café Manager']);
    expect(titles({ location: 'europe' })).toEqual(['Frontend Developer']);
    expect(titles({ location: '%' })).toEqual([]);
    expect(titles({ minSalary: 80000 })).toEqual(['Frontend Developer', 'Senior Data Engineer']);
    expect(titles({ minSalary: 60000, currency: 'usd' })).toEqual([]);
    expect(titles({ seniority: ['mid'] })).toEqual(['C++ Engineer', 'Frontend Developer']);
    expect(titles({ employmentType: ['contract'] })).toEqual(['Frontend Developer']);
    expect(titles({ source: ['Pasted'] })).toEqual(['Café Manager']);
    expect(titles({ postedFrom: '2026-11-01', postedTo: '2026-11-10' })).toEqual(['C++ Engineer', 'Senior Data Engineer']);
    await setJobStatus(store.db, outcomes[0]!.id, 'closed');
    expect(titles({ status: ['closed'] })).toEqual(['Senior Data Engineer']);
    await setJobFlags(store.db, outcomes[1]!.id, { hidden: true });
    expect(titles({ text: 'python' })).toEqual(['C++ Engineer', 'Senior Data Engineer']);
    expect(titles({ hidden: true })).toEqual(['Frontend Developer']);
    await setJobFlags(store.db, outcomes[2]!.id, { saved: true, applied: '2026-11-21' });
    expect(titles({ saved: true })).toEqual(['Café Manager']);
    expect(titles({ applied: true })).toEqual(['Café Manager']);
    expect(titles({ applied: false })).toEqual(['C++ Engineer', 'Senior Data Engineer']);
    await setJobNotes(store.db, outcomes[2]!.id, 'Call on Monday');
    const detail = await getJob(store.db, outcomes[2]!.id);
    expect(detail).toMatchObject({ notes: 'Call on Monday', saved: true, appliedAt: '2026-11-21', status: 'open' });
    expect(await jobCounts(store.db)).toEqual({ total: 4, open: 3, closed: 1, saved: 1, applied: 1, hidden: 1 });
    await store.close();
  });

  it('sorts by date, salary, relevance and match score, and pages', async () => {
    const store = await freshStore();
    const { outcomes } = upsertJobs(store.sqlite, seed());
    const titles = (q: Parameters<typeof searchJobs>[1]) => searchJobs(store.sqlite, q).hits.map((h) => h.title);
    expect(titles({ sort: 'date' })).toEqual(['Frontend Developer', 'Senior Data Engineer', 'C++ Engineer', 'Café Manager']);
    expect(titles({ sort: 'salary' })).toEqual(['Frontend Developer', 'Senior Data Engineer', 'C++ Engineer', 'Café Manager']);
    const page1 = searchJobs(store.sqlite, { sort: 'date', limit: 3 });
    const page2 = searchJobs(store.sqlite, { sort: 'date', limit: 3, offset: 3 });
    expect([page1.hasMore, page1.hits.length, page2.hasMore, page2.hits.length]).toEqual([true, 3, false, 1]);
    const rel = searchJobs(store.sqlite, { text: 'python' }).hits;
    expect(rel.every((h) => typeof h.relevance === 'number')).toBe(true);
    expect(rel.map((h) => h.relevance!)).toEqual([...rel.map((h) => h.relevance!)].sort((a, b) => a - b));

    store.sqlite.prepare(`INSERT INTO stored_files VALUES (?, 1, 'application/pdf', 'r.pdf', 'now')`).run('a'.repeat(64));
    const resumeId = Number(
      store.sqlite
        .prepare(`INSERT INTO resumes (title, file_name, format, sha256, text, document_json, profile_json, analysis_json, created_at, updated_at)
                  VALUES ('r', 'r.pdf', 'pdf', ?, '', '{}', '{}', '{}', 'now', 'now')`)
        .run('a'.repeat(64)).lastInsertRowid,
    );
    const put = store.sqlite.prepare(`INSERT INTO job_matches VALUES (?, ?, ?, '{}', 'now')`);
    put.run(resumeId, outcomes[3]!.id, 90);
    put.run(resumeId, outcomes[0]!.id, 70);
    put.run(resumeId, outcomes[1]!.id, 20);
    expect(titles({ resumeId, sort: 'score' })).toEqual(['C++ Engineer', 'Senior Data Engineer', 'Frontend Developer', 'Café Manager']);
    expect(titles({ resumeId, minScore: 50, sort: 'score' })).toEqual(['C++ Engineer', 'Senior Data Engineer']);
    expect(searchJobs(store.sqlite, { resumeId, text: 'python', minScore: 50 }).hits.map((h) => h.score).sort()).toEqual([70, 90]);
    await store.close();
  });

  it('finds filtered matches ranked below the first few hundred (exact fallback)', async () => {
    const store = await freshStore();
    const many = Array.from({ length: 300 }, (_, i) =>
      makeJob({ title: `Python Developer ${i}`, description: 'Python python python services.', remote: 'onsite', source: gh(`p${i}`) }),
    );
    many.push(makeJob({ title: 'Gardener', description: 'Some python scripting now and then, mostly plants and soil and weather.', remote: 'remote', source: gh('last') }));
    upsertJobs(store.sqlite, many);
    const hits = searchJobs(store.sqlite, { text: 'python', remote: ['remote'] }).hits;
    expect(hits.map((h) => h.title)).toEqual(['Gardener']);
    const all = searchJobs(store.sqlite, { text: 'python', limit: 500 });
    expect([all.hits.length, all.hasMore, all.hits.at(-1)?.title]).toEqual([301, false, 'Gardener']);
    const second = searchJobs(store.sqlite, { text: 'python', limit: 100, offset: 250 });
    expect([second.hits.length, second.hasMore]).toEqual([51, false]);
    await store.close();
  });

  it('looks up jobs by skill through job_skills', async () => {
    const store = await freshStore();
    const { outcomes } = upsertJobs(store.sqlite, seed());
    const ids = (skill: string, kind?: 'required' | 'preferred') => jobsWithSkill(store.sqlite, skill, kind).map((r) => r.jobId).sort();
    expect(ids('python')).toEqual([outcomes[0]!.id, outcomes[3]!.id].sort());
    expect(ids('Python', 'preferred')).toEqual([outcomes[3]!.id]);
    expect(ids('c++')).toEqual([outcomes[3]!.id]);
    expect(ids('cobol')).toEqual([]);
    // Requirements resolved to taxonomy ids are stored under the id.
    upsertJobs(store.sqlite, [
      makeJob({
        requiredSkills: ['K8s'],
        requirements: [{ text: 'K8s', skillId: 'kubernetes', skillName: 'Kubernetes', kind: 'required', sentence: 'K8s daily.' }],
      }),
    ]);
    expect(jobsWithSkill(store.sqlite, 'kubernetes')).toHaveLength(1);
    await store.close();
  });
});

describe('jobs repository: duplicates', () => {
  it('updates in place on the same source id, and leaves unchanged postings alone', async () => {
    const store = await freshStore();
    const first = upsertJobs(store.sqlite, [makeJob({ description: 'Old text about Rust.', requiredSkills: ['Rust'], source: gh('9') })]);
    const again = upsertJobs(store.sqlite, [makeJob({ description: 'Old text about Rust.', requiredSkills: ['Rust'], source: gh('9') })]);
    expect(again).toMatchObject({ unchanged: 1, changedIds: [] });
    const changed = upsertJobs(store.sqlite, [makeJob({ description: 'New text about Go.', requiredSkills: ['Go'], source: gh('9') })]);
    expect(changed).toMatchObject({ updated: 1, changedIds: [first.outcomes[0]!.id] });
    expect(searchJobs(store.sqlite, { text: 'rust' }).hits).toEqual([]);
    expect(searchJobs(store.sqlite, { text: 'go' }).hits).toHaveLength(1);
    expect(jobsWithSkill(store.sqlite, 'rust')).toEqual([]);
    expect(jobsWithSkill(store.sqlite, 'go')).toHaveLength(1);
    await store.close();
  });

  it('merges the same URL and near-identical text from another source, keeping both sources', async () => {
    const store = await freshStore();
    const text =
      'We are hiring a platform engineer to run Kubernetes clusters, build Terraform modules, own CI pipelines, ' +
      'mentor engineers, and improve reliability across our payment systems in three regions with on-call duties. ' +
      'You will partner with product teams on capacity planning, write design documents, review code, automate ' +
      'incident response, and help us migrate legacy services to containers while keeping costs predictable.';
    const a = upsertJobs(store.sqlite, [
      makeJob({ title: 'Sr. Platform Engineer', company: 'Acme Inc', description: text, source: gh('77', 'https://boards.greenhouse.io/acme/jobs/77?gh_src=abc') }),
    ]);
    const id = a.outcomes[0]!.id;
    const b = upsertJobs(store.sqlite, [
      makeJob({
        title: 'Senior Platform Engineer',
        company: 'ACME',
        description: text.replace('three regions', '3 regions') + ' Salary listed.',
        salary: { min: 100000, max: 120000, currency: 'USD', period: 'year', text: '' },
        source: { kind: 'aggregator', name: 'Remotive', url: 'https://remotive.com/x/1', externalId: 'r1' },
      }),
      makeJob({ title: 'Platform Engineer', company: 'Acme', description: 'Totally different posting about databases.', source: gh('78') }),
      makeJob({ title: 'Sr Platform Engineer', company: 'Acme', description: text, source: { kind: 'url', name: 'JSON-LD', url: 'http://www.boards.greenhouse.io/acme/jobs/77/', externalId: null } }),
    ]);
    expect(b.outcomes.map((o) => o.action)).toEqual(['merged', 'inserted', 'merged']);
    expect(b.outcomes[0]!.id).toBe(id);
    expect(b.outcomes[2]!.id).toBe(id);
    const merged = await getJob(store.db, id);
    expect(merged?.job.salary?.max).toBe(120000);
    expect(merged?.alsoSeenAt.map((s) => s.name)).toEqual(['Remotive', 'JSON-LD']);
    expect(searchJobs(store.sqlite, { minSalary: 110000 }).hits.map((h) => h.id)).toEqual([id]);
    // Distinct ids from the same source are distinct jobs, however alike.
    const c = upsertJobs(store.sqlite, [makeJob({ title: 'Sr. Platform Engineer', company: 'Acme Inc', description: text, source: gh('79') })]);
    expect(c.outcomes[0]!.action).toBe('inserted');
    await store.close();
  });

  it('builds safe FTS queries', () => {
    expect(ftsQuery('Data  Engineer')).toBe('"data" AND "engineer"');
    expect(ftsQuery('data engineer', 'any')).toBe('"data" OR "engineer"');
    expect(ftsQuery('"machine learning" -senior')).toBe('("machine learning") NOT "senior"');
    expect(ftsQuery('node.js')).toBe('"node js"');
    expect(ftsQuery('-only')).toBeNull();
    expect(ftsQuery('   ')).toBeNull();
  });
});
