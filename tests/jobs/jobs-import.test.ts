import { describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedJob } from '../../src-preload/contract/job.types';
import { jobIndexFields } from '../../src-main/core/matching/job-features';
import { loadRankCorpus } from '../../src-main/core/matching/rank';
import { searchJobs, upsertJobs, type JobInput, type UpsertSummary } from '../../src-main/db/repositories/jobs.repository';
import { KEY_FILTER_QUERIES } from '../../src-main/db/repositories/jobs/key-filter';
import { jsonLdOf, postingJsonOf } from '../../src-main/db/repositories/jobs/rows';
import { freshStore, makeJob } from './job-fixtures';

const NOW = '2026-11-20T00:00:00.000Z';
const src = (name: string, externalId: string | null, url: string | null = null) => ({ kind: 'board' as const, name, url, externalId });
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'];
const TITLES = ['Data Engineer', 'Sr. Backend Engineer', 'Café Manager', 'C++ Developer', 'Nurse'];
const WORDS = 'build scale design deliver ship improve maintain operate platform product service pipeline customer data cloud api billing ledger'.split(' ');

function text(seed: number, length = 40): string {
  return Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * (seed % 5 + 1)) % WORDS.length]).join(' ') + '.';
}

/**
 * A batch with every kind of duplicate, spread through 300 postings: same source id (changed and
 * unchanged, also only in spacing), same URL from another source, near-identical and identical
 * text from another source, same text under distinct ids of one source (never merged).
 */
function batch(): ParsedJob[] {
  const jobs = Array.from({ length: 280 }, (_, i) =>
    makeJob({
      title: TITLES[i % 5]!,
      company: COMPANIES[(i >> 2) % 5]!,
      location: ['Berlin', 'Zürich', null][i % 3]!,
      description: text(i, 30 + (i % 25)),
      requiredSkills: [['Python', 'SQL'], ['C++'], ['Go', 'Kubernetes', 'Python'], []][i % 4]!,
      preferredSkills: i % 6 === 0 ? ['Rust'] : [],
      source: src(i % 2 ? 'Greenhouse' : 'Lever', `e${i}`, `https://jobs.example.com/${i % 2 ? 'gh' : 'lv'}/${i}`),
    }),
  );
  const extra: ParsedJob[] = [
    { ...jobs[3]!, description: `${jobs[3]!.description} Now hiring fast.` },
    { ...jobs[5]! },
    { ...jobs[7]!, description: jobs[7]!.description.replace(/ /g, '  ') },
    { ...jobs[9]!, source: src('Remotive', 'r9', 'https://www.jobs.example.com/gh/9/?utm_source=x') },
    { ...jobs[10]!, description: `${jobs[10]!.description} Apply soon.`, source: src('Remotive', 'r10') },
    { ...jobs[11]!, source: src('JSON-LD', null) },
    { ...jobs[12]!, source: src(jobs[12]!.source.name, 'another-id') },
    { ...jobs[13]!, description: text(999), source: src('Remotive', 'r13') },
  ];
  // Duplicates come after their originals, some within the first 64 (buffered) postings.
  return [...jobs.slice(0, 40), ...extra.slice(0, 4), ...jobs.slice(40), ...extra.slice(4)];
}

function tables(sqlite: BetterSqlite3.Database) {
  const all = (sql: string) => sqlite.prepare(sql).raw().all();
  return {
    jobs: all('SELECT * FROM jobs ORDER BY id'),
    skills: all('SELECT * FROM job_skills ORDER BY job_id, skill_id'),
    keys: all('SELECT * FROM skill_keys ORDER BY id'),
    // Token counts per column of each FTS row (the origin column counts transactions, not content).
    fts: all('SELECT id, sz FROM jobs_fts_docsize ORDER BY id'),
  };
}

function actions(summaries: UpsertSummary[]) {
  return summaries.flatMap((s) => s.outcomes.map((o) => `${o.id}:${o.action}`));
}

describe('bulk import', () => {
  it('writes exactly what posting-by-posting import writes, duplicates included', async () => {
    const jobs = batch();
    const bulk = await freshStore();
    const one = await freshStore();
    const bulkSummary = upsertJobs(bulk.sqlite, jobs, NOW);
    const oneSummaries = jobs.map((job) => upsertJobs(one.sqlite, [job], NOW));
    expect(actions([bulkSummary])).toEqual(actions(oneSummaries));
    expect(bulkSummary).toMatchObject({ inserted: 282, updated: 1, merged: 3, unchanged: 2 });
    expect(tables(bulk.sqlite)).toEqual(tables(one.sqlite));
    expect(searchJobs(bulk.sqlite, { text: 'hiring' }).hits).toHaveLength(1);
    await bulk.close();
    await one.close();
  });

  it('finds stored postings when a large batch lands on a filled table', async () => {
    const jobs = batch();
    const first = jobs.slice(0, 100);
    const later = [...jobs.slice(100), ...jobs.slice(0, 100).map((j, i) => (i % 10 ? j : { ...j, description: `${j.description} Updated.` }))];
    const bulk = await freshStore();
    const one = await freshStore();
    for (const store of [bulk, one]) for (const job of first) upsertJobs(store.sqlite, [job], NOW);
    const bulkSummary = upsertJobs(bulk.sqlite, later, '2026-11-21T00:00:00.000Z');
    const oneSummaries = later.map((job) => upsertJobs(one.sqlite, [job], '2026-11-21T00:00:00.000Z'));
    expect(actions([bulkSummary])).toEqual(actions(oneSummaries));
    expect(bulkSummary.updated).toBeGreaterThanOrEqual(10);
    expect(tables(bulk.sqlite)).toEqual(tables(one.sqlite));
    await bulk.close();
    await one.close();
  });

  it('indexes plain ASCII text in its own case and finds it like the lower-cased text', async () => {
    const store = await freshStore();
    const text = 'We run KUBERNETES Operators and PostgreSQL at Scale.';
    const { outcomes } = upsertJobs(store.sqlite, [makeJob({ description: text, source: src('A', '1') }), makeJob({ description: text.toLowerCase(), source: src('A', '2') })], NOW);
    const [raw, lower] = outcomes.map((o) => o.id);
    // Same token counts per column: the tokenizer folds ASCII case itself.
    const size = (id: number) => store.sqlite.prepare('SELECT sz FROM jobs_fts_docsize WHERE id = ?').pluck().get(id);
    expect(size(raw!)).toEqual(size(lower!));
    for (const q of ['kubernetes operators', '"kubernetes operators"', 'postgresql scale', 'SCALE']) {
      expect(searchJobs(store.sqlite, { text: q }).hits.map((h) => h.id).sort(), q).toEqual([raw, lower].sort());
    }
    await store.close();
  });

  it('leaves a re-import that differs only in spacing or case unchanged', async () => {
    const store = await freshStore();
    const job = makeJob({ description: 'Build Spark pipelines, in Python.', source: src('Greenhouse', '1') });
    upsertJobs(store.sqlite, [job], NOW);
    const again = upsertJobs(store.sqlite, [{ ...job, description: 'build  spark pipelines in python' }], NOW);
    expect(again).toMatchObject({ unchanged: 1, changedIds: [] });
    await store.close();
  });
});

describe('top terms', () => {
  it('are left to ranking, which computes the same terms a single match does', async () => {
    const store = await freshStore();
    const jobs = batch().slice(0, 40);
    const { outcomes } = upsertJobs(store.sqlite, jobs, NOW);
    const stored = () => store.sqlite.prepare('SELECT top_terms FROM jobs ORDER BY id').pluck().all() as string[];
    expect(new Set(stored())).toEqual(new Set(['']));
    const corpus = loadRankCorpus(store.sqlite);
    const expected = outcomes.map((_, i) => jobIndexFields(jobs[i]!).topTerms);
    expect(stored()).toEqual(expected.map((t) => t.join(' ')));
    expect(Array.from({ length: corpus.n }, (_, i) => Array.from(corpus.termIds.subarray(corpus.termStart[i]!, corpus.termStart[i + 1]!), (t) => corpus.terms[t]))).toEqual(expected);
    // A changed posting gets them recomputed the next time it is ranked.
    const changed = { ...jobs[0]!, description: 'Kubernetes operators and Terraform modules.' };
    upsertJobs(store.sqlite, [changed], NOW);
    expect(stored()[0]).toBe('');
    loadRankCorpus(store.sqlite, [outcomes[0]!.id]);
    expect(stored()[0]).toBe(jobIndexFields(changed).topTerms.join(' '));
    expect(stored()[0]).toMatch(/terraform/);
    await store.close();
  });

  it('match what the earlier single scan produced', () => {
    const terms = (title: string, company: string, description: string) => jobIndexFields(makeJob({ title, company, description })).topTerms;
    expect(
      terms(
        'Senior Data Engineer',
        'Acme Data Inc',
        'Build Spark pipelines in Python. Kafka streaming and Airflow orchestration. Pipelines, pipelines and more data pipelines for our analytics platform; C++ and .NET services, 5+ years. Acme data team.',
      ),
    ).toEqual(['pipeline', 'engineer', 'build', 'spark', 'python', 'kafka', 'streaming', 'airflow', 'orchestration', 'analytic', 'platform', 'cplusplus', 'dotnet', 'service']);
    expect(
      terms(
        'Café Manager',
        'Crème Brûlée Ltd',
        'Run the café. Résumé required. Coffee, staff rotas and stock. Manage baristas, baristas schedules, inventory and suppliers; supplier invoices.',
      ),
    ).toEqual(['cafe', 'manager', 'barista', 'supplier', 'run', 'resume', 'coffee', 'staff', 'rota', 'stock', 'manage', 'schedule', 'inventory', 'invoice']);
  });
});

describe('rows', () => {
  it('writes the posting JSON byte for byte as JSON.stringify of the JSON-LD', () => {
    const variants: Partial<ParsedJob>[] = [
      {},
      { company: null, location: null },
      { company: 'Crème "Brûlée" \\ Ltd', location: 'Zürich\nCH', remote: 'remote', employmentType: 'full-time', datePosted: '2026-11-01', validThrough: '2026-12-01' },
      { title: 'Émoji 🚀 <b>lead</b>', employmentType: 'part-time', source: src('Lever', '1', 'https://jobs.lever.co/x/1?a="b"') },
    ];
    for (const v of variants) {
      const job = makeJob(v);
      expect(postingJsonOf({ job })).toBe(JSON.stringify(jsonLdOf(job)));
    }
    const input: JobInput = { job: makeJob(), jsonLd: { '@type': 'JobPosting', title: 'As received' } };
    expect(postingJsonOf(input)).toBe(JSON.stringify(input.jsonLd));
  });

  it('answers the import lookups from covering indexes', async () => {
    const store = await freshStore();
    for (const sql of Object.values(KEY_FILTER_QUERIES)) {
      const plan = (store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
      expect(plan).toMatch(/USING COVERING INDEX/);
    }
    await store.close();
  });
});
