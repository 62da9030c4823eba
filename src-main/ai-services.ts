/**
 * Wires the AI layer (src-main/core/ai) to its adapters: node-llama-cpp for local models,
 * OpenAI-compatible and Anthropic clients, the network model downloader, the secret store and the
 * document exporters. Nothing heavy happens here: node-llama-cpp, the keychain and the exporters
 * are loaded on first use, never at start-up (PERFORMANCE.md).
 */
import { AnthropicProvider, ANTHROPIC_DEFAULTS, OpenAiCompatibleProvider, OPENAI_PRESETS } from './adapters/llm/cloud';
import { createNetworkModelDownloader } from './adapters/llm/download';
import { createMachineProbe, LocalLlmProvider, sharedLlamaRuntime, type LlamaRuntime } from './adapters/llm/local';
import { createSecretStore, type SafeStorageLike } from './adapters/secrets';
import {
  AiConfigService,
  AiSecrets,
  CoachService,
  CoverLettersService,
  ModelsService,
  OutboundLedger,
  ProviderResolver,
  TailoredVersions,
  type LetterExporter,
  type ProviderFactories,
} from './core/ai';
import type { DocumentExtractor } from './core/documents/types';
import type { EventSink } from './core/events';
import { FileStore } from './core/files/file-store';
import type { JobDetail } from '../src-preload/contract/jobs.contract';
import type { ProviderPreset } from '../src-preload/contract/ai.contract';
import { bundledCatalog, createModelRegistry, type CatalogModel, type MachineProbe, type ModelRegistry } from './core/models';
import type { SecretStore } from './core/secrets/secret-store';
import type { TaskRunner } from './core/tasks/task-runner';
import type { Store } from './db/connection';
import type { DataPaths } from './db/paths';

/** What the shell and tests may pass in. */
export interface AiServiceOptions {
  /** Electron's safeStorage (desktop only): the fallback when the OS keychain cannot be used. */
  safeStorage?: SafeStorageLike | null;
  /** Test seam: a secret store to use instead of keychain → safeStorage → session. */
  secretStore?: SecretStore;
  /** Test seam: a fixed machine instead of measuring this one (which loads node-llama-cpp). */
  machineProbe?: MachineProbe;
  /** Test seam: the model catalog (e.g. entries served by a local server). */
  catalog?: CatalogModel[];
  llamaRuntime?: LlamaRuntime;
}

export interface AiServicesDeps extends AiServiceOptions {
  store: Store;
  paths: DataPaths;
  events: EventSink;
  tasks: TaskRunner;
  jobs: { get(id: number): Promise<JobDetail>; primaryResumeId(): number | null };
  extractor: DocumentExtractor;
  userAgent: string;
}

export interface AiServices {
  config: AiConfigService;
  secrets: AiSecrets;
  ledger: OutboundLedger;
  registry: ModelRegistry;
  models: ModelsService;
  resolver: ProviderResolver;
  coach: CoachService;
  letters: CoverLettersService;
  dispose(): Promise<void>;
}

export function providerPresets(): ProviderPreset[] {
  const openAi = Object.values(OPENAI_PRESETS).map((p): ProviderPreset => ({
    kind: p.id,
    name: p.name,
    defaultBaseUrl: p.baseUrl,
    needsBaseUrl: p.baseUrl === null,
    requiresKey: p.requiresKey,
    runsLocally: p.local,
    needsApiVersion: p.defaultApiVersion !== undefined,
  }));
  const anthropic: ProviderPreset = {
    kind: 'anthropic',
    name: ANTHROPIC_DEFAULTS.name,
    defaultBaseUrl: ANTHROPIC_DEFAULTS.baseUrl,
    needsBaseUrl: false,
    requiresKey: true,
    runsLocally: false,
    needsApiVersion: false,
  };
  return [...openAi, anthropic];
}

const exportLetter: LetterExporter = async (letter, format, title) => {
  // The docx writer is only loaded when someone exports.
  const { exportCoverLetter, exportFileName, EXPORT_MIME_TYPES } = await import('./adapters/export');
  return {
    fileName: exportFileName(title, format),
    mime: EXPORT_MIME_TYPES[format],
    bytes: await exportCoverLetter(letter, format, title),
  };
};

export function createAiServices(deps: AiServicesDeps): AiServices {
  const { store, events, tasks } = deps;
  let runtime: LlamaRuntime | null = deps.llamaRuntime ?? null;
  const llama = (): LlamaRuntime => (runtime ??= sharedLlamaRuntime());
  let measured: MachineProbe | null = null;
  const probe: MachineProbe = { probe: () => (deps.machineProbe ?? (measured ??= createMachineProbe(llama()))).probe() };

  const ledger = new OutboundLedger(store.sqlite, store.db);
  const config = new AiConfigService(store.db, events, providerPresets());
  const secrets = new AiSecrets(
    async () => deps.secretStore ?? createSecretStore({ dataDir: deps.paths.root, safeStorage: deps.safeStorage ?? null }),
  );
  const registry = createModelRegistry({
    modelsDir: deps.paths.models,
    catalog: deps.catalog ?? bundledCatalog(),
    downloader: createNetworkModelDownloader({ userAgent: deps.userAgent, onRequest: ledger.record }),
  });

  const factories: ProviderFactories = {
    local: (model, { allowWontFit }) =>
      new LocalLlmProvider({
        modelPath: model.path,
        id: model.id,
        label: model.name,
        requirements: model.requirements,
        machineProbe: probe,
        allowWontFit,
        runtime: llama(),
      }),
    cloud: (provider, apiKey, transport) =>
      provider.kind === 'anthropic'
        ? new AnthropicProvider({ model: provider.model, apiKey: apiKey ?? '', baseUrl: provider.baseUrl ?? undefined, transport })
        : new OpenAiCompatibleProvider({
            preset: provider.kind,
            model: provider.model,
            apiKey,
            baseUrl: provider.baseUrl ?? undefined,
            apiVersion: provider.apiVersion ?? undefined,
            transport,
          }),
  };
  const resolver = new ProviderResolver({ config, secrets, installedModel: (id) => registry.get(id), factories, onRequest: ledger.record });
  const letters = new CoverLettersService({ db: store.db, events, jobs: deps.jobs, exporter: exportLetter });
  const versions = new TailoredVersions({ db: store.db, files: new FileStore(deps.paths.files), extractor: deps.extractor, events });

  return {
    config,
    secrets,
    ledger,
    registry,
    models: new ModelsService({ registry, probe, tasks, config, resolver }),
    resolver,
    coach: new CoachService({ db: store.db, events, tasks, jobs: deps.jobs, resolver, letters, versions }),
    letters,
    async dispose() {
      // Only if a model was ever used: never import node-llama-cpp just to shut down.
      if (runtime?.libraryLoaded) await runtime.dispose();
    },
  };
}
