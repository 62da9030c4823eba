/**
 * Where provider API keys and site credentials live (SECURITY.md "Secrets"): the OS keychain
 * (keytar), Electron safeStorage where keytar cannot load, or memory for this session only.
 * Implementations are in src-main/adapters/secrets; core code depends on this interface.
 *
 * Rules every implementation keeps (S-5): a secret value never appears in an error message, a
 * log line, the database, an export or anything sent to the renderer, which only ever learns
 * `{ hasKey }` and the store's status. A locked keyring is reported as locked, not as "no key" (S-4).
 */
import type { KeyPresence, SecretStatus } from '../../../src-preload/contract/coach.types';

export type { KeyPresence, SecretBackend, SecretStatus } from '../../../src-preload/contract/coach.types';

export interface SecretStore {
  /** The secret, or null when none is stored. Throws SecretStoreError('locked') when the keyring is locked. */
  get(account: string): Promise<string | null>;
  set(account: string, value: string): Promise<void>;
  /** True when something was deleted. */
  delete(account: string): Promise<boolean>;
  status(): SecretStatus;
}

export type SecretStoreErrorCode = 'locked' | 'unavailable' | 'refused-insecure' | 'invalid-account' | 'failed';

/** Typed failure. Its message is written by Pathwise, never copied from a value or a library error that might echo one. */
export class SecretStoreError extends Error {
  constructor(
    readonly code: SecretStoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SecretStoreError';
  }
}

/** The service name keys are stored under in the OS keychain. */
export const SECRET_SERVICE = 'Pathwise';

const ACCOUNT = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

/** Account names are identifiers like `llm:openai`, never user text or a secret. */
export function assertAccount(account: string): void {
  if (!ACCOUNT.test(account)) throw new SecretStoreError('invalid-account', 'Invalid secret account name.');
}

/** What the renderer may learn about a key: whether there is one, and whether the keyring is locked. */
export async function keyPresence(store: SecretStore, account: string): Promise<KeyPresence> {
  try {
    const value = await store.get(account);
    return { hasKey: typeof value === 'string' && value.length > 0 };
  } catch (error) {
    if (error instanceof SecretStoreError && error.code === 'locked') return { hasKey: false, locked: true };
    throw error;
  }
}

/** Replaces every occurrence of the given secrets in `text` (for log lines and error reports). */
export function redactSecrets(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out;
}
