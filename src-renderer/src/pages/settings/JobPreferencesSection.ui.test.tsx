// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as apiModule from '../../api';
import { App } from '../../App';
import { connectStore, resetStore } from '../../stores';
import { installFakeJobs, type FakeJobsWorld } from '../../test/fake-api';
import { click, go, installShell, key, mainOf, mount, text, type, until, type Mounted } from '../../test/ui';

vi.mock('../../api', async () => (await import('../../test/ui')).mockApi());

const main = mainOf(apiModule);
connectStore();
let world: FakeJobsWorld;
let ui: Mounted;

beforeEach(async () => {
  installShell(main);
  main.handlers['app:info'] = () => ({ ok: false, error: { code: 'internal', message: 'not needed' } });
  main.handlers['backups:list'] = () => ({ ok: true, value: [] });
  resetStore();
  main.calls.length = 0;
  world = installFakeJobs(main);
  await go('#/settings');
  ui = await mount(<App />);
  await until(() => ui.q('pref-save') !== null);
});
afterEach(() => ui.unmount());

describe('job preferences in Settings', () => {
  it('saves titles, locations, work mode and a minimum salary, with feedback', async () => {
    await type(ui.q('pref-titles'), 'Data Engineer');
    await key(ui.q('pref-titles'), 'Enter');
    await type(ui.q('pref-titles'), 'Analytics Engineer');
    await key(ui.q('pref-titles'), ',');
    await type(ui.q('pref-locations'), 'Berlin');
    await key(ui.q('pref-locations'), 'Enter');
    await click(ui.q('pref-remote-remote'));
    await type(ui.q('pref-min-salary'), '85k');
    const currency = ui.q('pref-currency') as HTMLSelectElement;
    currency.value = 'EUR';
    currency.dispatchEvent(new Event('change', { bubbles: true }));
    await click(ui.q('pref-save'));
    await until(() => ui.q('pref-saved') !== null);
    expect(world.preferences).toEqual({
      titles: ['Data Engineer', 'Analytics Engineer'],
      locations: ['Berlin'],
      remote: ['remote'],
      minSalary: 85_000,
      currency: 'EUR',
    });
  });

  it('keeps the values and says why when the salary is not a number', async () => {
    await type(ui.q('pref-min-salary'), 'a lot');
    await click(ui.q('pref-save'));
    expect(text(document.querySelector('.preferences-form [role="alert"]'))).toBe(
      'Enter the salary as a number, for example 85000 or 85k.',
    );
    expect((ui.q('pref-min-salary') as HTMLInputElement).value).toBe('a lot');
    expect(main.calls.some((c) => c.channel === 'preferences:update')).toBe(false);
  });
});
