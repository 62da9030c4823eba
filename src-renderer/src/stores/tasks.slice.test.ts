import { beforeEach, describe, expect, it } from 'vitest';
import type { TaskEvent } from '../../../src-preload/contract';
import { fakeMain, flush, okResult, failResult, type FakeMain } from '../test/fake-api';
import { connectStoreToEvents, createPathwiseStore, type PathwiseStore } from './create-store';
import { MAX_FILE_BYTES } from './tasks.slice';

let main: FakeMain;
let store: PathwiseStore;
let tasks = 0;

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);
const event = (taskId: string, e: Record<string, unknown>) => ({ taskId, kind: 'resumes:import', ...e }) as TaskEvent;

async function until(check: () => boolean) {
  for (let i = 0; i < 50 && !check(); i++) await flush();
  expect(check()).toBe(true);
}

beforeEach(() => {
  tasks = 0;
  main = fakeMain({ 'resumes:import': () => okResult({ taskId: `t${++tasks}` }) });
  store = createPathwiseStore({ api: main.api, readFileBase64: async (blob) => `b64:${blob.size}` });
  connectStoreToEvents(store, { api: main.api, readFileBase64: async () => '' });
});

describe('importing resumes', () => {
  it('follows a task through progress, per-file results and the end', async () => {
    store.getState().importFiles([file('a.pdf'), file('b.docx'), file('c.pdf')]);
    await until(() => tasks === 1);
    expect(main.calls[0]?.input).toEqual({
      files: [
        { name: 'a.pdf', dataBase64: 'b64:10' },
        { name: 'b.docx', dataBase64: 'b64:10' },
        { name: 'c.pdf', dataBase64: 'b64:10' },
      ],
    });
    await flush();

    main.emit('task:event', event('t1', { type: 'progress', done: 1, total: 3, message: 'Reading b.docx' }));
    expect(store.getState().importJob).toMatchObject({ done: 1, total: 3, message: 'Reading b.docx', running: true });

    main.emit(
      'task:event',
      event('t1', { type: 'item', index: 0, result: { ok: true, value: { fileName: 'a.pdf', resumeId: 5, duplicate: false } } }),
    );
    main.emit(
      'task:event',
      event('t1', { type: 'item', index: 1, result: { ok: true, value: { fileName: 'b.docx', resumeId: 2, duplicate: true } } }),
    );
    main.emit(
      'task:event',
      event('t1', {
        type: 'item',
        index: 2,
        result: { ok: false, error: { code: 'no-text-layer', message: 'c.pdf: This PDF looks scanned.' } },
      }),
    );
    main.emit('task:event', event('t1', { type: 'finished', cancelled: false }));
    await until(() => store.getState().importJob?.running === false);

    const job = store.getState().importJob!;
    expect(job.files.map((f) => [f.name, f.status, f.message ?? null])).toEqual([
      ['a.pdf', 'imported', null],
      ['b.docx', 'duplicate', null],
      ['c.pdf', 'failed', 'This PDF looks scanned.'],
    ]);
    expect(job.files[2]?.code).toBe('no-text-layer');
    expect(job.done).toBe(3);
    expect(store.getState().toasts).toMatchObject([
      {
        kind: 'success',
        title: 'Imported 1 resume',
        message: '1 file was already imported, 1 file could not be imported.',
        link: { href: '#/resumes/5' },
      },
    ]);
  });

  it('replays events that arrive before resumes:import answers', async () => {
    let answer: () => void = () => {};
    main.handlers['resumes:import'] = () => new Promise((resolve) => (answer = () => resolve(okResult({ taskId: 'early' }))));
    store.getState().importFiles([file('a.pdf')]);
    await until(() => main.calls.length === 1);
    main.emit(
      'task:event',
      event('early', { type: 'item', index: 0, result: { ok: true, value: { fileName: 'a.pdf', resumeId: 1, duplicate: false } } }),
    );
    main.emit('task:event', event('early', { type: 'finished', cancelled: false }));
    answer();
    await until(() => store.getState().importJob?.running === false);
    expect(store.getState().importJob?.files[0]?.status).toBe('imported');
  });

  it('refuses files over 15 MB without sending them', async () => {
    store.getState().importFiles([file('huge.pdf', MAX_FILE_BYTES + 1)]);
    await until(() => store.getState().importJob?.running === false);
    expect(main.calls).toHaveLength(0);
    expect(store.getState().importJob?.files[0]).toMatchObject({ status: 'failed', message: 'The file is larger than 15 MB.' });
    expect(store.getState().toasts[0]).toMatchObject({ kind: 'error', title: 'Import failed' });
  });

  it('marks every file failed with main’s message when the call is refused', async () => {
    main.handlers['resumes:import'] = () => failResult('invalid-input', 'Too many files at once.');
    store.getState().importFiles([file('a.pdf'), file('b.pdf')]);
    await until(() => store.getState().importJob?.running === false);
    expect(store.getState().importJob?.files.map((f) => f.message)).toEqual(['Too many files at once.', 'Too many files at once.']);
  });

  it('sends more than 50 files in several tasks, one after the other', async () => {
    const files = Array.from({ length: 60 }, (_, i) => file(`r${i}.txt`));
    store.getState().importFiles(files);
    await until(() => tasks === 1);
    expect((main.calls[0]?.input as { files: unknown[] }).files).toHaveLength(50);
    main.emit('task:event', event('t1', { type: 'progress', done: 50, total: 50, message: 'Done' }));
    main.emit('task:event', event('t1', { type: 'finished', cancelled: false }));
    await until(() => tasks === 2);
    expect((main.calls[1]?.input as { files: unknown[] }).files).toHaveLength(10);
    await flush();
    main.emit('task:event', event('t2', { type: 'progress', done: 4, total: 10, message: 'Reading r54.txt' }));
    // Progress spans the whole batch: the 50 files of the first task + 4 of the second.
    expect(store.getState().importJob?.done).toBe(54);
  });

  it('cancels the running task and the files not sent yet', async () => {
    main.handlers['task:cancel'] = () => okResult({ cancelled: true });
    const files = Array.from({ length: 55 }, (_, i) => file(`r${i}.txt`));
    store.getState().importFiles(files);
    await until(() => tasks === 1);
    await flush();
    await store.getState().cancelImport();
    expect(main.calls.at(-1)).toEqual({ channel: 'task:cancel', input: { taskId: 't1' } });
    main.emit('task:event', event('t1', { type: 'finished', cancelled: true }));
    await until(() => store.getState().importJob?.running === false);
    expect(tasks).toBe(1);
    expect(store.getState().importJob?.files.every((f) => f.status === 'cancelled')).toBe(true);
  });

  it('never leaves a file waiting when a task ends without reporting it', async () => {
    store.getState().importFiles([file('a.pdf')]);
    await until(() => tasks === 1);
    await flush();
    main.emit('task:event', event('t1', { type: 'finished', cancelled: false }));
    await until(() => store.getState().importJob?.running === false);
    expect(store.getState().importJob?.files[0]?.status).toBe('failed');
  });

  it('ignores other kinds of task', () => {
    main.emit('task:event', { taskId: 'x', kind: 'models:download', type: 'finished', cancelled: false });
    expect(store.getState().importJob).toBeNull();
  });
});

describe('toasts', () => {
  it('keeps at most five and dismisses by id', () => {
    const ids = Array.from({ length: 7 }, (_, i) => store.getState().pushToast({ kind: 'info', title: `t${i}` }));
    expect(store.getState().toasts.map((t) => t.title)).toEqual(['t2', 't3', 't4', 't5', 't6']);
    store.getState().dismissToast(ids[6]!);
    expect(store.getState().toasts.map((t) => t.title)).toEqual(['t2', 't3', 't4', 't5']);
  });
});
