/**
 * Provider API keys in the SecretStore (SECURITY.md "Secrets"). The store is opened on first use,
 * never at start-up (probing the OS keychain can take a moment). Keys flow in from the renderer
 * and out only to a provider's request headers: the renderer learns `{ hasKey }` and the store's
 * status, nothing else (S-5).
 */
import type { KeyPresence, SecretStatus } from '../../../src-preload/contract/coach.types';
import { keyPresence, type SecretStore } from '../secrets/secret-store';

/** Keychain account for a provider's key: an identifier, never user text. */
export const providerAccount = (providerId: string): string => `llm:${providerId}`;

export class AiSecrets {
  private store: Promise<SecretStore> | null = null;

  constructor(private readonly open: () => Promise<SecretStore>) {}

  private get(): Promise<SecretStore> {
    this.store ??= this.open().catch((error: unknown) => {
      this.store = null;
      throw error;
    });
    return this.store;
  }

  async status(): Promise<SecretStatus> {
    return (await this.get()).status();
  }

  async hasKey(providerId: string): Promise<KeyPresence> {
    return keyPresence(await this.get(), providerAccount(providerId));
  }

  async setKey(providerId: string, key: string): Promise<KeyPresence> {
    await (await this.get()).set(providerAccount(providerId), key);
    return { hasKey: true };
  }

  async deleteKey(providerId: string): Promise<boolean> {
    return (await this.get()).delete(providerAccount(providerId));
  }

  /** Main-process only: the key for one request. Throws SecretStoreError('locked') when the keyring is locked. */
  async keyFor(providerId: string): Promise<string | null> {
    return (await this.get()).get(providerAccount(providerId));
  }
}
