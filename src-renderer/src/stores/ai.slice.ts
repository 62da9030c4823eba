/**
 * AI & privacy settings: which path each feature uses (and what it would use now), the cloud
 * providers, whether a key is stored for each (never the key: it only travels renderer → main),
 * the secret store's state, consent per provider host, and the outbound ledger.
 * Calls the person started from a form throw the contract error so the form can show it in place.
 */
import type {
  AiFeature,
  AiFeatureStatus,
  AiSettings,
  CloudProvider,
  KeyPresence,
  LedgerEntry,
  ProviderChoice,
  ProviderPreset,
  SecretStatus,
} from '../../../src-preload/contract';
import type { ChannelInput } from '../../../src-preload/contract';
import { take } from './result';
import { errorMessage, idle, type Loadable, type SliceCreator } from './types';

export interface AiProvidersState {
  providers: CloudProvider[];
  presets: ProviderPreset[];
  secrets: SecretStatus;
}

export interface AiSlice {
  aiSettings: Loadable<AiSettings>;
  aiStatus: Loadable<AiFeatureStatus[]>;
  aiProviders: Loadable<AiProvidersState>;
  /** Per provider id: is a key stored (or is the keyring locked). */
  keyPresence: Record<string, KeyPresence>;
  ledger: Loadable<LedgerEntry[]>;
  /** Settings and the per-feature status together (they change together). */
  loadAiSettings(): Promise<void>;
  setFeatureChoice(feature: AiFeature, choice: ProviderChoice): Promise<void>;
  loadProviders(): Promise<void>;
  saveProvider(input: ChannelInput<'providers:save'>): Promise<CloudProvider>;
  removeProvider(id: string): Promise<void>;
  /** Sends the key to main's secret store; the renderer keeps only "a key is saved". */
  setProviderKey(providerId: string, key: string): Promise<void>;
  deleteProviderKey(providerId: string): Promise<void>;
  setConsent(providerId: string, allowed: boolean): Promise<void>;
  loadLedger(): Promise<void>;
}

/** The provider a feature is set to, if it is a cloud one. */
export const cloudIdOf = (choice: ProviderChoice | undefined): string | null =>
  typeof choice === 'object' && choice !== null ? choice.cloud : null;

export const choiceKey = (choice: ProviderChoice): string => (typeof choice === 'object' ? `cloud:${choice.cloud}` : choice);

export const choiceFromKey = (key: string): ProviderChoice =>
  key.startsWith('cloud:') ? { cloud: key.slice(6) } : key === 'local' ? 'local' : 'offline';

export const createAiSlice: SliceCreator<AiSlice> =
  ({ api }) =>
  (set, get) => {
    async function loadKeys(providers: CloudProvider[]): Promise<void> {
      const entries = await Promise.all(
        providers
          .filter((p) => p.requiresKey)
          .map(async (p) => {
            const result = await api.secrets.hasKey({ providerId: p.id });
            return [p.id, result.ok ? result.value : { hasKey: false }] as const;
          }),
      );
      set({ keyPresence: Object.fromEntries(entries) });
    }

    const refreshStatus = async () => {
      const status = await api.ai.status();
      if (status.ok) set({ aiStatus: { data: status.value, loading: false, error: null } });
    };

    return {
      aiSettings: idle(),
      aiStatus: idle(),
      aiProviders: idle(),
      keyPresence: {},
      ledger: idle(),

      async loadAiSettings() {
        set((s) => ({ aiSettings: { ...s.aiSettings, loading: true }, aiStatus: { ...s.aiStatus, loading: true } }));
        try {
          const [settings, status] = await Promise.all([api.ai.getSettings(), api.ai.status()]);
          set({
            aiSettings: { data: take(settings), loading: false, error: null },
            aiStatus: { data: take(status), loading: false, error: null },
          });
        } catch (error) {
          const message = errorMessage(error);
          set((s) => ({
            aiSettings: { ...s.aiSettings, loading: false, error: message },
            aiStatus: { ...s.aiStatus, loading: false, error: message },
          }));
        }
      },

      async setFeatureChoice(feature, choice) {
        const data = take(await api.ai.updateSettings({ features: { [feature]: choice } }));
        set({ aiSettings: { data, loading: false, error: null } });
        await refreshStatus();
      },

      async loadProviders() {
        set((s) => ({ aiProviders: { ...s.aiProviders, loading: true } }));
        try {
          const [providers, presets, secrets] = await Promise.all([api.providers.list(), api.providers.presets(), api.secrets.status()]);
          const data = { providers: take(providers), presets: take(presets), secrets: take(secrets) };
          set({ aiProviders: { data, loading: false, error: null } });
          await loadKeys(data.providers);
        } catch (error) {
          set((s) => ({ aiProviders: { ...s.aiProviders, loading: false, error: errorMessage(error) } }));
        }
      },

      async saveProvider(input) {
        const saved = take(await api.providers.save(input));
        set((s) => {
          const current = s.aiProviders.data;
          if (!current) return {};
          const providers = [...current.providers.filter((p) => p.id !== saved.id), saved];
          return { aiProviders: { ...s.aiProviders, data: { ...current, providers } } };
        });
        if (saved.requiresKey && !get().keyPresence[saved.id]) {
          const presence = await api.secrets.hasKey({ providerId: saved.id });
          if (presence.ok) set((s) => ({ keyPresence: { ...s.keyPresence, [saved.id]: presence.value } }));
        }
        await refreshStatus();
        return saved;
      },

      async removeProvider(id) {
        take(await api.providers.remove({ id }));
        set((s) => {
          const current = s.aiProviders.data;
          const { [id]: _gone, ...keyPresence } = s.keyPresence;
          if (!current) return { keyPresence };
          return {
            keyPresence,
            aiProviders: { ...s.aiProviders, data: { ...current, providers: current.providers.filter((p) => p.id !== id) } },
          };
        });
        await get().loadAiSettings();
      },

      async setProviderKey(providerId, key) {
        const presence = take(await api.secrets.setKey({ providerId, key }));
        set((s) => ({ keyPresence: { ...s.keyPresence, [providerId]: presence } }));
        // The backend may have changed (a session-only store explains itself in the banner).
        const status = await api.secrets.status();
        if (status.ok)
          set((s) =>
            s.aiProviders.data ? { aiProviders: { ...s.aiProviders, data: { ...s.aiProviders.data, secrets: status.value } } } : {},
          );
        await refreshStatus();
      },

      async deleteProviderKey(providerId) {
        take(await api.secrets.deleteKey({ providerId }));
        set((s) => ({ keyPresence: { ...s.keyPresence, [providerId]: { hasKey: false } } }));
        await refreshStatus();
      },

      async setConsent(providerId, allowed) {
        if (allowed) {
          const consent = take(await api.consent.grant({ providerId }));
          patchProvider(providerId, { consent });
        } else {
          take(await api.consent.revoke({ providerId }));
          patchProvider(providerId, { consent: null });
        }
        await refreshStatus();
      },

      async loadLedger() {
        set((s) => ({ ledger: { ...s.ledger, loading: true } }));
        try {
          set({ ledger: { data: take(await api.ledger.list({ limit: 200 })), loading: false, error: null } });
        } catch (error) {
          set((s) => ({ ledger: { ...s.ledger, loading: false, error: errorMessage(error) } }));
        }
      },
    };

    function patchProvider(id: string, patch: Partial<CloudProvider>): void {
      set((s) => {
        const current = s.aiProviders.data;
        if (!current) return {};
        const providers = current.providers.map((p) => (p.id === id ? { ...p, ...patch } : p));
        return { aiProviders: { ...s.aiProviders, data: { ...current, providers } } };
      });
    }
  };
