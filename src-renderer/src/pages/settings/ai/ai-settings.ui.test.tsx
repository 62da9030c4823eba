// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as apiModule from '../../../api';
import { App } from '../../../App';
import { connectStore, resetStore } from '../../../stores';
import { installFakeJobs } from '../../../test/fake-api';
import { installFakeAi, type FakeAiWorld } from '../../../test/fake-ai';
import { click, go, installShell, mainOf, mount, text, type, until, type Mounted } from '../../../test/ui';

vi.mock('../../../api', async () => (await import('../../../test/ui')).mockApi());

const main = mainOf(apiModule);
connectStore();
let ai: FakeAiWorld;
let ui: Mounted;

async function open(setup: (world: FakeAiWorld) => void = () => {}) {
  installShell(main);
  main.handlers['app:info'] = () => ({ ok: false, error: { code: 'internal', message: 'not needed' } });
  main.handlers['backups:list'] = () => ({ ok: true, value: [] });
  installFakeJobs(main);
  ai = installFakeAi(main);
  setup(ai);
  resetStore();
  main.calls.length = 0;
  await go('#/settings');
  ui = await mount(<App />);
  await until(() => ui.q('provider-add') !== null && ui.q('ai-choice-feedback') !== null);
}
afterEach(() => ui.unmount());

const select = async (el: HTMLElement | null, value: string) => {
  (el as HTMLSelectElement).value = value;
  el!.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => true);
};

describe('Settings → AI & privacy', () => {
  beforeEach(() => open());

  it('adds a provider, saves its key without showing it again, asks consent per host, and routes a feature to it', async () => {
    await select(ui.q('provider-kind'), 'openai');
    await type(ui.q('provider-model'), 'gpt-4o-mini');
    await click(ui.q('provider-add'));
    await until(() => ui.all('provider').length === 1);
    expect(text(ui.q('provider'))).toContain('api.openai.com');

    const input = ui.q('provider-key-input') as HTMLInputElement;
    expect(input.type).toBe('password');
    await type(input, 'sk-test-1234567890');
    await click(ui.q('provider-key-save'));
    await until(() => ui.q('provider-key-saved') !== null);
    expect(text(ui.q('provider-key-saved'))).toBe('Key saved ');
    expect(ui.q('provider-key-input')).toBeNull();
    expect(document.body.innerHTML).not.toContain('sk-test-1234567890');
    expect(ai.keys.get('openai')).toBe('sk-test-1234567890');

    await select(ui.q('ai-choice-coverLetter'), 'cloud:openai');
    await until(() => text(ui.q('ai-status-coverLetter')).includes('Needs your consent to send text to api.openai.com.'));
    expect(text(document.querySelector('.consent'))).toBe('Allow sending resume and job text to api.openai.com');
    await click(ui.q('provider-consent'));
    await until(() => (ui.q('provider-consent') as HTMLInputElement).checked);
    await until(() => text(ui.q('ai-status-coverLetter')) === 'Uses OpenAI · gpt-4o-mini');
    expect(ai.consents[0]).toMatchObject({ providerId: 'openai', host: 'api.openai.com' });

    await click(ui.q('provider-key-remove'));
    await until(() => ui.q('provider-key-input') !== null);
    expect(ai.keys.size).toBe(0);
  });

  it('asks for the address and API version Azure needs', async () => {
    await select(ui.q('provider-kind'), 'azure');
    expect(ui.q('provider-api-version')).not.toBeNull();
    await type(ui.q('provider-model'), 'gpt-4o');
    await click(ui.q('provider-add'));
    expect(text(document.querySelector('.add-provider [role="alert"]'))).toBe('Azure OpenAI needs the address of the service.');
  });
});

describe('keyring and ledger', () => {
  it('says to unlock a locked keyring and lists what was sent, without content', async () => {
    await open((world) => {
      world.secretStatus = { backend: 'keychain', persistent: true, locked: true };
      world.ledger.push({
        id: 1,
        at: '2025-06-30T10:00:00.000Z',
        host: 'api.groq.com',
        feature: 'tailoring',
        bytesOut: 2048,
        bytesIn: 512,
      });
    });
    await until(() => ui.q('secrets-banner') !== null && ui.all('ledger-row').length === 1);
    expect(text(ui.q('secrets-banner'))).toContain('Unlock your keyring');
    expect(text(ui.q('ledger-row'))).toContain('api.groq.com');
    expect(text(ui.q('ledger-row'))).toContain('Tailoring');
    expect(text(ui.q('ledger-row'))).toContain('2 KB');
  });

  it('explains a session-only key store', async () => {
    await open((world) => {
      world.secretStatus = {
        backend: 'session-only',
        persistent: false,
        reason: 'No system keyring was found; keys last until Pathwise closes.',
      };
    });
    await until(() => ui.q('secrets-banner') !== null);
    expect(text(ui.q('secrets-banner'))).toContain('No system keyring was found');
  });
});
