import { beforeEach, describe, expect, it } from 'vitest';
import type { TaskEvent } from '../../../src-preload/contract';
import { fakeMain, flush, installFakeJobs, type FakeJobsWorld, type FakeMain } from '../test/fake-api';
import { connectStoreToEvents, createPathwiseStore, type PathwiseStore } from './create-store';

let main: FakeMain;
let world: FakeJobsWorld;
let store: PathwiseStore;
const toBase64 = async (blob: Blob) => btoa(String.fromCharCode(...new Uint8Array(await blob.arrayBuffer())));
const POSTING = 'Staff Data Engineer\nWe are Northwind Analytics at Berlin. You know SQL, Python and dbt, and you like mentoring.';

async function until(check: () => boolean) {
  for (let i = 0; i < 50 && !check(); i++) await flush();
  expect(check()).toBe(true);
}

beforeEach(() => {
  main = fakeMain();
  world = installFakeJobs(main, { jobs: 2 });
  store = createPathwiseStore({ api: main.api, readFileBase64: toBase64 });
  connectStoreToEvents(store, { api: main.api, readFileBase64: toBase64 });
});

describe('adding one job', () => {
  it('adds pasted text, then recognises the same text as already in the list', async () => {
    const added = await store.getState().addJobText(POSTING, ' https://example.com/jobs/1 ');
    expect(added).toMatchObject({ title: 'Staff Data Engineer', action: 'inserted' });
    expect(main.calls.at(-1)?.input).toEqual({ text: POSTING, url: 'https://example.com/jobs/1' });
    expect(store.getState().toasts.at(-1)).toMatchObject({ title: 'Job added', link: { href: `#/jobs/${added.id}` } });

    const again = await store.getState().addJobText(POSTING);
    expect(again).toMatchObject({ id: added.id, action: 'unchanged' });
    expect(store.getState().toasts.at(-1)).toMatchObject({ kind: 'info', title: 'Already in your list' });
  });

  it('throws the contract’s message for a too-short paste and leaves the list alone', async () => {
    await expect(store.getState().addJobText('Engineer wanted')).rejects.toThrow(
      'Paste the whole job description (at least a few sentences).',
    );
    expect(world.jobs.size).toBe(2);
  });

  it('adds from a URL and reports an unreachable one', async () => {
    expect(await store.getState().addJobUrl('https://careers.acme.com/jobs/frontend-engineer')).toMatchObject({
      title: 'Frontend engineer',
    });
    await expect(store.getState().addJobUrl('https://unreachable.example/jobs/1')).rejects.toThrow('Could not reach unreachable.example.');
    await expect(store.getState().addJobUrl('ftp://x')).rejects.toThrow('Enter a web address starting with https://');
  });

  it('reads a file and refuses one over 15 MB before sending it', async () => {
    const added = await store.getState().addJobFile(new File([POSTING], 'posting.txt'));
    expect(added.title).toBe('Staff Data Engineer');
    const huge = new File([new Uint8Array(15 * 1024 * 1024 + 1)], 'huge.pdf');
    await expect(store.getState().addJobFile(huge)).rejects.toThrow('The file is larger than 15 MB.');
    expect(main.calls.filter((c) => c.channel === 'jobs:addFile')).toHaveLength(1);
  });

  it('opens and closes the Add dialog on a tab', () => {
    store.getState().openAddJob('csv');
    expect(store.getState().addJobDialog).toBe('csv');
    store.getState().closeAddJob();
    expect(store.getState().addJobDialog).toBeNull();
  });
});

describe('CSV import', () => {
  const csv = new File(
    [
      'Position,Employer,Link\n"Data Analyst, Growth",Acme,https://a.example/1\n,Globex,https://a.example/2\nQA Engineer,Initech,https://a.example/3\n',
    ],
    'jobs.csv',
  );

  it('previews the columns with suggested fields', async () => {
    const preview = await store.getState().previewCsv(csv);
    expect(preview.columns).toEqual(['Position', 'Employer', 'Link']);
    expect(preview.rowCount).toBe(3);
    expect(preview.suggested).toEqual({ title: 0, company: 1, url: 2 });
    expect(preview.rows[0]).toEqual(['Data Analyst, Growth', 'Acme', 'https://a.example/1']);
  });

  it('imports through a task: progress, added and skipped rows, then a summary toast', async () => {
    await store.getState().importCsv(csv, { title: 0, company: 1, url: 2 });
    expect(store.getState().csvImport).toMatchObject({ running: true, taskId: 'csv-1' });
    await until(() => store.getState().csvImport?.running === false);
    expect(store.getState().csvImport).toMatchObject({
      added: 2,
      failed: 1,
      duplicates: 0,
      done: 3,
      total: 3,
      errors: ['Row 3 has no job title; skipped.'],
    });
    expect(store.getState().toasts.at(-1)).toMatchObject({
      kind: 'success',
      title: 'Imported 2 jobs from jobs.csv',
      message: '1 rows skipped.',
    });
    expect(world.jobs.size).toBe(4);

    store.getState().dismissCsvImport();
    await store.getState().importCsv(csv, { title: 0, url: 2 });
    await until(() => store.getState().csvImport?.running === false);
    expect(store.getState().csvImport).toMatchObject({ added: 0, duplicates: 2 });
  });

  it('replays events that arrived before the call answered', async () => {
    const ev = (e: Record<string, unknown>) => ({ taskId: 't9', kind: 'jobs:csvImport', ...e }) as TaskEvent;
    main.handlers['jobs:csvImport'] = () => {
      main.emit('task:event', ev({ type: 'progress', done: 1, total: 1, message: 'Row 2' }));
      main.emit('task:event', ev({ type: 'item', index: 0, result: { ok: true, value: { id: 1, title: 'x', action: 'inserted' } } }));
      main.emit('task:event', ev({ type: 'finished', cancelled: false }));
      return { ok: true, value: { taskId: 't9' } };
    };
    await store.getState().importCsv(csv, { title: 0 });
    expect(store.getState().csvImport).toMatchObject({ running: false, added: 1, done: 1 });
  });

  it('gives the start error back and clears the progress', async () => {
    main.handlers['jobs:csvImport'] = () => ({
      ok: false,
      error: { code: 'invalid-input', message: 'Choose the column that holds the job title.' },
    });
    await expect(store.getState().importCsv(csv, {})).rejects.toThrow('Choose the column that holds the job title.');
    expect(store.getState().csvImport).toBeNull();
  });

  it('ignores resume import events', () => {
    store.getState().handleCsvTaskEvent({ taskId: 'x', kind: 'resumes:import', type: 'finished', cancelled: false });
    expect(store.getState().csvImport).toBeNull();
  });
});
