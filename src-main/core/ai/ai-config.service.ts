/**
 * AI settings: which path each feature uses, the cloud providers the person configured (never
 * their keys: those live in the SecretStore, S-5) and the consent given per provider and host.
 * Consent is tied to the host text goes to, so pointing a provider at another address asks again.
 */
import type { Kysely } from 'kysely';
import {
  AI_FEATURES,
  type AiFeature,
  type AiSettings,
  type CloudProvider,
  type CloudProviderKind,
  type ConsentEntry,
  type ProviderChoice,
  type ProviderPreset,
} from '../../../src-preload/contract/ai.contract';
import { AppFailure } from '../../../src-preload/contract/result';
import { getSetting, putSetting } from '../../db/repositories/settings.repository';
import type { Database } from '../../db/schema';
import type { EventSink } from '../events';

/** A configured provider as stored (settings table, key `ai.providers`). */
export interface CloudProviderConfig {
  id: string;
  kind: CloudProviderKind;
  name: string;
  baseUrl: string | null;
  model: string;
  apiVersion: string | null;
}

export interface ProviderInput {
  id?: string;
  kind: CloudProviderKind;
  name?: string;
  baseUrl?: string | null;
  model: string;
  apiVersion?: string | null;
}

const KEYS = { settings: 'ai', providers: 'ai.providers', consents: 'ai.consents' } as const;

/** Until a model is set up, 'local' runs the offline coach; once one is active, features use it. */
export const DEFAULT_AI_SETTINGS: AiSettings = {
  features: { feedback: 'local', tailoring: 'local', coverLetter: 'local' },
  activeModelId: null,
  allowWontFit: false,
};

export class AiConfigService {
  private readonly presets: Map<CloudProviderKind, ProviderPreset>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly events: EventSink,
    presets: readonly ProviderPreset[],
  ) {
    this.presets = new Map(presets.map((p) => [p.kind, p]));
  }

  // ---- settings ------------------------------------------------------------------------------

  async getSettings(): Promise<AiSettings> {
    const stored = (await getSetting<Partial<AiSettings>>(this.db, KEYS.settings)) ?? {};
    return {
      ...DEFAULT_AI_SETTINGS,
      ...stored,
      features: { ...DEFAULT_AI_SETTINGS.features, ...stored.features },
    };
  }

  async updateFeatures(features: Partial<Record<AiFeature, ProviderChoice>>): Promise<AiSettings> {
    const providers = await this.providerConfigs();
    for (const feature of AI_FEATURES) {
      const choice = features[feature];
      if (choice && typeof choice === 'object' && !providers.some((p) => p.id === choice.cloud)) {
        throw new AppFailure('not-found', `There is no provider "${choice.cloud}"; add it in AI settings first.`);
      }
    }
    const current = await this.getSettings();
    const defined = Object.fromEntries(Object.entries(features).filter(([, v]) => v !== undefined));
    return this.saveSettings({ ...current, features: { ...current.features, ...defined } });
  }

  async setActiveModel(id: string | null, allowWontFit: boolean): Promise<AiSettings> {
    return this.saveSettings({ ...(await this.getSettings()), activeModelId: id, allowWontFit: id ? allowWontFit : false });
  }

  private async saveSettings(next: AiSettings): Promise<AiSettings> {
    await putSetting(this.db, KEYS.settings, next);
    this.events.emit('data:changed', { area: 'ai' });
    return next;
  }

  // ---- providers -----------------------------------------------------------------------------

  presetList(): ProviderPreset[] {
    return [...this.presets.values()];
  }

  preset(kind: CloudProviderKind): ProviderPreset {
    const preset = this.presets.get(kind);
    if (!preset) throw new AppFailure('invalid-input', `Unknown provider kind "${kind}".`);
    return preset;
  }

  async providerConfigs(): Promise<CloudProviderConfig[]> {
    return (await getSetting<CloudProviderConfig[]>(this.db, KEYS.providers)) ?? [];
  }

  async providerConfig(id: string): Promise<CloudProviderConfig> {
    const config = (await this.providerConfigs()).find((p) => p.id === id);
    if (!config) throw new AppFailure('not-found', 'That AI provider is no longer set up; choose another in AI settings.');
    return config;
  }

  /** Where this provider sends text. */
  hostOf(config: CloudProviderConfig): string {
    const base = config.baseUrl ?? this.preset(config.kind).defaultBaseUrl;
    if (!base) throw new AppFailure('invalid-input', `${config.name} needs the address of the service.`);
    try {
      return new URL(base).host;
    } catch {
      throw new AppFailure('invalid-input', `"${base}" is not a web address.`);
    }
  }

  /** A key must not cross the network in clear text: plain http only to this computer, or for keyless servers. */
  private checkTransport(config: CloudProviderConfig): void {
    const base = config.baseUrl ?? this.preset(config.kind).defaultBaseUrl ?? '';
    const host = this.hostOf(config);
    const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/i.test(host);
    if (base.toLowerCase().startsWith('http:') && !loopback && this.preset(config.kind).requiresKey) {
      throw new AppFailure(
        'invalid-input',
        `${this.preset(config.kind).name} needs an https:// address: the API key must not travel unencrypted.`,
      );
    }
  }

  async listProviders(): Promise<CloudProvider[]> {
    const consents = await this.listConsents();
    return (await this.providerConfigs()).map((config) => this.view(config, consents));
  }

  async saveProvider(input: ProviderInput): Promise<CloudProvider> {
    const preset = this.preset(input.kind);
    const configs = await this.providerConfigs();
    const existing = input.id ? configs.find((p) => p.id === input.id) : undefined;
    if (input.id && !existing) throw new AppFailure('not-found', 'That AI provider no longer exists.');
    const baseUrl = input.baseUrl === undefined ? (existing?.baseUrl ?? null) : input.baseUrl;
    if (preset.needsBaseUrl && !baseUrl) throw new AppFailure('invalid-input', `${preset.name} needs the address of the service.`);
    const config: CloudProviderConfig = {
      id: existing?.id ?? nextId(input.kind, configs),
      kind: input.kind,
      name: input.name ?? (existing && existing.kind === input.kind ? existing.name : preset.name),
      baseUrl,
      model: input.model,
      apiVersion: input.apiVersion === undefined ? (existing?.apiVersion ?? null) : input.apiVersion,
    };
    this.checkTransport(config);
    await putSetting(this.db, KEYS.providers, [...configs.filter((p) => p.id !== config.id), config]);
    this.events.emit('data:changed', { area: 'ai' });
    return this.view(config, await this.listConsents());
  }

  /** Removes the configuration and its consent; features that used it go back to 'local'. */
  async removeProvider(id: string): Promise<boolean> {
    const configs = await this.providerConfigs();
    if (!configs.some((p) => p.id === id)) return false;
    await putSetting(
      this.db,
      KEYS.providers,
      configs.filter((p) => p.id !== id),
    );
    await this.revokeConsent(id);
    const settings = await this.getSettings();
    const features = Object.fromEntries(
      AI_FEATURES.map((f) => {
        const choice = settings.features[f];
        return [f, typeof choice === 'object' && choice.cloud === id ? 'local' : choice];
      }),
    ) as AiSettings['features'];
    await this.saveSettings({ ...settings, features });
    return true;
  }

  private view(config: CloudProviderConfig, consents: ConsentEntry[]): CloudProvider {
    const preset = this.preset(config.kind);
    const host = this.hostOf(config);
    return {
      ...config,
      host,
      requiresKey: preset.requiresKey,
      runsLocally: preset.runsLocally && config.baseUrl === null,
      consent: consents.find((c) => c.providerId === config.id && c.host === host) ?? null,
    };
  }

  // ---- consent -------------------------------------------------------------------------------

  async listConsents(): Promise<ConsentEntry[]> {
    return (await getSetting<ConsentEntry[]>(this.db, KEYS.consents)) ?? [];
  }

  async grantConsent(providerId: string, now = new Date()): Promise<ConsentEntry> {
    const host = this.hostOf(await this.providerConfig(providerId));
    const entry: ConsentEntry = { providerId, host, grantedAt: now.toISOString() };
    await putSetting(this.db, KEYS.consents, [...(await this.listConsents()).filter((c) => c.providerId !== providerId), entry]);
    this.events.emit('data:changed', { area: 'ai' });
    return entry;
  }

  async revokeConsent(providerId: string): Promise<boolean> {
    const consents = await this.listConsents();
    if (!consents.some((c) => c.providerId === providerId)) return false;
    await putSetting(
      this.db,
      KEYS.consents,
      consents.filter((c) => c.providerId !== providerId),
    );
    this.events.emit('data:changed', { area: 'ai' });
    return true;
  }

  /** Consent for this provider at its current host. */
  async hasConsent(config: CloudProviderConfig): Promise<boolean> {
    const host = this.hostOf(config);
    return (await this.listConsents()).some((c) => c.providerId === config.id && c.host === host);
  }
}

function nextId(kind: CloudProviderKind, configs: readonly CloudProviderConfig[]): string {
  const taken = new Set(configs.map((p) => p.id));
  if (!taken.has(kind)) return kind;
  for (let n = 2; ; n++) if (!taken.has(`${kind}-${n}`)) return `${kind}-${n}`;
}
