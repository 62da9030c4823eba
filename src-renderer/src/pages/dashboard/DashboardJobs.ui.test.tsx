// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as apiModule from '../../api';
import { App } from '../../App';
import { connectStore, resetStore } from '../../stores';
import { installFakeJobs } from '../../test/fake-api';
import { click, go, installShell, mainOf, mount, text, until, type Mounted } from '../../test/ui';

vi.mock('../../api', async () => (await import('../../test/ui')).mockApi());

const main = mainOf(apiModule);
connectStore();
let ui: Mounted;

beforeEach(() => resetStore());
afterEach(() => ui.unmount());

async function show(primaryResume: boolean, jobs: number) {
  installShell(main, primaryResume);
  const world = installFakeJobs(main, { jobs });
  await go('#/');
  ui = await mount(<App />);
  await until(() => ui.q('stat-jobs') !== null);
  return world;
}

describe('the dashboard with jobs', () => {
  it('asks for a resume first', async () => {
    await show(false, 0);
    expect(ui.q('first-job')).toBeNull();
    expect(document.body.textContent).toContain('Import your resume');
  });

  it('then asks for a first job, which opens the Add dialog', async () => {
    await show(true, 0);
    await until(() => ui.q('first-job') !== null);
    await click(ui.q('dashboard-add-job'));
    expect(ui.q('add-job-dialog')).not.toBeNull();
  });

  it('then shows counts and the five best matches', async () => {
    await show(true, 12);
    await until(() => ui.all('top-match').length === 5);
    expect(text(ui.q('stat-jobs'))).toBe('12');
    const scores = ui.all('top-match').map((a) => Number(a.querySelector('.score-badge')?.firstChild?.textContent));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ui.all('top-match')[0]!.getAttribute('href')).toMatch(/^#\/jobs\/\d+$/);
  });
});
