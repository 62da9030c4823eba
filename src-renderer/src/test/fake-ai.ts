/**
 * An in-memory AI backend for the fake main (fake-api.ts): settings and per-feature status, models
 * (downloads as tasks with byte progress), cloud providers with keys that never come back, consent
 * per host, the outbound ledger, and the coach (streamed feedback and cover letters as tasks that
 * emit `coach:chunk`, tailoring, applying suggestions, saved letters and exports). Inputs are
 * checked with the contract's own schemas, so invalid input fails with main's messages.
 */
import { contract } from '../../../src-preload/contract';
import type {
  AiFeature,
  AiFeatureStatus,
  AiSettings,
  AppError,
  CatalogModelView,
  ChannelName,
  CloudProvider,
  ConsentEntry,
  ErrorCode,
  InstalledModelView,
  LedgerEntry,
  MachineSummary,
  ProducedBy,
  Result,
  SavedCoverLetter,
  SecretStatus,
  TailoringSuggestion,
} from '../../../src-preload/contract';
import type { FakeMain, Handlers } from './fake-api';
import { coachHandlers } from './fake-ai-coach';
import { MACHINE, PRESETS, catalog, fitFor } from './fake-ai-data';

const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export interface FakeAiWorld {
  settings: AiSettings;
  machine: MachineSummary | null;
  catalog: CatalogModelView[];
  installed: InstalledModelView[];
  providers: Omit<CloudProvider, 'consent' | 'host' | 'requiresKey' | 'runsLocally'>[];
  keys: Map<string, string>;
  consents: ConsentEntry[];
  secretStatus: SecretStatus;
  ledger: LedgerEntry[];
  letters: SavedCoverLetter[];
  /** Text the model "writes", one chunk each. */
  chunks: string[];
  /** While true, streamed tasks stop after their chunks and wait for `release()` or a cancel. */
  hold: boolean;
  release(): void;
  /** Task ids that were cancelled. */
  cancelled: string[];
  /** Makes the next coach call fail with this error (once). */
  nextError: AppError | null;
  /** Applied versions: what `coach:applySuggestions` received. */
  applied: { resumeId: number; jobId: number; suggestionIds: string[]; suggestions: TailoringSuggestion[] }[];
}

export function installFakeAi(main: FakeMain, options: { now?: string; activeModel?: boolean } = {}): FakeAiWorld {
  const now = options.now ?? '2025-06-30T10:00:00.000Z';
  let tasks = 0;
  const running = new Map<string, { kind: string; finish: () => void }>();
  const changed = (area: string) => setTimeout(() => main.emit('data:changed', { area }), 0);
  const presetOf = (kind: string) => PRESETS.find((p) => p.kind === kind)!;

  const world: FakeAiWorld = {
    settings: { features: { feedback: 'local', tailoring: 'local', coverLetter: 'local' }, activeModelId: null, allowWontFit: false },
    machine: MACHINE,
    catalog: catalog(),
    installed: [],
    providers: [],
    keys: new Map(),
    consents: [],
    secretStatus: { backend: 'keychain', persistent: true },
    ledger: [],
    letters: [],
    chunks: ['Your resume ', 'reads well. ', 'Add numbers.'],
    hold: false,
    release: () => {
      for (const task of [...running.values()]) task.finish();
    },
    cancelled: [],
    nextError: null,
    applied: [],
  };
  if (options.activeModel) {
    const model = world.catalog[0]!;
    model.installed = true;
    world.installed.push(installedFrom(model, true));
    world.settings.activeModelId = model.id;
  }

  const hostOf = (p: FakeAiWorld['providers'][number]) => new URL(p.baseUrl ?? presetOf(p.kind).defaultBaseUrl ?? 'https://invalid').host;
  const view = (p: FakeAiWorld['providers'][number]): CloudProvider => {
    const host = hostOf(p);
    const preset = presetOf(p.kind);
    const consent = world.consents.find((c) => c.providerId === p.id && c.host === host) ?? null;
    return { ...p, host, requiresKey: preset.requiresKey, runsLocally: preset.runsLocally && p.baseUrl === null, consent };
  };
  const activeModel = () => world.installed.find((m) => m.id === world.settings.activeModelId) ?? null;

  /** Which path a feature takes now, like main's ProviderResolver. */
  function resolve(feature: AiFeature, offline?: boolean): Result<ProducedBy> {
    if (world.nextError) {
      const error = world.nextError;
      world.nextError = null;
      return { ok: false, error };
    }
    const choice = world.settings.features[feature];
    if (offline || choice === 'offline') return ok('offline');
    if (choice === 'local') {
      const model = activeModel();
      return ok(model ? { provider: `Local · ${model.name}` } : 'offline');
    }
    const provider = world.providers.find((p) => p.id === choice.cloud);
    if (!provider) return fail('not-found', 'That AI provider is no longer set up; choose another in AI settings.');
    const v = view(provider);
    if (v.requiresKey && !world.keys.has(v.id))
      return fail('key-required', `${v.name} needs an API key. Add it in Settings → AI & privacy.`);
    if (!v.consent) return fail('consent-required', `Allow Pathwise to send your resume and the job text to ${v.host} first.`);
    world.ledger.unshift({ id: world.ledger.length + 1, at: now, host: v.host, feature, bytesOut: 2400, bytesIn: 900 });
    return ok({ provider: `${v.name} · ${v.model}` });
  }

  function status(feature: AiFeature): AiFeatureStatus {
    const choice = world.settings.features[feature];
    const model = activeModel();
    if (choice === 'offline') return { feature, choice, effective: 'offline', label: 'Offline coach', note: null, needsConsent: false };
    if (choice === 'local') {
      return model
        ? { feature, choice, effective: 'local', label: `Local · ${model.name}`, note: null, needsConsent: false }
        : {
            feature,
            choice,
            effective: 'offline',
            label: 'Offline coach',
            note: 'No local model yet: the offline coach runs.',
            needsConsent: false,
          };
    }
    const provider = world.providers.find((p) => p.id === choice.cloud);
    const v = provider ? view(provider) : null;
    const needsConsent = Boolean(v && !v.consent);
    const note = !v ? 'That provider was removed.' : needsConsent ? `Needs your consent to send text to ${v.host}.` : null;
    return { feature, choice, effective: 'cloud', label: v ? `${v.name} · ${v.model}` : 'Missing provider', note, needsConsent };
  }

  /**
   * A coach task: its progress steps, chunks (streamed features, unless offline), and, once not held,
   * its finishing steps and the result as item 0. Tailoring passes its own steps and no chunks.
   */
  function streamTask(
    kind: string,
    producedBy: ProducedBy,
    result: () => unknown,
    script: Partial<TaskScript> = {},
  ): Result<{ taskId: string }> {
    const taskId = `${TASK_PREFIX[kind] ?? 'task'}-${++tasks}`;
    const emit = (e: Record<string, unknown>) => main.emit('task:event', { taskId, kind, ...e } as never);
    const steps = script.steps ?? [{ done: 0, total: 1, message: producedBy === 'offline' ? 'Using the offline coach' : 'Writing…' }];
    const finishing = script.finishing ?? [{ done: 1, total: 1, message: 'Done' }];
    const finish = () => {
      running.delete(taskId);
      for (const step of finishing) emit({ type: 'progress', ...step });
      emit({ type: 'item', index: 0, result: ok(result()) });
      emit({ type: 'finished', cancelled: false });
    };
    running.set(taskId, { kind, finish });
    setTimeout(() => {
      for (const step of steps) emit({ type: 'progress', ...step });
      if (producedBy !== 'offline' && script.chunks !== false) for (const text of world.chunks) main.emit('coach:chunk', { taskId, text });
      if (!world.hold) finish();
    }, 0);
    return ok({ taskId });
  }

  function modelTask(
    kind: 'models:pull' | 'models:addFromDisk',
    total: number,
    make: () => InstalledModelView,
  ): Result<{ taskId: string }> {
    const taskId = `model-${++tasks}`;
    const emit = (e: Record<string, unknown>) => main.emit('task:event', { taskId, kind, ...e } as never);
    const finish = () => {
      running.delete(taskId);
      const model = make();
      world.installed.push(model);
      emit({ type: 'progress', done: total, total, message: 'Done' });
      emit({ type: 'item', index: 0, result: ok(model) });
      emit({ type: 'finished', cancelled: false });
    };
    running.set(taskId, { kind, finish });
    setTimeout(() => {
      emit({ type: 'progress', done: Math.round(total / 4), total, message: '280 MB of 1.1 GB · 12 MB/s' });
      if (!world.hold) finish();
    }, 0);
    return ok({ taskId });
  }

  const handlers: Handlers = {
    'task:cancel': (i) => {
      const { taskId } = i as { taskId: string };
      const task = running.get(taskId);
      if (!task) return ok({ cancelled: false });
      running.delete(taskId);
      world.cancelled.push(taskId);
      setTimeout(() => main.emit('task:event', { taskId, kind: task.kind, type: 'finished', cancelled: true }), 0);
      return ok({ cancelled: true });
    },
    'ai:getSettings': () => ok(structuredClone(world.settings)),
    'ai:updateSettings': (i) => {
      const { features } = i as { features: Partial<AiSettings['features']> };
      for (const choice of Object.values(features)) {
        if (typeof choice === 'object' && !world.providers.some((p) => p.id === choice.cloud)) {
          return fail('not-found', `There is no provider "${choice.cloud}"; add it in AI settings first.`);
        }
      }
      world.settings = { ...world.settings, features: { ...world.settings.features, ...features } };
      changed('ai');
      return ok(structuredClone(world.settings));
    },
    'ai:status': () => ok((['feedback', 'tailoring', 'coverLetter'] as const).map(status)),
    'models:list': () =>
      ok({
        machine: world.machine,
        installed: world.installed.map((m) => ({ ...m, active: m.id === world.settings.activeModelId })),
        catalog: world.catalog.map((c) => ({ ...c, installed: world.installed.some((m) => m.id === c.id) })),
        activeModelId: world.settings.activeModelId,
      }),
    'models:pull': (i) => {
      const model = world.catalog.find((c) => c.id === (i as { id: string }).id);
      if (!model) return fail('not-found', `There is no catalog model called "${(i as { id: string }).id}".`);
      return modelTask('models:pull', model.sizeBytes, () => installedFrom(model, false));
    },
    'models:addFromDisk': (i) => {
      const path = (i as { path: string }).path;
      if (path.includes('broken')) return fail('model-invalid', 'This file is not a GGUF model.');
      const fileName = path.split(/[\\/]/).pop()!;
      const id = fileName.replace(/\.gguf$/i, '').toLowerCase();
      return modelTask('models:addFromDisk', 700_000_000, () => ({
        id,
        name: fileName,
        kind: 'unknown',
        fileName,
        sizeBytes: 700_000_000,
        source: 'disk',
        verified: false,
        sha256: 'ab'.repeat(32),
        fit: fitFor(900_000_000, world.machine),
        active: false,
      }));
    },
    'models:remove': (i) => {
      const id = (i as { id: string }).id;
      world.installed = world.installed.filter((m) => m.id !== id);
      if (world.settings.activeModelId === id) world.settings = { ...world.settings, activeModelId: null, allowWontFit: false };
      changed('ai');
      return ok({ removed: true });
    },
    'models:setActive': (i) => {
      const { id, allowWontFit = false } = i as { id: string | null; allowWontFit?: boolean };
      const model = world.installed.find((m) => m.id === id);
      if (id && !model) return fail('not-found', `No installed model is called "${id}".`);
      if (model?.fit?.verdict === 'wont-fit' && !allowWontFit) {
        return fail('model-too-large', `${model.name} needs more memory than this computer has free.`);
      }
      world.settings = { ...world.settings, activeModelId: id, allowWontFit: id ? allowWontFit : false };
      changed('ai');
      return ok(structuredClone(world.settings));
    },
    'providers:presets': () => ok(PRESETS),
    'providers:list': () => ok(world.providers.map(view)),
    'providers:save': (i) => {
      const input = i as { id?: string; kind: CloudProvider['kind']; baseUrl?: string | null; model: string; apiVersion?: string | null };
      const preset = presetOf(input.kind);
      if (preset.needsBaseUrl && !input.baseUrl) return fail('invalid-input', `${preset.name} needs the address of the service.`);
      const taken = new Set(world.providers.map((p) => p.id));
      let id = input.id ?? input.kind;
      for (let n = 2; !input.id && taken.has(id); n++) id = `${input.kind}-${n}`;
      const saved = {
        id,
        kind: input.kind,
        name: preset.name,
        baseUrl: input.baseUrl ?? null,
        model: input.model,
        apiVersion: input.apiVersion ?? null,
      };
      world.providers = [...world.providers.filter((p) => p.id !== id), saved];
      changed('ai');
      return ok(view(saved));
    },
    'providers:remove': (i) => {
      const id = (i as { id: string }).id;
      world.providers = world.providers.filter((p) => p.id !== id);
      world.consents = world.consents.filter((c) => c.providerId !== id);
      world.keys.delete(id);
      changed('ai');
      return ok({ removed: true });
    },
    'secrets:status': () => ok(world.secretStatus),
    'secrets:hasKey': (i) =>
      world.secretStatus.locked
        ? ok({ hasKey: false, locked: true })
        : ok({ hasKey: world.keys.has((i as { providerId: string }).providerId) }),
    'secrets:setKey': (i) => {
      const { providerId, key } = i as { providerId: string; key: string };
      if (world.secretStatus.locked) return fail('keyring-locked', 'Your keyring is locked. Unlock it, then try again.');
      world.keys.set(providerId, key);
      return ok({ hasKey: true });
    },
    'secrets:deleteKey': (i) => ok({ deleted: world.keys.delete((i as { providerId: string }).providerId) }),
    'consent:list': () => ok(world.consents),
    'consent:grant': (i) => {
      const provider = world.providers.find((p) => p.id === (i as { providerId: string }).providerId);
      if (!provider) return fail('not-found', 'That AI provider is no longer set up; choose another in AI settings.');
      const entry: ConsentEntry = { providerId: provider.id, host: hostOf(provider), grantedAt: now };
      world.consents = [...world.consents.filter((c) => c.providerId !== provider.id), entry];
      changed('ai');
      return ok(entry);
    },
    'consent:revoke': (i) => {
      const before = world.consents.length;
      world.consents = world.consents.filter((c) => c.providerId !== (i as { providerId: string }).providerId);
      changed('ai');
      return ok({ revoked: world.consents.length < before });
    },
    'ledger:list': () => ok(world.ledger),
    ...coachHandlers(world, { now, changed, resolve, streamTask }),
  };
  for (const [name, handler] of Object.entries(handlers) as [ChannelName, (input: unknown) => Result<unknown>][]) {
    main.handlers[name] = ((input: unknown) => {
      const parsed = contract[name].input.safeParse(input);
      if (!parsed.success) return fail('invalid-input', parsed.error.issues[0]?.message ?? 'Invalid input.');
      return handler(parsed.data);
    }) as never;
  }
  return world;
}

const TASK_PREFIX: Record<string, string> = { 'coach:feedback': 'fb', 'coach:coverLetter': 'cl', 'coach:tailor': 'tl' };

export interface TaskStep {
  done: number;
  total: number;
  message: string;
}

/** How a fake coach task reports: steps before it is held, steps after, and whether it streams chunks. */
export interface TaskScript {
  steps: TaskStep[];
  finishing: TaskStep[];
  chunks: boolean;
}

function installedFrom(model: CatalogModelView, active: boolean): InstalledModelView {
  return {
    id: model.id,
    name: model.name,
    kind: model.kind,
    fileName: `${model.id}.gguf`,
    sizeBytes: model.sizeBytes,
    source: 'catalog',
    verified: model.verified,
    sha256: model.verified ? 'cd'.repeat(32) : null,
    fit: model.fit,
    active,
  };
}
