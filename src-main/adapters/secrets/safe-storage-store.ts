/**
 * Secrets encrypted with Electron's safeStorage (injected: this file never imports electron),
 * stored as base64 ciphertext in `<dataDir>/secrets.json`. On Linux, safeStorage may fall back
 * to the `basic_text` backend, which "encrypts" with a hard-coded key: plaintext-equivalent, so
 * this store refuses to write there and says so (SECURITY.md "Secrets").
 */
import fs from 'node:fs';
import path from 'node:path';
import { assertAccount, SecretStoreError, type SecretStore } from '../../core/secrets/secret-store';
import type { SecretStatus } from '../../../src-preload/contract/coach.types';

/** The part of Electron's `safeStorage` this store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown'. */
  getSelectedStorageBackend?(): string;
}

export interface SafeStorageStoreOptions {
  safeStorage: SafeStorageLike;
  dataDir: string;
}

interface SecretsFile {
  version: 1;
  /** account → base64 ciphertext. */
  entries: Record<string, string>;
}

export const SECRETS_FILE_NAME = 'secrets.json';

const BASIC_TEXT_REASON =
  'The only encryption available is Linux "basic_text" (no system keyring), which is as good as plaintext. ' +
  'Pathwise will not store keys that way; install and unlock a keyring (GNOME Keyring or KWallet), or use a key for this session only.';
const NOT_AVAILABLE_REASON = 'Electron safeStorage encryption is not available on this system.';

export function safeStorageStatus(safeStorage: SafeStorageLike): SecretStatus {
  let available = false;
  try {
    available = safeStorage.isEncryptionAvailable();
  } catch {
    available = false;
  }
  if (!available) return { backend: 'unavailable', persistent: false, reason: NOT_AVAILABLE_REASON };
  if (safeStorage.getSelectedStorageBackend?.() === 'basic_text')
    return { backend: 'unavailable', persistent: false, reason: BASIC_TEXT_REASON };
  return { backend: 'safe-storage', persistent: true };
}

export function createSafeStorageStore({ safeStorage, dataDir }: SafeStorageStoreOptions): SecretStore {
  const file = path.join(dataDir, SECRETS_FILE_NAME);

  const read = (): SecretsFile => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, entries: {} };
      throw new SecretStoreError('failed', 'The secrets file could not be read.');
    }
    try {
      const parsed = JSON.parse(text) as Partial<SecretsFile>;
      return { version: 1, entries: parsed.entries && typeof parsed.entries === 'object' ? { ...parsed.entries } : {} };
    } catch {
      throw new SecretStoreError('failed', 'The secrets file is damaged.');
    }
  };

  /** Atomic replace: a crash leaves the old file or the new one, never half of one. */
  const write = (data: SecretsFile): void => {
    fs.mkdirSync(dataDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    const handle = fs.openSync(temporary, 'w', 0o600);
    try {
      fs.writeFileSync(handle, `${JSON.stringify(data, null, 2)}\n`);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, file);
  };

  const requireUsable = (): void => {
    const status = safeStorageStatus(safeStorage);
    if (status.backend === 'safe-storage') return;
    const code = status.reason === BASIC_TEXT_REASON ? 'refused-insecure' : 'unavailable';
    throw new SecretStoreError(code, status.reason ?? NOT_AVAILABLE_REASON);
  };

  return {
    async get(account) {
      assertAccount(account);
      const encoded = read().entries[account];
      if (!encoded) return null;
      requireUsable();
      try {
        return safeStorage.decryptString(Buffer.from(encoded, 'base64'));
      } catch {
        throw new SecretStoreError('failed', 'A stored key could not be decrypted (the system keyring may have changed). Enter it again.');
      }
    },
    async set(account, value) {
      assertAccount(account);
      requireUsable();
      let encrypted: Buffer;
      try {
        encrypted = safeStorage.encryptString(value);
      } catch {
        throw new SecretStoreError('failed', 'The key could not be encrypted.');
      }
      const data = read();
      data.entries[account] = encrypted.toString('base64');
      write(data);
    },
    async delete(account) {
      assertAccount(account);
      const data = read();
      if (!(account in data.entries)) return false;
      delete data.entries[account];
      write(data);
      return true;
    },
    status: () => safeStorageStatus(safeStorage),
  };
}
