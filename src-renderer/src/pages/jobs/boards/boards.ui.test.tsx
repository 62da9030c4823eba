// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as apiModule from '../../../api';
import { App } from '../../../App';
import { connectStore, resetStore } from '../../../stores';
import { installFakeJobs, type FakeJobsWorld } from '../../../test/fake-api';
import { click, go, installShell, mainOf, mount, text, type, until, type Mounted } from '../../../test/ui';

vi.mock('../../../api', async () => (await import('../../../test/ui')).mockApi());

const main = mainOf(apiModule);
connectStore();
let world: FakeJobsWorld;
let ui: Mounted;

beforeEach(async () => {
  installShell(main);
  resetStore();
  world = installFakeJobs(main);
  await go('#/jobs/boards');
  ui = await mount(<App />);
});
afterEach(() => ui.unmount());

describe('company boards', () => {
  it('follows, lists with counts and errors, refreshes, reschedules and removes after confirming', async () => {
    expect(document.querySelector('h1')?.textContent).toBe('Company boards');
    expect(ui.q('nav-jobs')?.getAttribute('aria-current')).toBe('page');
    await type(ui.q('board-url'), 'https://example.com/careers');
    await click(ui.q('board-follow'));
    await until(() => ui.q('add-job-error') !== null);
    expect((ui.q('board-url') as HTMLInputElement).value).toBe('https://example.com/careers');

    await type(ui.q('board-url'), 'https://boards.greenhouse.io/acme');
    await click(ui.q('board-follow'));
    await until(() => ui.all('board-row').length === 1);
    expect(text(ui.q('board-followed'))).toContain('Following Acme on Greenhouse: 12 jobs added');
    expect(text(ui.q('board-open'))).toBe('12');

    world.boards[0]!.lastError = 'Greenhouse answered 404: the board may have moved.';
    await click(ui.q('board-refresh'));
    await until(() => ui.q('board-error') !== null);
    expect(text(ui.q('board-error'))).toContain('answered 404');

    const interval = ui.q('board-interval') as HTMLSelectElement;
    interval.value = '168';
    interval.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => world.boards[0]!.refreshHours === 168);

    await click(ui.q('board-remove'));
    await click(ui.q('confirm-action'));
    await until(() => ui.all('board-row').length === 0);
    expect(world.boards).toEqual([]);
  });
});
