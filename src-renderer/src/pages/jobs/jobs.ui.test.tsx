// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as apiModule from '../../api';
import { App } from '../../App';
import { connectStore, resetStore } from '../../stores';
import { installFakeJobs, type FakeJobsWorld } from '../../test/fake-api';
import { chooseFiles, click, go, installShell, key, mainOf, mount, text, type, until, type Mounted } from '../../test/ui';

vi.mock('../../api', async () => (await import('../../test/ui')).mockApi());

const main = mainOf(apiModule);
connectStore();
let world: FakeJobsWorld;
let ui: Mounted;

async function start(jobs: number, hash = '#/jobs') {
  world = installFakeJobs(main, { jobs });
  await go(hash);
  ui = await mount(<App />);
}

beforeEach(() => {
  installShell(main);
  resetStore();
  main.calls.length = 0;
});
afterEach(() => ui?.unmount());

describe('the Jobs page', () => {
  it('lists 2,000 jobs with only the visible rows in the page', async () => {
    await start(2000);
    await until(() => ui.all('job-row').length > 0);
    expect(document.querySelector('h1')?.textContent).toBe('Jobs');
    expect(ui.all('job-row').length).toBeLessThan(40);
    expect(text(ui.q('job-count'))).toBe('100+ jobs');
    expect(ui.all('job-score').length).toBe(ui.all('job-row').length);
    expect(ui.q('nav-jobs')?.getAttribute('aria-current')).toBe('page');
  });

  it('searches as you type, once per pause', async () => {
    await start(60);
    await until(() => ui.all('job-row').length > 0);
    main.calls.length = 0;
    const box = ui.q('job-search');
    await type(box, 'd');
    await type(box, 'de');
    await type(box, 'designer');
    await until(() => ui.all('job-title').every((t) => t.textContent === 'Product Designer'));
    expect(main.calls.filter((c) => c.channel === 'jobs:search').map((c) => (c.input as { text?: string }).text)).toEqual(['designer']);
    expect(text(ui.q('job-count'))).toBe('10 jobs');
  });

  it('opens the second job from the keyboard and shows its match', async () => {
    await start(20);
    await until(() => ui.all('job-row').length > 0);
    const second = ui.all('job-row')[1]!;
    const list = document.querySelector('[role="listbox"]');
    await key(list, 'ArrowDown');
    expect(second.getAttribute('aria-selected')).toBe('true');
    const title = text(second.querySelector('[data-testid="job-title"]'));
    await key(list, 'Enter');
    await until(() => ui.q('match-panel') !== null);
    expect(document.querySelector('h1')?.textContent).toBe(title);
    expect(ui.q('missing-skills')).not.toBeNull();
  });

  it('saves a job with the star without opening it', async () => {
    await start(5);
    await until(() => ui.all('job-save').length > 0);
    await click(ui.all('job-save')[0]);
    await until(() => [...world.jobs.values()].some((j) => j.saved));
    expect(window.location.hash).toBe('#/jobs');
    expect(ui.all('job-save')[0]!.getAttribute('aria-pressed')).toBe('true');
  });

  it('offers the ways to add a first job when there are none', async () => {
    await start(0);
    await until(() => ui.q('first-job-actions') !== null);
    await click([...ui.q('first-job-actions')!.querySelectorAll('button')].find((b) => b.textContent === 'From a URL'));
    expect(ui.q('add-job-dialog')).not.toBeNull();
    expect(ui.q('tab-url')?.getAttribute('aria-selected')).toBe('true');
  });

  it('offers to clear filters when nothing matches', async () => {
    await start(10);
    await until(() => ui.all('job-row').length > 0);
    await type(ui.q('job-search'), 'astronaut');
    await until(() => ui.q('clear-filters-empty') !== null);
    await click(ui.q('clear-filters-empty'));
    await until(() => ui.all('job-row').length === 10);
    expect((ui.q('job-search') as HTMLInputElement).value).toBe('');
  });

  it('saves the search with an alert', async () => {
    await start(10);
    await until(() => ui.all('job-row').length > 0);
    await click(ui.q('filter-remote-remote'));
    await click(ui.q('save-search'));
    await type(ui.q('saved-search-name'), 'Remote roles');
    await click(ui.q('saved-search-submit'));
    await until(() => ui.all('saved-search').length === 1);
    expect(world.searches[0]).toMatchObject({ name: 'Remote roles', minScore: 75, query: { remote: ['remote'] } });
  });
});

describe('adding jobs', () => {
  const POSTING = 'Staff Data Engineer\nNorthwind is hiring. You know SQL, Python and dbt, and you enjoy mentoring people.';

  it('keeps the pasted text and shows main’s reason in place, then adds and opens the job', async () => {
    await start(1);
    await click(ui.q('add-job'));
    await type(ui.q('job-paste'), 'Too short');
    await click(ui.q('job-paste-submit'));
    await until(() => ui.q('add-job-error') !== null);
    expect(text(ui.q('add-job-error'))).toBe('Paste the whole job description (at least a few sentences).');
    expect((ui.q('job-paste') as HTMLTextAreaElement).value).toBe('Too short');

    await type(ui.q('job-paste'), POSTING);
    await click(ui.q('job-paste-submit'));
    await until(() => window.location.hash === '#/jobs/2');
    expect(ui.q('add-job-dialog')).toBeNull();
    await until(() => ui.all('toast').some((t) => t.textContent?.includes('Job added')));
  });

  it('says a duplicate is already in the list and opens the existing job', async () => {
    await start(3);
    const existing = world.jobs.get(2)!;
    await click(ui.q('add-job'));
    await click(ui.q('tab-url'));
    await type(ui.q('job-url'), existing.job.source.url!);
    await click(ui.q('job-url-submit'));
    await until(() => window.location.hash === '#/jobs/2');
    await until(() => ui.all('toast').some((t) => t.textContent?.includes('Already in your list')));
  });

  it('maps CSV columns, imports with progress and reports the result', async () => {
    await start(0);
    await click(ui.q('add-job'));
    await click(ui.q('tab-csv'));
    const csv = new File(['Role,Company,Where\nData Analyst,Acme,Berlin\nQA Engineer,Globex,Paris\n'], 'jobs.csv', { type: 'text/csv' });
    await chooseFiles(ui.q('job-csv-input'), [csv]);
    await until(() => ui.q('csv-mapping') !== null);
    expect((ui.q('csv-map-title') as HTMLSelectElement).value).toBe('0');
    expect((ui.q('csv-map-company') as HTMLSelectElement).value).toBe('1');
    expect((ui.q('csv-map-salary') as HTMLSelectElement).value).toBe('');
    expect(ui.q('csv-mapping')?.querySelectorAll('tbody tr')).toHaveLength(2);
    await click(ui.q('csv-import'));
    await until(() => ui.q('csv-done') !== null);
    expect(text(ui.q('csv-counts'))).toContain('2 added');
    expect(ui.q('csv-progress')?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('2');
  });

  it('follows a company board and says how many jobs it added', async () => {
    await start(0);
    await click(ui.q('add-job'));
    await click(ui.q('tab-board'));
    await type(ui.q('board-url'), 'https://boards.greenhouse.io/acme');
    await click(ui.q('board-follow'));
    await until(() => ui.q('board-followed') !== null);
    expect(text(ui.q('board-followed'))).toContain('Following Acme on Greenhouse: 12 jobs added');
  });

  it('shows each job site’s terms and waits for its next allowed time', async () => {
    await start(0);
    await click(ui.q('add-job'));
    await click(ui.q('tab-sites'));
    await until(() => ui.q('aggregator-remotive') !== null);
    expect(text(ui.q('aggregator-remotive'))).toContain('Attribute Remotive');
    expect((ui.q('aggregator-import-hn') as HTMLButtonElement).disabled).toBe(true);
    await click(ui.q('aggregator-import-remotive'));
    await until(() => text(ui.q('aggregator-remotive')).includes('3 new jobs added'));
  });
});
