import { beforeEach, describe, expect, it } from 'vitest';
import { failResult, fakeMain, flush, installFakeJobs, okResult, type FakeJobsWorld, type FakeMain } from '../test/fake-api';
import { connectStoreToEvents, createPathwiseStore, type PathwiseStore } from './create-store';
import { JOB_PAGE_SIZE } from './jobs.slice';

let main: FakeMain;
let world: FakeJobsWorld;
let store: PathwiseStore;
const deps = () => ({ api: main.api, readFileBase64: async () => '' });

beforeEach(() => {
  main = fakeMain();
  world = installFakeJobs(main, { jobs: 250 });
  store = createPathwiseStore(deps());
});

const searches = () => main.calls.filter((c) => c.channel === 'jobs:search');

describe('searching jobs', () => {
  it('loads the first page with the filters translated for main', async () => {
    await store.getState().searchJobs();
    const results = store.getState().jobResults;
    expect(results.hits).toHaveLength(JOB_PAGE_SIZE);
    expect(results.hasMore).toBe(true);
    expect(results.loaded).toBe(true);
    expect(searches()[0]?.input).toEqual({ status: ['open'], sort: 'score', limit: JOB_PAGE_SIZE, offset: 0 });
    // Best match first.
    const scores = results.hits.map((h) => h.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(store.getState().knownSources).toEqual(['Greenhouse', 'Lever', 'Pasted', 'Remotive']);
  });

  it('pages with offsets, without duplicates, until there is no more', async () => {
    await store.getState().searchJobs();
    await store.getState().loadMoreJobs();
    await store.getState().loadMoreJobs();
    const { hits, hasMore } = store.getState().jobResults;
    expect(hits).toHaveLength(250);
    expect(new Set(hits.map((h) => h.id)).size).toBe(250);
    expect(hasMore).toBe(false);
    expect(searches().map((c) => (c.input as { offset: number }).offset)).toEqual([0, 100, 200]);
    await store.getState().loadMoreJobs();
    expect(searches()).toHaveLength(3);
  });

  it('keeps only the answer to the newest query when answers arrive out of order', async () => {
    const real = main.handlers['jobs:search']!;
    const pending: (() => void)[] = [];
    main.handlers['jobs:search'] = (input) => new Promise((resolve) => pending.push(() => resolve(real(input) as never)));
    const first = store.getState().setJobFilters({ text: 'data' });
    const second = store.getState().setJobFilters({ text: 'designer' });
    pending[1]!();
    await second;
    pending[0]!();
    await first;
    const titles = new Set(store.getState().jobResults.hits.map((h) => h.title));
    expect([...titles]).toEqual(['Product Designer']);
  });

  it('filters on the server side and resets', async () => {
    await store.getState().setJobFilters({ remote: ['remote'], minScore: 80 });
    const hits = store.getState().jobResults.hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.remote === 'remote' && h.score! >= 80)).toBe(true);
    await store.getState().resetJobFilters();
    expect(store.getState().jobFilters.remote).toEqual([]);
    expect(store.getState().jobResults.hits).toHaveLength(JOB_PAGE_SIZE);
  });

  it('keeps the last results next to an error', async () => {
    await store.getState().searchJobs();
    main.handlers['jobs:search'] = () => failResult('unavailable', 'Pathwise is not running.');
    await store.getState().searchJobs();
    expect(store.getState().jobResults.hits).toHaveLength(JOB_PAGE_SIZE);
    expect(store.getState().jobResults.error).toBe('Pathwise is not running.');
  });
});

describe('a job and its flags', () => {
  it('loads a detail with its match', async () => {
    await store.getState().loadJob(3);
    expect(store.getState().jobDetails[3]?.data?.match?.parts.length).toBeGreaterThan(0);
    await store.getState().loadJob(999);
    expect(store.getState().jobDetails[999]?.error).toBe('That job no longer exists.');
  });

  it('saves a job at once in the list, then takes main’s answer', async () => {
    await store.getState().searchJobs();
    const id = store.getState().jobResults.hits[0]!.id;
    const pending = store.getState().setJobFlags(id, { saved: true });
    expect(store.getState().jobResults.hits[0]!.saved).toBe(true);
    await pending;
    expect(world.jobs.get(id)!.saved).toBe(true);
    expect(store.getState().jobDetails[id]?.data?.saved).toBe(true);
  });

  it('puts the star back and says why when main refuses', async () => {
    await store.getState().searchJobs();
    const id = store.getState().jobResults.hits[0]!.id;
    main.handlers['jobs:setFlags'] = () => failResult('not-found', 'That job no longer exists.');
    await store.getState().setJobFlags(id, { saved: true });
    expect(store.getState().jobResults.hits[0]!.saved).toBe(false);
    expect(store.getState().toasts[0]).toMatchObject({ kind: 'error', message: 'That job no longer exists.' });
  });

  it('takes a hidden job out of the normal list', async () => {
    await store.getState().searchJobs();
    const id = store.getState().jobResults.hits[0]!.id;
    await store.getState().setJobFlags(id, { hidden: true });
    expect(store.getState().jobResults.hits.some((h) => h.id === id)).toBe(false);
  });

  it('saves notes and throws a refusal for the box to show', async () => {
    expect((await store.getState().setJobNotes(2, 'Call Ana')).notes).toBe('Call Ana');
    main.handlers['jobs:setNotes'] = () => failResult('invalid-input', 'Notes are too long.');
    await expect(store.getState().setJobNotes(2, 'x')).rejects.toThrow('Notes are too long.');
  });

  it('deletes a job everywhere', async () => {
    await store.getState().searchJobs();
    await store.getState().loadJob(5);
    expect(await store.getState().deleteJob(5)).toBe(true);
    expect(store.getState().jobDetails[5]).toBeUndefined();
    expect(store.getState().jobResults.hits.some((h) => h.id === 5)).toBe(false);
  });
});

describe('dashboard numbers', () => {
  it('counts jobs and lists the five best open matches', async () => {
    world.jobs.get(1)!.saved = true;
    await store.getState().loadJobCounts();
    await store.getState().loadTopMatches();
    expect(store.getState().jobCounts.data).toMatchObject({ total: 250, saved: 1, applied: 0 });
    const top = store.getState().topMatches.data!;
    expect(top).toHaveLength(5);
    expect(top[0]!.score).toBeGreaterThanOrEqual(top[4]!.score!);
  });
});

describe('data:changed for jobs', () => {
  it('refreshes the shown list (as many rows as shown), counts and open details only', async () => {
    connectStoreToEvents(store, deps());
    await store.getState().searchJobs();
    await store.getState().loadMoreJobs();
    await store.getState().loadJob(7);
    main.calls.length = 0;
    main.emit('data:changed', { area: 'jobs' });
    await flush();
    expect(main.calls.map((c) => c.channel).sort()).toEqual(['jobs:get', 'jobs:search']);
    expect(main.calls.find((c) => c.channel === 'jobs:search')?.input).toMatchObject({ limit: 200, offset: 0 });
  });

  it('does nothing when no job view was opened', async () => {
    main.handlers['dashboard:summary'] = () => okResult({ resumeCount: 0, jobCount: 0, primaryResume: null, recentActivity: [] });
    connectStoreToEvents(store, deps());
    main.emit('data:changed', { area: 'jobs' });
    await flush();
    expect(main.calls).toEqual([]);
  });
});
