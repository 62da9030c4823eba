import { beforeEach, describe, expect, it } from 'vitest';
import { failResult, fakeMain, okResult, type FakeMain } from '../test/fake-api';
import { createPathwiseStore, type PathwiseStore } from './create-store';

let main: FakeMain;
let store: PathwiseStore;

beforeEach(() => {
  main = fakeMain();
  store = createPathwiseStore({ api: main.api, readFileBase64: async () => '' });
});

describe('settings and theme', () => {
  it('loads settings from main', async () => {
    main.handlers['settings:get'] = () => okResult({ theme: 'dark' });
    await store.getState().loadSettings();
    expect(store.getState().settings).toEqual({ data: { theme: 'dark' }, loading: false, error: null });
  });

  it('keeps the error message when settings cannot be read', async () => {
    main.handlers['settings:get'] = () => failResult('unavailable', 'Pathwise is not running.');
    await store.getState().loadSettings();
    expect(store.getState().settings.error).toBe('Pathwise is not running.');
  });

  it('applies a theme at once and saves it through settings:update', async () => {
    main.handlers['settings:get'] = () => okResult({ theme: 'system' });
    let release: () => void = () => {};
    main.handlers['settings:update'] = (input) =>
      new Promise((resolve) => {
        release = () => resolve(okResult({ theme: (input as { theme: 'light' }).theme }));
      });
    await store.getState().loadSettings();
    const pending = store.getState().setTheme('light');
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().settings.data?.theme).toBe('light');
    release();
    await pending;
    expect(main.calls.at(-1)).toEqual({ channel: 'settings:update', input: { theme: 'light' } });
  });

  it('goes back to the saved theme and says why when main refuses', async () => {
    main.handlers['settings:get'] = () => okResult({ theme: 'dark' });
    main.handlers['settings:update'] = () => failResult('internal', 'Disk is full.');
    await store.getState().loadSettings();
    await store.getState().setTheme('light');
    expect(store.getState().settings.data?.theme).toBe('dark');
    expect(store.getState().toasts).toMatchObject([{ kind: 'error', message: 'Disk is full.' }]);
  });
});

describe('backups', () => {
  const older = { fileName: 'a.db', createdAt: '2025-01-01T00:00:00.000Z', bytes: 10, reason: 'pre-migration' as const };
  const newer = { fileName: 'b.db', createdAt: '2025-03-01T00:00:00.000Z', bytes: 20, reason: 'manual' as const };

  it('lists newest first', async () => {
    main.handlers['backups:list'] = () => okResult([older, newer]);
    await store.getState().loadBackups();
    expect(store.getState().backups.data?.map((b) => b.fileName)).toEqual(['b.db', 'a.db']);
  });

  it('creates a backup, adds it on top, and reports it', async () => {
    const created = { fileName: 'c.db', createdAt: '2025-04-01T00:00:00.000Z', bytes: 30, reason: 'manual' as const };
    main.handlers['backups:list'] = () => okResult([older]);
    main.handlers['backups:create'] = () => okResult(created);
    main.handlers['app:info'] = () => failResult('internal', 'not needed here');
    await store.getState().loadBackups();
    const result = await store.getState().createBackup();
    expect(result).toEqual(created);
    expect(store.getState().backupInProgress).toBe(false);
    expect(store.getState().backups.data?.map((b) => b.fileName)).toEqual(['c.db', 'a.db']);
    expect(store.getState().toasts[0]).toMatchObject({ kind: 'success', title: 'Backup created' });
  });

  it('ignores a second click while a backup runs', async () => {
    let finish: () => void = () => {};
    main.handlers['backups:create'] = () => new Promise((resolve) => (finish = () => resolve(okResult(newer))));
    main.handlers['app:info'] = () => failResult('internal', 'x');
    const first = store.getState().createBackup();
    expect(store.getState().backupInProgress).toBe(true);
    expect(await store.getState().createBackup()).toBeNull();
    finish();
    await first;
    expect(main.calls.filter((c) => c.channel === 'backups:create')).toHaveLength(1);
  });

  it('reports a failed backup in a toast', async () => {
    main.handlers['backups:create'] = () => failResult('internal', 'No space left on the disk.');
    expect(await store.getState().createBackup()).toBeNull();
    expect(store.getState().toasts[0]).toMatchObject({ kind: 'error', message: 'No space left on the disk.' });
  });
});

describe('resetStore', () => {
  it('returns every slice to its first state, actions included', async () => {
    main.handlers['settings:get'] = () => okResult({ theme: 'dark' });
    await store.getState().loadSettings();
    store.getState().pushToast({ kind: 'info', title: 'x' });
    store.reset();
    expect(store.getState().settings.data).toBeNull();
    expect(store.getState().toasts).toEqual([]);
    expect(typeof store.getState().loadSettings).toBe('function');
  });
});
