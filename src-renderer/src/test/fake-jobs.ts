/**
 * An in-memory jobs backend for the fake main (fake-api.ts): search with the contract's filters,
 * intake with duplicate detection, CSV preview/import as a task with events, boards, job sites,
 * saved searches, notifications and preferences. Inputs are validated with the contract's own
 * schemas, so invalid input fails here with the same messages main gives.
 */
import { contract } from '../../../src-preload/contract';
import type {
  AggregatorInfo,
  AppNotification,
  Board,
  ChannelName,
  CsvField,
  ErrorCode,
  JobDetail,
  JobPreferences,
  JobSearchHit,
  JobSearchInput,
  ParsedJob,
  Result,
  SavedSearch,
} from '../../../src-preload/contract';
import { decodeBase64, makeDetail, makeParsedJob, parseCsv } from './fake-jobs-data';
import { boardHandlers } from './fake-sources';
import type { FakeMain, Handlers } from './fake-api';

export interface FakeJobsWorld {
  jobs: Map<number, JobDetail>;
  boards: Board[];
  searches: SavedSearch[];
  notifications: AppNotification[];
  preferences: JobPreferences;
  aggregators: AggregatorInfo[];
  /** Adds a posting as main would (returns its detail). */
  addJob(patch?: Partial<ParsedJob>): JobDetail;
  /** Stores a notification and pushes `notification:new`. */
  notify(n: { title: string; body?: string; jobId?: number | null }): AppNotification;
}

const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const CSV_HEADERS: Record<CsvField, RegExp> = {
  title: /title|position|role/i,
  company: /company|employer/i,
  location: /location|city/i,
  description: /description|details/i,
  url: /url|link/i,
  salary: /salary|pay|compensation/i,
  datePosted: /date|posted/i,
  employmentType: /type|employment/i,
};

export function installFakeJobs(main: FakeMain, options: { jobs?: number; hasResume?: boolean; now?: string } = {}): FakeJobsWorld {
  const now = options.now ?? '2025-06-30T10:00:00.000Z';
  const hasResume = options.hasResume ?? true;
  let nextId = 1,
    tasks = 0;
  const changed = (area: string) => setTimeout(() => main.emit('data:changed', { area }), 0);

  const world: FakeJobsWorld = {
    jobs: new Map(),
    boards: [],
    searches: [],
    notifications: [],
    preferences: { titles: [], locations: [], remote: [], minSalary: null, currency: null },
    aggregators: [
      {
        id: 'remotive',
        name: 'Remotive',
        terms: 'Attribute Remotive and link back. At most 4 fetches a day.',
        lastFetchedAt: null,
        nextAllowedAt: null,
      },
      {
        id: 'hn',
        name: 'Hacker News: Who is hiring',
        terms: 'Monthly thread; fetched at most once an hour.',
        lastFetchedAt: now,
        nextAllowedAt: '2099-01-01T00:00:00.000Z',
      },
    ],
    addJob(patch = {}) {
      const id = nextId++;
      const detail = makeDetail(id, makeParsedJob(id, patch), hasResume, now);
      world.jobs.set(id, detail);
      return detail;
    },
    notify({ title, body = '', jobId = null }) {
      const n: AppNotification = { id: world.notifications.length + 1, at: now, kind: 'alert', title, body, jobId, read: false };
      world.notifications.unshift(n);
      main.emit('notification:new', n);
      return n;
    },
  };
  for (let i = 0; i < (options.jobs ?? 0); i++) world.addJob();

  const hit = (d: JobDetail): JobSearchHit => ({
    id: d.id,
    title: d.job.title,
    company: d.job.company,
    location: d.job.location,
    remote: d.job.remote,
    employmentType: d.job.employmentType,
    seniority: d.job.seniority,
    salaryMinYear: d.job.salary?.min ?? null,
    salaryMaxYear: d.job.salary?.max ?? null,
    salaryCurrency: d.job.salary?.currency ?? null,
    datePosted: d.job.datePosted,
    source: d.job.source.name,
    url: d.job.source.url,
    status: d.status,
    saved: d.saved,
    hidden: d.hidden,
    appliedAt: d.appliedAt,
    score: d.match?.score ?? null,
    relevance: null,
  });

  function search(q: JobSearchInput) {
    const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    let list = [...world.jobs.values()].filter((d) => {
      const j = d.job;
      const text = `${j.title} ${j.company ?? ''} ${j.description}`.toLowerCase();
      const top = j.salary?.max ?? j.salary?.min ?? null;
      return (
        words.every((w) => text.includes(w)) &&
        (!q.remote?.length || (j.remote && q.remote.includes(j.remote))) &&
        (!q.location || (j.location ?? '').toLowerCase().includes(q.location.toLowerCase())) &&
        (q.minSalary === undefined || (top !== null && top >= q.minSalary && (!q.currency || j.salary?.currency === q.currency))) &&
        (!q.seniority?.length || (j.seniority && q.seniority.includes(j.seniority))) &&
        (!q.employmentType?.length || (j.employmentType && q.employmentType.includes(j.employmentType))) &&
        (!q.source?.length || q.source.includes(j.source.name)) &&
        (!q.postedFrom || (j.datePosted ?? '') >= q.postedFrom) &&
        (!q.status?.length || q.status.includes(d.status)) &&
        (q.saved === undefined || d.saved === q.saved) &&
        (q.applied === undefined || (d.appliedAt !== null) === q.applied) &&
        d.hidden === Boolean(q.hidden) &&
        (q.minScore === undefined || (d.match?.score ?? -1) >= q.minScore)
      );
    });
    const key = {
      score: (d: JobDetail) => d.match?.score ?? -1,
      date: (d: JobDetail) => Date.parse(d.job.datePosted ?? '') || 0,
      salary: (d: JobDetail) => d.job.salary?.max ?? -1,
      relevance: (d: JobDetail) => d.match?.score ?? -1,
    }[q.sort ?? 'date'];
    list = list.sort((a, b) => key(b) - key(a) || b.id - a.id);
    const offset = q.offset ?? 0,
      limit = q.limit ?? 50;
    return { hits: list.slice(offset, offset + limit).map(hit), hasMore: list.length > offset + limit };
  }

  const findDuplicate = (url: string | null, text: string) =>
    [...world.jobs.values()].find((d) => (url && d.job.source.url === url) || d.job.description === text);

  function added(detail: JobDetail, action: 'inserted' | 'unchanged') {
    if (action === 'inserted') changed('jobs');
    return ok({ id: detail.id, title: detail.job.title, action });
  }

  function addFromText(text: string, url: string | null, kind: 'paste' | 'file') {
    const duplicate = findDuplicate(url, text.trim());
    if (duplicate) return added(duplicate, 'unchanged');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const at = / at ([^.,\n]+)/.exec(text)?.[1]?.trim() ?? null;
    return added(
      world.addJob({
        title: lines[0]!.slice(0, 120),
        company: at,
        description: text.trim(),
        descriptionHtml: null,
        source: { kind, name: kind === 'paste' ? 'Pasted' : 'File', url, externalId: null },
      }),
      'inserted',
    );
  }

  function csvTask(rows: string[][], mapping: Partial<Record<CsvField, number>>) {
    const taskId = `csv-${++tasks}`;
    const body = rows.slice(1);
    const emit = (e: Record<string, unknown>) => main.emit('task:event', { taskId, kind: 'jobs:csvImport', ...e } as never);
    // Like main: a failed item per row without a title, then one summary item for the batch.
    setTimeout(() => {
      let inserted = 0;
      let merged = 0;
      body.forEach((row, index) => {
        const title = row[mapping.title!]?.trim();
        if (!title) return emit({ type: 'item', index, result: fail('invalid-input', `Row ${index + 2} has no job title; skipped.`) });
        const url = mapping.url !== undefined ? (row[mapping.url] ?? null) : null;
        if (url && findDuplicate(url, '')) return void merged++;
        inserted++;
        world.addJob({
          title,
          company: mapping.company !== undefined ? (row[mapping.company] ?? null) : null,
          source: { kind: 'csv', name: 'CSV import', url, externalId: null },
        });
      });
      emit({ type: 'item', index: body.length, result: ok({ inserted, merged }) });
      emit({ type: 'progress', done: body.length, total: body.length, message: `Imported ${inserted} new jobs` });
      emit({ type: 'finished', cancelled: false });
      changed('jobs');
    }, 0);
    return ok({ taskId });
  }

  const job = (id: number) => world.jobs.get(id);
  const handlers: Handlers = {
    'jobs:search': (i) => ok(search(i as JobSearchInput)),
    'jobs:get': (i) => {
      const d = job((i as { id: number }).id);
      return d ? ok(d) : fail('not-found', 'That job no longer exists.');
    },
    'jobs:counts': () => {
      const all = [...world.jobs.values()];
      const count = (f: (d: JobDetail) => boolean) => all.filter(f).length;
      return ok({
        total: all.length,
        open: count((d) => d.status === 'open'),
        closed: count((d) => d.status === 'closed'),
        saved: count((d) => d.saved),
        applied: count((d) => d.appliedAt !== null),
        hidden: count((d) => d.hidden),
      });
    },
    'jobs:addText': (i) => {
      const { text, url } = i as { text: string; url?: string };
      return addFromText(text, url ?? null, 'paste');
    },
    'jobs:addFile': (i) => {
      const { name, dataBase64 } = i as { name: string; dataBase64: string };
      if (!/\.(txt|md|html?|pdf)$/i.test(name)) return fail('unsupported-format', 'Choose a .txt, .md, .html or .pdf file.');
      const text = decodeBase64(dataBase64).replace(/<[^>]+>/g, ' ');
      return text.trim().length < 20 ? fail('invalid-input', 'The file has no job description in it.') : addFromText(text, null, 'file');
    },
    'jobs:addUrl': (i) => {
      const { url } = i as { url: string };
      if (url.includes('unreachable')) return fail('unavailable', `Could not reach ${new URL(url).host}.`);
      const dup = findDuplicate(url, '');
      if (dup) return added(dup, 'unchanged');
      const slug = new URL(url).pathname.split('/').filter(Boolean).pop() ?? 'job';
      return added(
        world.addJob({
          title: slug.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase()),
          source: { kind: 'url', name: 'JSON-LD', url, externalId: null },
        }),
        'inserted',
      );
    },
    'jobs:csvPreview': (i) => {
      const rows = parseCsv(decodeBase64((i as { dataBase64: string }).dataBase64));
      if (!rows.length) return fail('invalid-input', 'This CSV file is empty.');
      const columns = rows[0]!;
      const suggested: Partial<Record<CsvField, number>> = {};
      for (const [field, re] of Object.entries(CSV_HEADERS) as [CsvField, RegExp][]) {
        const index = columns.findIndex((c, k) => re.test(c) && !Object.values(suggested).includes(k));
        if (index >= 0) suggested[field] = index;
      }
      return ok({ columns, rows: rows.slice(1, 6), rowCount: rows.length - 1, suggested });
    },
    'jobs:csvImport': (i) => {
      const { file, mapping } = i as { file: { dataBase64: string }; mapping: Partial<Record<CsvField, number>> };
      if (mapping.title === undefined) return fail('invalid-input', 'Choose the column that holds the job title.');
      return csvTask(parseCsv(decodeBase64(file.dataBase64)), mapping);
    },
    'jobs:setFlags': (i) => {
      const { id, saved, hidden, applied } = i as { id: number; saved?: boolean; hidden?: boolean; applied?: boolean };
      const d = job(id);
      if (!d) return fail('not-found', 'That job no longer exists.');
      const next = {
        ...d,
        ...(saved !== undefined ? { saved } : {}),
        ...(hidden !== undefined ? { hidden } : {}),
        ...(applied !== undefined ? { appliedAt: applied ? now : null } : {}),
      };
      world.jobs.set(id, next);
      changed('jobs');
      return ok(next);
    },
    'jobs:setNotes': (i) => {
      const { id, notes } = i as { id: number; notes: string };
      const d = job(id);
      if (!d) return fail('not-found', 'That job no longer exists.');
      world.jobs.set(id, { ...d, notes });
      return ok(world.jobs.get(id)!);
    },
    'jobs:delete': (i) => {
      const deleted = world.jobs.delete((i as { id: number }).id);
      if (deleted) changed('jobs');
      return ok({ deleted });
    },
    ...boardHandlers(world, changed, now),
  };
  for (const [name, handler] of Object.entries(handlers) as [ChannelName, (input: unknown) => Result<unknown>][]) {
    main.handlers[name] = ((input: unknown) => {
      const parsed = contract[name].input.safeParse(input);
      if (!parsed.success) return fail('invalid-input', parsed.error.issues[0]?.message ?? 'Invalid input.');
      return handler(input);
    }) as never;
  }
  return world;
}
