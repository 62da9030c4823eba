/**
 * Picks where secrets live: the OS keychain (keytar) → Electron safeStorage → memory for this
 * session only (SECURITY.md "Secrets"). A locked keychain is still the keychain: it is returned
 * with `locked: true` so the UI can ask the person to unlock it rather than for a new key (S-4).
 */
import { SECRET_SERVICE, type SecretStore } from '../../core/secrets/secret-store';
import { openKeytarStore, type KeytarLoad } from './keytar-store';
import { createSafeStorageStore, type SafeStorageLike } from './safe-storage-store';
import { createSessionStore } from './session-store';

export interface CreateSecretStoreOptions {
  dataDir: string;
  /** Electron's `safeStorage`, passed in by the shell; absent in the CLI and browser mode. */
  safeStorage?: SafeStorageLike | null;
  service?: string;
  /** Injected in tests; defaults to a dynamic import of keytar. */
  loadKeytar?: () => Promise<KeytarLoad>;
  probeTimeoutMs?: number;
}

export async function createSecretStore(options: CreateSecretStoreOptions): Promise<SecretStore> {
  const keychain = await openKeytarStore({
    service: options.service ?? SECRET_SERVICE,
    ...(options.loadKeytar ? { load: options.loadKeytar } : {}),
    ...(options.probeTimeoutMs !== undefined ? { probeTimeoutMs: options.probeTimeoutMs } : {}),
  });
  const keychainStatus = keychain.status();
  if (keychainStatus.backend === 'keychain') return keychain;
  const reasons = [`OS keychain: ${keychainStatus.reason ?? 'not available'}`];
  if (options.safeStorage) {
    const encrypted = createSafeStorageStore({ safeStorage: options.safeStorage, dataDir: options.dataDir });
    const status = encrypted.status();
    if (status.backend === 'safe-storage') return encrypted;
    reasons.push(`safeStorage: ${status.reason ?? 'not available'}`);
  } else reasons.push('safeStorage: not available outside the desktop app.');
  return createSessionStore(`Keys are kept in memory for this session only. ${reasons.join(' ')}`);
}
