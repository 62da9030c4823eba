import { beforeEach, describe, expect, it } from 'vitest';
import { detail, summary } from '../test/fixtures';
import { failResult, fakeMain, flush, okResult, type FakeMain } from '../test/fake-api';
import { connectStoreToEvents, createPathwiseStore, type PathwiseStore } from './create-store';

let main: FakeMain;
let store: PathwiseStore;

beforeEach(() => {
  main = fakeMain({ 'resumes:list': () => okResult([summary(1), summary(2, { isPrimary: false })]) });
  store = createPathwiseStore({ api: main.api, readFileBase64: async () => '' });
});

describe('resumes slice', () => {
  it('loads the list', async () => {
    await store.getState().loadResumes();
    expect(store.getState().resumeList.data?.map((r) => r.id)).toEqual([1, 2]);
  });

  it('makes one primary and the others not', async () => {
    main.handlers['resumes:setPrimary'] = () => okResult(summary(2, { isPrimary: true }));
    await store.getState().loadResumes();
    await store.getState().setPrimaryResume(2);
    expect(store.getState().resumeList.data?.map((r) => [r.id, r.isPrimary])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('renames in the list and in an open detail', async () => {
    main.handlers['resumes:get'] = () => okResult(detail(1));
    main.handlers['resumes:rename'] = (input) => okResult(summary(1, { title: (input as { title: string }).title }));
    await store.getState().loadResumes();
    await store.getState().loadResume(1);
    await store.getState().renameResume(1, 'Product resume');
    expect(store.getState().resumeList.data?.[0]?.title).toBe('Product resume');
    expect(store.getState().resumeDetails[1]?.data?.title).toBe('Product resume');
  });

  it('throws a refused rename so the box can keep the typed title', async () => {
    main.handlers['resumes:rename'] = () => failResult('invalid-input', 'The title is too long.');
    await expect(store.getState().renameResume(1, 'x'.repeat(130))).rejects.toMatchObject({
      message: 'The title is too long.',
      error: { code: 'invalid-input' },
    });
  });

  it('deletes and forgets the resume', async () => {
    main.handlers['resumes:delete'] = () => okResult({ deleted: true });
    await store.getState().loadResumes();
    expect(await store.getState().deleteResume(2)).toBe(true);
    expect(store.getState().resumeList.data?.map((r) => r.id)).toEqual([1]);
    expect(store.getState().toasts[0]).toMatchObject({ kind: 'success' });
  });

  it('shows why a delete failed and keeps the row', async () => {
    main.handlers['resumes:delete'] = () => failResult('not-found', 'That resume no longer exists.');
    await store.getState().loadResumes();
    expect(await store.getState().deleteResume(2)).toBe(false);
    expect(store.getState().resumeList.data).toHaveLength(2);
    expect(store.getState().toasts[0]).toMatchObject({ kind: 'error', message: 'That resume no longer exists.' });
  });

  it('records a load error per resume', async () => {
    main.handlers['resumes:get'] = () => failResult('not-found', 'That resume no longer exists.');
    await store.getState().loadResume(9);
    expect(store.getState().resumeDetails[9]).toEqual({ data: null, loading: false, error: 'That resume no longer exists.' });
  });

  it('sends a correction by JSON path and stores the new detail', async () => {
    const corrected = detail(1, { corrections: { 'basics.email': 'ada@lovelace.dev' } });
    main.handlers['resumes:correct'] = () => okResult(corrected);
    const result = await store.getState().correctResumeField(1, 'basics.email', 'ada@lovelace.dev');
    expect(result).toBe(corrected);
    expect(main.calls.at(-1)).toEqual({ channel: 'resumes:correct', input: { id: 1, path: 'basics.email', value: 'ada@lovelace.dev' } });
    expect(store.getState().resumeDetails[1]?.data?.corrections).toEqual({ 'basics.email': 'ada@lovelace.dev' });
  });

  it('throws a refused correction so the field keeps the typed value', async () => {
    main.handlers['resumes:correct'] = () => failResult('invalid-input', 'Not a profile field path.');
    await expect(store.getState().correctResumeField(1, 'basics.email', 'x')).rejects.toThrow('Not a profile field path.');
  });

  it('re-analyses with a busy flag and a toast', async () => {
    let finish: () => void = () => {};
    main.handlers['resumes:reanalyze'] = () => new Promise((resolve) => (finish = () => resolve(okResult(detail(1)))));
    const pending = store.getState().reanalyzeResume(1);
    expect(store.getState().reanalyzing[1]).toBe(true);
    finish();
    await pending;
    expect(store.getState().reanalyzing[1]).toBe(false);
    expect(store.getState().toasts[0]).toMatchObject({ kind: 'success', title: 'Analysis updated' });
  });

  it('refetches the list and the open detail on data:changed, and only those', async () => {
    main.handlers['resumes:get'] = () => okResult(detail(2));
    main.handlers['dashboard:summary'] = () => failResult('internal', 'not expected');
    connectStoreToEvents(store, { api: main.api, readFileBase64: async () => '' });
    await store.getState().loadResumes();
    await store.getState().loadResume(1);
    await store.getState().loadResume(2);
    store.getState().keepOnlyResumeDetail(2);
    main.calls.length = 0;
    main.emit('data:changed', { area: 'resumes' });
    await flush();
    expect(main.calls.map((c) => c.channel).sort()).toEqual(['resumes:get', 'resumes:list']);
    expect(main.calls.find((c) => c.channel === 'resumes:get')?.input).toEqual({ id: 2 });
  });
});
