// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as apiModule from '../../../api';
import { App } from '../../../App';
import { connectStore, resetStore } from '../../../stores';
import { installFakeJobs, type FakeJobsWorld } from '../../../test/fake-api';
import { click, go, installShell, key, mainOf, mount, text, type, until, type Mounted } from '../../../test/ui';

vi.mock('../../../api', async () => (await import('../../../test/ui')).mockApi());

const main = mainOf(apiModule);
connectStore();
let world: FakeJobsWorld;
let ui: Mounted;

async function open(id: number) {
  await go(`#/jobs/${id}`);
  ui = await mount(<App />);
  await until(() => document.querySelector('h1')?.textContent !== 'Job');
}

beforeEach(() => {
  installShell(main);
  resetStore();
  world = installFakeJobs(main, { jobs: 3 });
  main.calls.length = 0;
});
afterEach(() => ui?.unmount());

describe('a job’s detail', () => {
  it('explains the match: parts, missing skills split required/preferred, keywords, suggestions', async () => {
    await open(2);
    const job = world.jobs.get(2)!;
    expect(document.querySelector('h1')?.textContent).toBe(job.job.title);
    expect(ui.all('match-part')).toHaveLength(job.match!.parts.length);
    const excluded = ui.all('match-part').find((p) => p.classList.contains('excluded'));
    expect(text(excluded ?? null)).toContain('Not compared');
    expect(text(ui.q('missing-skills'))).toContain(job.match!.missingSkills.required[0]!);
    expect(text(ui.q('missing-skills'))).toContain(job.match!.missingSkills.preferred[0]!);
    expect(text(ui.q('missing-keywords'))).toContain('stakeholders');
    expect(ui.q('match-suggestions')).not.toBeNull();
    expect(ui.q('score-value')?.textContent).toBe(String(job.match!.score));
  });

  it('shows each requirement with the sentence it came from', async () => {
    await open(1);
    const requirement = world.jobs.get(1)!.job.requirements[0]!;
    expect(ui.all('requirement')).toHaveLength(3);
    expect(ui.all('requirement-source').map((s) => s.textContent)).toContain(`From the posting: ${requirement.sentence}`);
    expect(ui.all('requirement')[0]!.querySelector('summary')?.getAttribute('title')).toBe(requirement.sentence);
  });

  it('offers to import a resume when there is none to match', async () => {
    world = installFakeJobs(main, { jobs: 1, hasResume: false });
    await open(1);
    expect(text(ui.q('match-panel'))).toContain('No resume to match against');
    expect(ui.q('import-input')).not.toBeNull();
  });

  it('renders posting HTML only through the sanitizer and opens links outside', async () => {
    const job = world.jobs.get(3)!;
    job.job = {
      ...job.job,
      descriptionHtml:
        '<p>Hello<img src=x onerror="window.__pwned=1"></p><script>window.__pwned=1</script><a href="javascript:alert(1)">bad</a> <a href="https://acme.example/apply">Apply</a><iframe src="https://evil.example"></iframe>',
    };
    await open(3);
    const posting = ui.q('posting')!;
    expect(posting.querySelector('img, script, iframe')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(posting.querySelectorAll('a[href]')).toHaveLength(1);
    await click(posting.querySelector<HTMLElement>('a[href="https://acme.example/apply"]'));
    expect(main.calls.filter((c) => c.channel === 'app:openExternal').map((c) => c.input)).toEqual([{ url: 'https://acme.example/apply' }]);
  });

  it('shows plain text as text when there is no HTML', async () => {
    const job = world.jobs.get(1)!;
    job.job = { ...job.job, descriptionHtml: null, description: '<b>not bold</b> plain' };
    await open(1);
    expect(ui.q('posting')?.querySelector('b')).toBeNull();
    expect(text(ui.q('posting'))).toContain('<b>not bold</b> plain');
  });

  it('saves, marks applied and hides through main', async () => {
    await open(1);
    await click(ui.q('job-save-toggle'));
    await until(() => ui.q('job-save-toggle')?.getAttribute('aria-pressed') === 'true');
    await click(ui.q('job-applied-toggle'));
    await until(() => text(ui.q('job-applied-toggle')) === 'Applied');
    await click(ui.q('job-hide-toggle'));
    await until(() => text(ui.q('job-hide-toggle')) === 'Unhide');
    expect(world.jobs.get(1)).toMatchObject({ saved: true, hidden: true, appliedAt: expect.any(String) });
  });

  it('saves notes on Ctrl+Enter and on blur', async () => {
    await open(1);
    const notes = ui.q('job-notes') as HTMLTextAreaElement;
    await type(notes, 'Ask about the team');
    await key(notes, 'Enter', { ctrlKey: true });
    await until(() => world.jobs.get(1)!.notes === 'Ask about the team');
    await until(() => text(ui.q('notes-status')) === 'Saved');
    await type(notes, 'Ask about the team and on-call');
    await act(async () => notes.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await until(() => world.jobs.get(1)!.notes === 'Ask about the team and on-call');
  });

  it('deletes after confirmation and goes back to the list', async () => {
    await open(2);
    await click(ui.q('job-delete'));
    await click(ui.q('confirm-action'));
    await until(() => window.location.hash === '#/jobs');
    expect(world.jobs.has(2)).toBe(false);
  });

  it('says so when the job does not exist', async () => {
    await go('#/jobs/99');
    ui = await mount(<App />);
    await until(() => document.querySelector('[role="alert"]') !== null);
    expect(text(document.querySelector('[role="alert"]'))).toContain('That job no longer exists.');
  });
});
