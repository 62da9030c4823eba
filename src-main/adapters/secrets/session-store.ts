/** Keys in memory for this session only: nothing is written anywhere (the fallback of last resort). */
import { assertAccount, type SecretStore } from '../../core/secrets/secret-store';
import type { SecretStatus } from '../../../src-preload/contract/coach.types';

export function createSessionStore(reason?: string): SecretStore {
  const values = new Map<string, string>();
  const status: SecretStatus = { backend: 'session-only', persistent: false, ...(reason ? { reason } : {}) };
  return {
    async get(account) {
      assertAccount(account);
      return values.get(account) ?? null;
    },
    async set(account, value) {
      assertAccount(account);
      values.set(account, value);
    },
    async delete(account) {
      assertAccount(account);
      return values.delete(account);
    },
    status: () => ({ ...status }),
  };
}
