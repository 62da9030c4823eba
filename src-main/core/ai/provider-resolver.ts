/**
 * Which path runs a feature: the offline rules, the active local model, or a cloud provider.
 * - Offline whenever nothing is set up: the coach always works with no model at all, and the
 *   result says so (`producedBy: 'offline'`).
 * - Local: the provider is built on first use and cached; node-llama-cpp itself loads lazily
 *   inside it (never at start-up).
 * - Cloud: built per call with the key from the SecretStore (held only for that call) and the
 *   ledger as its `onRequest`. Consent for the provider's host is checked when resolving (so the
 *   UI can ask before any work starts) and again right before each request is sent.
 */
import type { AiFeature, AiFeatureStatus, ProviderChoice } from '../../../src-preload/contract/ai.contract';
import { AppFailure } from '../../../src-preload/contract/result';
import {
  LlmError,
  type JsonSchema,
  type LlmCallOptions,
  type LlmMessage,
  type LlmProvider,
  type LlmProviderInfo,
} from '../llm/llm-provider';
import type { InstalledModel } from '../models/model-registry';
import type { OnOutboundRequest } from '../models/outbound';
import type { AiConfigService, CloudProviderConfig } from './ai-config.service';
import type { AiSecrets } from './ai-secrets';

export interface ProviderFactories {
  /** A local provider for an installed model; must not load anything until first called. */
  local(model: InstalledModel, options: { allowWontFit: boolean }): LlmProvider;
  cloud(config: CloudProviderConfig, apiKey: string | null, transport: { onRequest: OnOutboundRequest }): LlmProvider;
}

export type ResolvedRoute = { mode: 'offline'; reason: string } | { mode: 'model'; kind: 'local' | 'cloud'; provider: LlmProvider };

export interface ResolverDeps {
  config: AiConfigService;
  secrets: AiSecrets;
  installedModel(id: string): InstalledModel | null;
  factories: ProviderFactories;
  onRequest: OnOutboundRequest;
}

export const OFFLINE_LABEL = 'Offline coach';

export class ProviderResolver {
  private local: { key: string; provider: LlmProvider } | null = null;

  constructor(private readonly deps: ResolverDeps) {}

  /** Forget the cached local provider (active model changed or removed). */
  invalidateLocal(): void {
    this.local = null;
  }

  async resolve(feature: AiFeature, options: { offline?: boolean } = {}): Promise<ResolvedRoute> {
    if (options.offline) return { mode: 'offline', reason: 'Using the offline coach, as asked.' };
    const settings = await this.deps.config.getSettings();
    const choice = settings.features[feature];
    if (choice === 'offline') return { mode: 'offline', reason: 'Using the offline coach (chosen in AI settings).' };
    if (choice === 'local') {
      const local = this.localRoute(settings.activeModelId, settings.allowWontFit);
      return 'reason' in local
        ? { mode: 'offline', reason: local.reason }
        : { mode: 'model', kind: 'local', provider: wrap(local.provider, feature, null) };
    }
    return { mode: 'model', kind: 'cloud', provider: await this.cloudRoute(feature, choice.cloud) };
  }

  private localRoute(activeModelId: string | null, allowWontFit: boolean): { provider: LlmProvider } | { reason: string } {
    if (!activeModelId) return { reason: 'No local model is set up yet, so the offline coach wrote this.' };
    const model = this.deps.installedModel(activeModelId);
    if (!model) return { reason: 'The chosen local model is no longer installed, so the offline coach wrote this.' };
    if (model.kind === 'embedding') return { reason: `${model.name} is not a chat model, so the offline coach wrote this.` };
    const key = `${model.path}|${allowWontFit}`;
    if (this.local?.key !== key) this.local = { key, provider: this.deps.factories.local(model, { allowWontFit }) };
    return { provider: this.local.provider };
  }

  private async cloudRoute(feature: AiFeature, providerId: string): Promise<LlmProvider> {
    const { config, secrets, factories, onRequest } = this.deps;
    const provider = await config.providerConfig(providerId);
    await this.requireConsent(provider);
    const preset = config.preset(provider.kind);
    const key = await secrets.keyFor(provider.id);
    if (preset.requiresKey && !key) {
      throw new AppFailure('key-required', `${provider.name} needs an API key. Add it in AI settings, or choose the offline coach.`);
    }
    const inner = factories.cloud(provider, key, { onRequest });
    return wrap(inner, feature, () => this.requireConsent(provider));
  }

  private async requireConsent(provider: CloudProviderConfig): Promise<void> {
    if (await this.deps.config.hasConsent(provider)) return;
    const host = this.deps.config.hostOf(provider);
    throw new LlmError(
      'consent-required',
      `Pathwise needs your permission before sending your resume and job text to ${provider.name} (${host}).`,
    );
  }

  /** What each feature would use now, without loading a model or sending anything. */
  async describe(): Promise<AiFeatureStatus[]> {
    const settings = await this.deps.config.getSettings();
    const statuses: AiFeatureStatus[] = [];
    for (const feature of Object.keys(settings.features) as AiFeature[]) {
      statuses.push(await this.describeOne(feature, settings.features[feature], settings.activeModelId));
    }
    return statuses;
  }

  private async describeOne(feature: AiFeature, choice: ProviderChoice, activeModelId: string | null): Promise<AiFeatureStatus> {
    const offline = (note: string | null): AiFeatureStatus => ({
      feature,
      choice,
      effective: 'offline',
      label: OFFLINE_LABEL,
      note,
      needsConsent: false,
    });
    if (choice === 'offline') return offline(null);
    if (choice === 'local') {
      const model = activeModelId ? this.deps.installedModel(activeModelId) : null;
      if (!model) return offline(activeModelId ? 'The chosen local model is no longer installed.' : 'No local model is set up yet.');
      return { feature, choice, effective: 'local', label: `Local · ${model.name}`, note: null, needsConsent: false };
    }
    const { config, secrets } = this.deps;
    const provider = (await config.providerConfigs()).find((p) => p.id === choice.cloud);
    if (!provider) return offline('The chosen provider is no longer set up.');
    const needsConsent = !(await config.hasConsent(provider));
    let note: string | null = needsConsent ? `Needs your permission to send text to ${config.hostOf(provider)}.` : null;
    if (!note && config.preset(provider.kind).requiresKey) {
      const presence = await secrets.hasKey(provider.id).catch(() => ({ hasKey: false, locked: false }));
      if (presence.locked) note = 'The keyring is locked; unlock it to use this provider.';
      else if (!presence.hasKey) note = 'Needs an API key.';
    }
    return { feature, choice, effective: 'cloud', label: `${provider.name} · ${provider.model}`, note, needsConsent };
  }
}

/** Names the feature on every call (for the ledger) and runs the pre-send check (consent). */
function wrap(inner: LlmProvider, feature: AiFeature, beforeSend: (() => Promise<void>) | null): LlmProvider {
  const withFeature = <O extends Partial<LlmCallOptions>>(options: O): O => ({ ...options, feature });
  return {
    info: inner.info satisfies LlmProviderInfo,
    async *stream(messages: LlmMessage[], options: LlmCallOptions) {
      await beforeSend?.();
      yield* inner.stream(messages, withFeature(options));
    },
    async generateJson<T>(messages: LlmMessage[], schema: JsonSchema, options: LlmCallOptions): Promise<T> {
      await beforeSend?.();
      return inner.generateJson<T>(messages, schema, withFeature(options));
    },
    async embed(texts: string[], options: Omit<LlmCallOptions, 'maxTokens'>) {
      await beforeSend?.();
      return inner.embed(texts, withFeature(options));
    },
    countTokens: (text: string) => inner.countTokens(text),
  };
}
