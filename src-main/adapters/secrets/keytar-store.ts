/**
 * The OS keychain through keytar (macOS Keychain, Windows Credential Manager, libsecret on
 * Linux). keytar is an optional native dependency: it is imported dynamically, and when it does
 * not load the store reports `unavailable` so the factory can fall back (SECURITY.md "Secrets").
 * A locked keyring is reported as `locked`, never as "no key" (S-4).
 */
import { assertAccount, SecretStoreError, type SecretStore } from '../../core/secrets/secret-store';
import type { SecretStatus } from '../../../src-preload/contract/coach.types';

/** The part of keytar's API this store uses (declared here: keytar's types are optional too). */
export interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export type KeytarLoad = { ok: true; keytar: KeytarModule } | { ok: false; reason: string };

function isKeytar(value: unknown): value is KeytarModule {
  const candidate = value as Partial<KeytarModule> | null;
  return (
    !!candidate &&
    typeof candidate.getPassword === 'function' &&
    typeof candidate.setPassword === 'function' &&
    typeof candidate.deletePassword === 'function'
  );
}

/** Loads keytar if it is installed and built for this runtime. */
export async function loadKeytar(): Promise<KeytarLoad> {
  // A variable specifier keeps bundlers from resolving the optional module at build time.
  const specifier = 'keytar';
  try {
    const loaded: unknown = await import(specifier);
    const module = (loaded as { default?: unknown }).default ?? loaded;
    return isKeytar(module) ? { ok: true, keytar: module } : { ok: false, reason: 'keytar loaded but does not look like keytar.' };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, reason: `keytar could not be loaded (${message}).` };
  }
}

export type KeychainProblem = 'locked' | 'unavailable' | 'failed';

/** Sorts a keychain error. libsecret and macOS phrase "locked" several ways. */
export function classifyKeychainError(error: unknown): KeychainProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/locked|IsLocked|unlock|dismissed|user canceled|user cancelled|interaction is not allowed|-25308|prompt/i.test(message))
    return 'locked';
  if (
    /org\.freedesktop\.secrets|ServiceUnknown|was not provided by any \.service|autolaunch|DBUS_SESSION_BUS_ADDRESS|dbus|no such secret collection|Cannot create an item in a locked collection/i.test(
      message,
    )
  ) {
    return /locked/i.test(message) ? 'locked' : 'unavailable';
  }
  return 'failed';
}

const MESSAGES: Record<KeychainProblem, string> = {
  locked: 'The system keychain is locked. Unlock it (log in to your desktop keyring) and try again.',
  unavailable: 'The system keychain service is not running.',
  failed: 'The system keychain refused the request.',
};

function toStoreError(error: unknown): SecretStoreError {
  const problem = classifyKeychainError(error);
  // Never pass the library's message on: it is not ours to promise it cannot echo a value.
  return new SecretStoreError(problem, MESSAGES[problem]);
}

const PROBE_ACCOUNT = 'pathwise-probe';

export type ProbeOutcome = 'ok' | KeychainProblem;

/**
 * Whether the keychain can be written right now. A read cannot tell: libsecret answers "not
 * found" for an item in a locked collection (measured under gnome-keyring), so a locked keyring
 * would pass for "no key". Writing and deleting a probe item fails (or shows an unlock prompt,
 * which does not answer before the timeout) when the keyring is locked.
 */
export async function probeKeychain(keytar: KeytarModule, service: string, timeoutMs: number): Promise<ProbeOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ProbeOutcome>((resolve) => {
    timer = setTimeout(() => resolve('locked'), timeoutMs);
  });
  const probe = (async (): Promise<ProbeOutcome> => {
    await keytar.setPassword(service, PROBE_ACCOUNT, 'probe');
    await keytar.deletePassword(service, PROBE_ACCOUNT);
    return 'ok';
  })().catch((error: unknown) => classifyKeychainError(error));
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface KeytarStoreOptions {
  initial?: SecretStatus;
  /** How long an unlock prompt may stay unanswered before the keyring counts as locked. */
  probeTimeoutMs?: number;
}

export function createKeytarStore(keytar: KeytarModule, service: string, options: KeytarStoreOptions = {}): SecretStore {
  let status: SecretStatus = { ...(options.initial ?? { backend: 'keychain', persistent: true }) };
  const probeTimeoutMs = options.probeTimeoutMs ?? 5_000;
  const markLocked = (): SecretStoreError => {
    status = { backend: 'keychain', persistent: true, locked: true, reason: MESSAGES.locked };
    return new SecretStoreError('locked', MESSAGES.locked);
  };
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      const value = await run();
      if (status.locked) status = { backend: 'keychain', persistent: true };
      return value;
    } catch (error) {
      const storeError = toStoreError(error);
      if (storeError.code === 'locked') throw markLocked();
      throw storeError;
    }
  };
  return {
    get: async (account) => {
      assertAccount(account);
      const value = await guard(() => keytar.getPassword(service, account));
      if (value !== null) return value;
      // "Not found" may mean "locked" (see probeKeychain): only a writable keychain makes it "no key".
      const outcome = await probeKeychain(keytar, service, probeTimeoutMs);
      if (outcome === 'locked') throw markLocked();
      return null;
    },
    set: (account, value) => {
      assertAccount(account);
      return guard(() => keytar.setPassword(service, account, value));
    },
    delete: (account) => {
      assertAccount(account);
      return guard(() => keytar.deletePassword(service, account));
    },
    status: () => ({ ...status }),
  };
}

export function unavailableStore(reason: string): SecretStore {
  const refuse = async (): Promise<never> => {
    throw new SecretStoreError('unavailable', reason);
  };
  return { get: refuse, set: refuse, delete: refuse, status: () => ({ backend: 'unavailable', persistent: false, reason }) };
}

export interface OpenKeytarOptions {
  service: string;
  load?: () => Promise<KeytarLoad>;
  /** A keyring that shows an unlock prompt does not answer; after this long it counts as locked. */
  probeTimeoutMs?: number;
}

/**
 * Loads keytar and probes the keychain once, so the status is known before the first real use:
 * keychain, keychain-but-locked, or unavailable.
 */
export async function openKeytarStore({ service, load = loadKeytar, probeTimeoutMs = 5_000 }: OpenKeytarOptions): Promise<SecretStore> {
  const loaded = await load();
  if (!loaded.ok) return unavailableStore(loaded.reason);
  const outcome = await probeKeychain(loaded.keytar, service, probeTimeoutMs);
  if (outcome === 'ok') return createKeytarStore(loaded.keytar, service, { probeTimeoutMs });
  if (outcome === 'locked')
    return createKeytarStore(loaded.keytar, service, {
      probeTimeoutMs,
      initial: { backend: 'keychain', persistent: true, locked: true, reason: MESSAGES.locked },
    });
  return unavailableStore(MESSAGES[outcome]);
}
