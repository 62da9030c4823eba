// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as apiModule from '../api';
import { App } from '../App';
import { connectStore, resetStore } from '../stores';
import { installFakeJobs, type FakeJobsWorld } from '../test/fake-api';
import { click, go, installShell, key, mainOf, mount, text, until, type Mounted } from '../test/ui';
import { act } from 'react';

vi.mock('../api', async () => (await import('../test/ui')).mockApi());

const main = mainOf(apiModule);
connectStore();
let world: FakeJobsWorld;
let ui: Mounted;

beforeEach(async () => {
  installShell(main);
  resetStore();
  world = installFakeJobs(main, { jobs: 3 });
  await go('#/');
  ui = await mount(<App />);
});
afterEach(() => ui.unmount());

describe('notifications', () => {
  it('toasts a new alert, counts it unread, opens its job and marks all read', async () => {
    await until(() => main.calls.some((c) => c.channel === 'notifications:list'));
    await act(async () => {
      world.notify({ title: 'New match: Data Analyst', body: 'Scores 91 for “Remote data”', jobId: 2 });
      world.notify({ title: 'New match: QA Engineer', body: 'Scores 80', jobId: 3 });
    });
    await until(() => ui.all('toast').length === 2);
    expect(text(ui.all('toast')[0]!)).toContain('New match: Data Analyst');
    expect(text(ui.q('notifications-unread'))).toBe('2');
    expect(ui.q('notifications')?.getAttribute('aria-label')).toBe('Notifications, 2 unread');

    await click(ui.q('notifications'));
    expect(ui.all('notification-item')).toHaveLength(2);
    await click(ui.all('notification-item').find((n) => n.textContent?.includes('Data Analyst')));
    await until(() => window.location.hash === '#/jobs/2');
    await until(() => text(ui.q('notifications-unread')) === '1');
    expect(ui.q('notifications-panel')).toBeNull();

    await click(ui.q('notifications'));
    await click(ui.q('mark-all-read'));
    await until(() => ui.q('notifications-unread') === null);
    expect(world.notifications.every((n) => n.read)).toBe(true);
    await key(document.body, 'Escape');
    expect(ui.q('notifications-panel')).toBeNull();
  });
});
