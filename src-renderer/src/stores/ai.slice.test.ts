import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMain, flush, type FakeMain } from '../test/fake-api';
import { installFakeAi, type FakeAiWorld } from '../test/fake-ai';
import { choiceFromKey, choiceKey } from './ai.slice';
import { connectStoreToEvents, createPathwiseStore, type PathwiseStore } from './create-store';

let main: FakeMain;
let world: FakeAiWorld;
let store: PathwiseStore;

async function until(check: () => boolean) {
  for (let i = 0; i < 50 && !check(); i++) await flush();
  expect(check()).toBe(true);
}

beforeEach(() => {
  main = fakeMain();
  world = installFakeAi(main);
  const deps = { api: main.api, readFileBase64: async () => '' };
  store = createPathwiseStore(deps);
  connectStoreToEvents(store, deps);
});

describe('AI settings', () => {
  it('loads settings with each feature’s status and changes one feature', async () => {
    await store.getState().loadAiSettings();
    expect(store.getState().aiStatus.data?.[0]).toMatchObject({
      feature: 'feedback',
      effective: 'offline',
      note: 'No local model yet: the offline coach runs.',
    });
    await store.getState().setFeatureChoice('coverLetter', 'offline');
    expect(store.getState().aiSettings.data?.features.coverLetter).toBe('offline');
    expect(main.calls.find((c) => c.channel === 'ai:updateSettings')?.input).toEqual({ features: { coverLetter: 'offline' } });
    await expect(store.getState().setFeatureChoice('feedback', { cloud: 'nope' })).rejects.toThrow('There is no provider "nope"');
  });

  it('maps choices to select values and back', () => {
    expect(choiceKey({ cloud: 'groq' })).toBe('cloud:groq');
    expect(choiceFromKey('cloud:groq')).toEqual({ cloud: 'groq' });
    expect(choiceFromKey('local')).toBe('local');
    expect(choiceFromKey('offline')).toBe('offline');
  });
});

describe('cloud providers, keys and consent', () => {
  it('adds a provider, stores a key without ever holding it, grants and revokes consent', async () => {
    await store.getState().loadProviders();
    expect(store.getState().aiProviders.data?.presets.map((p) => p.kind)).toContain('azure');
    const saved = await store.getState().saveProvider({ kind: 'openai', model: 'gpt-4o-mini' });
    expect(saved).toMatchObject({ id: 'openai', host: 'api.openai.com', consent: null });
    expect(store.getState().keyPresence.openai).toEqual({ hasKey: false });

    await store.getState().setProviderKey('openai', 'sk-test-1234567890');
    expect(world.keys.get('openai')).toBe('sk-test-1234567890');
    expect(store.getState().keyPresence.openai).toEqual({ hasKey: true });
    expect(JSON.stringify(store.getState())).not.toContain('sk-test-1234567890');

    await expect(store.getState().setProviderKey('openai', 'short')).rejects.toThrow('That key looks too short.');

    await store.getState().setConsent('openai', true);
    expect(store.getState().aiProviders.data?.providers[0]?.consent).toMatchObject({ host: 'api.openai.com' });
    await store.getState().setConsent('openai', false);
    expect(store.getState().aiProviders.data?.providers[0]?.consent).toBeNull();

    await store.getState().deleteProviderKey('openai');
    expect(store.getState().keyPresence.openai).toEqual({ hasKey: false });
    await store.getState().removeProvider('openai');
    expect(store.getState().aiProviders.data?.providers).toEqual([]);
  });

  it('reports a locked keyring as locked, not as "no key"', async () => {
    world.providers.push({ id: 'groq', kind: 'groq', name: 'Groq', baseUrl: null, model: 'llama-3.1-8b', apiVersion: null });
    world.secretStatus = { backend: 'keychain', persistent: true, locked: true };
    await store.getState().loadProviders();
    expect(store.getState().aiProviders.data?.secrets.locked).toBe(true);
    expect(store.getState().keyPresence.groq).toEqual({ hasKey: false, locked: true });
    await expect(store.getState().setProviderKey('groq', 'gsk-1234567890')).rejects.toThrow('Your keyring is locked.');
  });

  it('needs an address for a custom server and refetches on data:changed', async () => {
    await store.getState().loadProviders();
    await expect(store.getState().saveProvider({ kind: 'custom', model: 'm' })).rejects.toThrow('needs the address of the service');
    world.providers.push({ id: 'groq', kind: 'groq', name: 'Groq', baseUrl: null, model: 'x', apiVersion: null });
    main.emit('data:changed', { area: 'ai' });
    await until(() => store.getState().aiProviders.data?.providers.length === 1);
  });
});

describe('the outbound ledger', () => {
  it('lists what was sent where, without content', async () => {
    world.ledger.push({ id: 1, at: '2025-06-30T10:00:00.000Z', host: 'api.openai.com', feature: 'feedback', bytesOut: 2400, bytesIn: 900 });
    await store.getState().loadLedger();
    expect(main.calls.at(-1)).toEqual({ channel: 'ledger:list', input: { limit: 200 } });
    expect(store.getState().ledger.data).toEqual(world.ledger);
  });
});
