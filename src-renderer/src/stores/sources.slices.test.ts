import { beforeEach, describe, expect, it } from 'vitest';
import { failResult, fakeMain, flush, installFakeJobs, type FakeJobsWorld, type FakeMain } from '../test/fake-api';
import { connectStoreToEvents, createPathwiseStore, type PathwiseStore } from './create-store';

let main: FakeMain;
let world: FakeJobsWorld;
let store: PathwiseStore;
const deps = () => ({ api: main.api, readFileBase64: async () => '' });

beforeEach(() => {
  main = fakeMain();
  world = installFakeJobs(main, { jobs: 5 });
  store = createPathwiseStore(deps());
  connectStoreToEvents(store, deps());
});

describe('company boards', () => {
  it('follows a board and lists it, with the added count', async () => {
    await store.getState().loadBoards();
    const result = await store.getState().followBoard('https://boards.greenhouse.io/acme', 12);
    expect(result).toMatchObject({ added: 12, board: { company: 'Acme', atsName: 'Greenhouse', refreshHours: 12 } });
    expect(store.getState().boards.data).toHaveLength(1);
    await expect(store.getState().followBoard('https://example.com/careers')).rejects.toThrow(/does not recognise this careers page/);
  });

  it('refreshes with a busy flag and a summary, changes the interval, removes', async () => {
    await store.getState().loadBoards();
    const { board } = await store.getState().followBoard('https://jobs.lever.co/globex');
    const refreshing = store.getState().refreshBoard(board.id);
    expect(store.getState().boardBusy[board.id]).toBe(true);
    await refreshing;
    expect(store.getState().boardBusy[board.id]).toBe(false);
    expect(store.getState().toasts.at(-1)).toMatchObject({ title: 'Globex refreshed', message: '0 jobs added.' });
    expect(await store.getState().setBoardInterval(board.id, 48)).toBe(true);
    expect(store.getState().boards.data?.[0]?.refreshHours).toBe(48);
    expect(await store.getState().setBoardInterval(board.id, 0)).toBe(false);
    expect(await store.getState().removeBoard(board.id)).toBe(true);
    expect(store.getState().boards.data).toEqual([]);
  });

  it('imports from a job site and reloads its next allowed time; refuses too early', async () => {
    await store.getState().loadAggregators();
    expect(await store.getState().importFromAggregator('remotive', ' react ')).toEqual({ added: 3, total: 40 });
    expect(main.calls.find((c) => c.channel === 'aggregators:import')?.input).toEqual({ source: 'remotive', query: 'react' });
    await flush();
    expect(store.getState().aggregators.data?.find((a) => a.id === 'remotive')?.nextAllowedAt).not.toBeNull();
    await expect(store.getState().importFromAggregator('remotive')).rejects.toThrow(/allows the next fetch/);
  });
});

describe('saved searches and notifications', () => {
  it('saves the current filters with an alert threshold, applies and deletes', async () => {
    await store.getState().setJobFilters({ text: 'engineer', remote: ['remote'] });
    const saved = await store.getState().saveCurrentSearch('  Remote engineering ', 75);
    expect(main.calls.find((c) => c.channel === 'searches:save')?.input).toEqual({
      name: 'Remote engineering',
      query: { text: 'engineer', remote: ['remote'], status: ['open'], sort: 'score' },
      minScore: 75,
    });
    await store.getState().resetJobFilters();
    await store.getState().applySavedSearch(saved);
    expect(store.getState().jobFilters).toMatchObject({ text: 'engineer', remote: ['remote'] });
    expect(await store.getState().deleteSavedSearch(saved.id)).toBe(true);
    expect(store.getState().savedSearches.data).toEqual([]);
    await expect(store.getState().saveCurrentSearch('  ', null)).rejects.toThrow();
  });

  it('shows a toast and counts unread when main pushes a notification; marks read', async () => {
    await store.getState().loadNotifications();
    world.notify({ title: 'New match: Data Analyst', body: 'Scores 88 for “Remote data”', jobId: 3 });
    expect(store.getState().notifications.data?.[0]).toMatchObject({ title: 'New match: Data Analyst', read: false });
    expect(store.getState().toasts.at(-1)).toMatchObject({ kind: 'info', title: 'New match: Data Analyst', link: { href: '#/jobs/3' } });
    await store.getState().markNotificationsRead();
    expect(store.getState().notifications.data?.every((n) => n.read)).toBe(true);
    expect(world.notifications.every((n) => n.read)).toBe(true);
  });

  it('puts unread back when marking fails', async () => {
    world.notify({ title: 'A' });
    await store.getState().loadNotifications();
    main.handlers['notifications:markRead'] = () => failResult('internal', 'Disk is full.');
    await store.getState().markNotificationsRead([1]);
    expect(store.getState().notifications.data?.[0]?.read).toBe(false);
  });
});

describe('job preferences', () => {
  it('loads, saves, and throws the contract’s message for a bad currency', async () => {
    await store.getState().loadPreferences();
    expect(store.getState().preferences.data).toEqual({ titles: [], locations: [], remote: [], minSalary: null, currency: null });
    const next = { titles: ['Data Engineer'], locations: ['Berlin'], remote: ['remote' as const], minSalary: 80_000, currency: 'EUR' };
    await store.getState().savePreferences(next);
    expect(world.preferences).toEqual(next);
    await expect(store.getState().savePreferences({ ...next, currency: 'euro' })).rejects.toThrow(
      'Use a 3-letter currency code such as USD.',
    );
    expect(store.getState().preferences.data).toEqual(next);
  });
});
