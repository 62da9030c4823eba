import { spawnSync } from 'node:child_process';
import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/helpers/temp-dir';
import { keyPresence, SecretStoreError } from '../../core/secrets/secret-store';
import { createSecretStore } from './create-secret-store';
import { createKeytarStore, openKeytarStore, type KeytarModule } from './keytar-store';
import { createSafeStorageStore, SECRETS_FILE_NAME, type SafeStorageLike } from './safe-storage-store';
import { createSessionStore } from './session-store';

/**
 * Stand-in for Electron's safeStorage (the Electron binary does not run in unit tests): real
 * AES-256-GCM with a fixed test key, so stored bytes really are ciphertext.
 */
class AesTestSafeStorage implements SafeStorageLike {
  private readonly key = Buffer.alloc(32, 7);
  constructor(
    private readonly backend: string = 'gnome_libsecret',
    private readonly available = true,
  ) {}
  isEncryptionAvailable(): boolean {
    return this.available;
  }
  getSelectedStorageBackend(): string {
    return this.backend;
  }
  encryptString(plain: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }
  decryptString(blob: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, blob.subarray(0, 12));
    decipher.setAuthTag(blob.subarray(12, 28));
    return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/** grep -rFa over a folder: true when the needle appears anywhere in any file. */
function grepFinds(folder: string, needle: string): boolean {
  const result = spawnSync('grep', ['-rFa', '--', needle, folder], { encoding: 'utf8' });
  if (result.status === 2) throw new Error(`grep failed: ${result.stderr}`);
  return result.status === 0;
}

describe('safe-storage store', () => {
  it('S-5 canary: the stored key never appears in the data folder, status, errors or presence', async () => {
    const dataDir = tempDir();
    const canary = `sk-CANARY-${randomUUID()}`;
    const store = createSafeStorageStore({ safeStorage: new AesTestSafeStorage(), dataDir });
    await store.set('llm:openai', canary);
    expect(await store.get('llm:openai')).toBe(canary);
    expect(fs.existsSync(path.join(dataDir, SECRETS_FILE_NAME))).toBe(true);
    expect(grepFinds(dataDir, canary)).toBe(false);
    expect(grepFinds(dataDir, canary.slice(3))).toBe(false);
    expect(grepFinds(dataDir, Buffer.from(canary).toString('base64').slice(0, 24))).toBe(false);
    expect(JSON.stringify(store.status())).not.toContain(canary);
    expect(await keyPresence(store, 'llm:openai')).toEqual({ hasKey: true });
    // A store that cannot decrypt fails with a message of our own, never the value.
    const other = createSafeStorageStore({
      safeStorage: {
        ...new AesTestSafeStorage(),
        isEncryptionAvailable: () => true,
        encryptString: (s) => Buffer.from(s),
        decryptString: () => {
          throw new Error(`bad ${canary}`);
        },
      },
      dataDir,
    });
    const error = await other.get('llm:openai').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretStoreError);
    expect(String((error as Error).message)).not.toContain(canary);
    await store.delete('llm:openai');
    expect(await keyPresence(store, 'llm:openai')).toEqual({ hasKey: false });
  });

  it('writes the secrets file owner-only', async () => {
    const dataDir = tempDir();
    const store = createSafeStorageStore({ safeStorage: new AesTestSafeStorage(), dataDir });
    await store.set('llm:anthropic', 'value-1');
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dataDir, SECRETS_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('refuses to store on Linux basic_text and says why', async () => {
    const dataDir = tempDir();
    const store = createSafeStorageStore({ safeStorage: new AesTestSafeStorage('basic_text'), dataDir });
    expect(store.status()).toMatchObject({ backend: 'unavailable', persistent: false, reason: expect.stringContaining('basic_text') });
    await expect(store.set('llm:openai', 'sk-should-not-be-written')).rejects.toMatchObject({ code: 'refused-insecure' });
    expect(fs.existsSync(path.join(dataDir, SECRETS_FILE_NAME))).toBe(false);
  });

  it('reports unavailable when encryption is not available', async () => {
    const store = createSafeStorageStore({ safeStorage: new AesTestSafeStorage('unknown', false), dataDir: tempDir() });
    expect(store.status().backend).toBe('unavailable');
    await expect(store.set('llm:openai', 'x')).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('rejects account names that are not identifiers', async () => {
    const store = createSessionStore();
    await expect(store.set('../../etc/passwd', 'x')).rejects.toMatchObject({ code: 'invalid-account' });
  });
});

/** A keytar stand-in (the native module is not built on every machine); the real one runs in tests/secrets/keychain.test.ts. */
function fakeKeytar(behaviour: 'ok' | 'locked' | 'no-service' | 'hang'): KeytarModule {
  const values = new Map<string, string>();
  const fail = (): never => {
    if (behaviour === 'locked') throw new Error('Cannot get secret of a locked object');
    throw new Error('The name org.freedesktop.secrets was not provided by any .service files');
  };
  return {
    getPassword: async (service, account) =>
      behaviour === 'hang'
        ? new Promise<string | null>(() => undefined)
        : behaviour === 'ok'
          ? (values.get(`${service}/${account}`) ?? null)
          : fail(),
    setPassword: async (service, account, password) => {
      if (behaviour === 'hang') return new Promise<void>(() => undefined);
      if (behaviour !== 'ok') fail();
      values.set(`${service}/${account}`, password);
    },
    deletePassword: async (service, account) => (behaviour === 'ok' ? values.delete(`${service}/${account}`) : fail()),
  };
}

describe('keytar store and the factory', () => {
  it('uses the keychain when keytar loads', async () => {
    const store = await createSecretStore({ dataDir: tempDir(), loadKeytar: async () => ({ ok: true, keytar: fakeKeytar('ok') }) });
    expect(store.status()).toEqual({ backend: 'keychain', persistent: true });
    await store.set('llm:openai', 'sk-1');
    expect(await store.get('llm:openai')).toBe('sk-1');
    expect(await store.delete('llm:openai')).toBe(true);
  });

  it('S-4: a locked keyring is reported as locked, not as "no key"', async () => {
    const store = await createSecretStore({
      dataDir: tempDir(),
      safeStorage: new AesTestSafeStorage(),
      loadKeytar: async () => ({ ok: true, keytar: fakeKeytar('locked') }),
    });
    expect(store.status()).toMatchObject({ backend: 'keychain', locked: true });
    expect(await keyPresence(store, 'llm:openai')).toEqual({ hasKey: false, locked: true });
    await expect(store.get('llm:openai')).rejects.toMatchObject({ code: 'locked' });
    const hung = await openKeytarStore({
      service: 'Pathwise',
      load: async () => ({ ok: true, keytar: fakeKeytar('hang') }),
      probeTimeoutMs: 20,
    });
    expect(hung.status()).toMatchObject({ backend: 'keychain', locked: true });
  });

  it('S-4 as libsecret behaves: "not found" while locked is confirmed by a write probe and reported as locked', async () => {
    let locked = false;
    const values = new Map<string, string>();
    const keytar: KeytarModule = {
      // libsecret answers "not found" for items in a locked collection; writes fail.
      getPassword: async (_service, account) => (locked ? null : (values.get(account) ?? null)),
      setPassword: async (_service, account, password) => {
        if (locked) throw new Error('Cannot create an item in a locked collection');
        values.set(account, password);
      },
      deletePassword: async (_service, account) => values.delete(account),
    };
    const store = createKeytarStore(keytar, 'Pathwise');
    expect(await keyPresence(store, 'llm:openai')).toEqual({ hasKey: false });
    await store.set('llm:openai', 'sk-1');
    locked = true;
    expect(await keyPresence(store, 'llm:openai')).toEqual({ hasKey: false, locked: true });
    expect(store.status()).toMatchObject({ backend: 'keychain', locked: true });
    locked = false;
    expect(await keyPresence(store, 'llm:openai')).toEqual({ hasKey: true });
    expect(store.status().locked).toBeUndefined();
    expect(values.has('pathwise-probe')).toBe(false);
  });

  it('a store that was fine reports locked after the keyring locks', async () => {
    let locked = false;
    const keytar: KeytarModule = {
      getPassword: async () => {
        if (locked) throw new Error('org.freedesktop.Secret.Error.IsLocked');
        return 'v';
      },
      setPassword: async () => undefined,
      deletePassword: async () => true,
    };
    const store = createKeytarStore(keytar, 'Pathwise');
    expect(await keyPresence(store, 'llm:openai')).toEqual({ hasKey: true });
    locked = true;
    expect(await keyPresence(store, 'llm:openai')).toEqual({ hasKey: false, locked: true });
    expect(store.status().locked).toBe(true);
  });

  it('falls back to safeStorage when keytar does not load, and to session-only on basic_text', async () => {
    const unloadable = async () => ({ ok: false as const, reason: 'keytar could not be loaded (Cannot find module).' });
    const encrypted = await createSecretStore({ dataDir: tempDir(), safeStorage: new AesTestSafeStorage(), loadKeytar: unloadable });
    expect(encrypted.status()).toEqual({ backend: 'safe-storage', persistent: true });
    const session = await createSecretStore({
      dataDir: tempDir(),
      safeStorage: new AesTestSafeStorage('basic_text'),
      loadKeytar: unloadable,
    });
    expect(session.status()).toMatchObject({ backend: 'session-only', persistent: false, reason: expect.stringContaining('basic_text') });
    const noService = await createSecretStore({
      dataDir: tempDir(),
      loadKeytar: async () => ({ ok: true, keytar: fakeKeytar('no-service') }),
    });
    expect(noService.status()).toMatchObject({ backend: 'session-only' });
    await noService.set('llm:openai', 'sk-mem');
    expect(await noService.get('llm:openai')).toBe('sk-mem');
  });

  it('the real loader reports keytar as unavailable (not a crash) when it is not installed or built', async () => {
    const store = await openKeytarStore({ service: `pathwise-test-${randomUUID()}`, probeTimeoutMs: 2_000 });
    expect(['keychain', 'unavailable']).toContain(store.status().backend);
  });
});
