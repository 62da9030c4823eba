import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDashboard } from '../test/fixtures';
import { failResult, fakeMain, flush, okResult, type FakeMain } from '../test/fake-api';
import { connectStoreToEvents, createPathwiseStore, type PathwiseStore } from './create-store';

let main: FakeMain;
let store: PathwiseStore;

beforeEach(() => {
  main = fakeMain();
  store = createPathwiseStore({ api: main.api, readFileBase64: async () => '' });
});

describe('dashboard slice', () => {
  it('loads the summary', async () => {
    main.handlers['dashboard:summary'] = () => okResult({ ...emptyDashboard, jobCount: 4 });
    await store.getState().loadDashboard();
    expect(store.getState().dashboard.data?.jobCount).toBe(4);
    expect(store.getState().dashboard.loading).toBe(false);
  });

  it('keeps the last good summary next to a later error', async () => {
    main.handlers['dashboard:summary'] = () => okResult(emptyDashboard);
    await store.getState().loadDashboard();
    main.handlers['dashboard:summary'] = () => failResult('unavailable', 'Pathwise is not running.');
    await store.getState().loadDashboard();
    expect(store.getState().dashboard.data).toEqual(emptyDashboard);
    expect(store.getState().dashboard.error).toBe('Pathwise is not running.');
  });
});

describe('data:changed mirrors main', () => {
  it('refetches what is on screen and nothing else', async () => {
    main.handlers['dashboard:summary'] = () => okResult(emptyDashboard);
    main.handlers['resumes:list'] = () => okResult([]);
    connectStoreToEvents(store, { api: main.api, readFileBase64: async () => '' });
    await store.getState().loadDashboard();
    main.calls.length = 0;

    main.emit('data:changed', { area: 'resumes' });
    await flush();
    // The dashboard was loaded, so it refetches; the list was never shown, so it does not.
    expect(main.calls.map((c) => c.channel)).toEqual(['dashboard:summary']);

    main.calls.length = 0;
    main.emit('data:changed', { area: 'jobs' });
    await flush();
    expect(main.calls.map((c) => c.channel)).toEqual(['dashboard:summary']);
  });

  it('reloads settings when main says they changed', async () => {
    main.handlers['settings:get'] = () => okResult({ theme: 'light' });
    connectStoreToEvents(store, { api: main.api, readFileBase64: async () => '' });
    main.emit('data:changed', { area: 'settings' });
    await flush();
    expect(store.getState().settings.data?.theme).toBe('light');
  });

  it('unsubscribes', () => {
    const off = connectStoreToEvents(store, { api: main.api, readFileBase64: async () => '' });
    expect(main.listenerCount('data:changed')).toBe(1);
    off();
    expect(main.listenerCount('data:changed')).toBe(0);
    expect(main.listenerCount('task:event')).toBe(0);
  });
});
