/**
 * Local models for the app: the catalog and installed models with a fit verdict for this
 * machine, downloads and copies as cancellable tasks with progress, and the active model.
 * A model assessed "won't fit" is only made active with an explicit override.
 */
import type {
  AiSettings,
  CatalogModelView,
  InstalledModelView,
  MachineSummary,
  ModelFit,
  ModelsOverview,
} from '../../../src-preload/contract/ai.contract';
import { AppFailure } from '../../../src-preload/contract/result';
import type { TaskStarted } from '../../../src-preload/contract/tasks.contract';
import { toAppError } from '../errors';
import { assessFit, type FitAssessment, type MachineInfo, type MachineProbe } from '../models/fit';
import type { InstalledModel, ModelRegistry } from '../models/model-registry';
import type { TaskContext, TaskRunner } from '../tasks/task-runner';
import type { AiConfigService } from './ai-config.service';
import type { ProviderResolver } from './provider-resolver';
import { errorForLog } from '../secrets/log-safe';

export interface ModelsServiceDeps {
  registry: ModelRegistry;
  probe: MachineProbe;
  tasks: TaskRunner;
  config: AiConfigService;
  resolver: ProviderResolver;
}

const fitView = (fit: FitAssessment | null): ModelFit | null =>
  fit ? { verdict: fit.verdict, reason: fit.reason, placement: fit.placement } : null;

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export class ModelsService {
  /** Catalog id → running download task, so a second pull joins the first. */
  private readonly pulls = new Map<string, string>();

  constructor(private readonly deps: ModelsServiceDeps) {}

  private async machine(): Promise<MachineInfo | null> {
    try {
      return await this.deps.probe.probe();
    } catch {
      return null;
    }
  }

  async list(): Promise<ModelsOverview> {
    const [machine, settings] = await Promise.all([this.machine(), this.deps.config.getSettings()]);
    const installed = this.deps.registry.list().map((m) => this.installedView(m, machine, settings.activeModelId));
    const catalog: CatalogModelView[] = this.deps.registry.catalogStatus(machine).map(({ model, installed: have, partialBytes, fit }) => ({
      id: model.id,
      name: model.name,
      kind: model.kind,
      sizeBytes: model.sizeBytes,
      ramBytes: model.ramBytes,
      licence: model.licence,
      licenceUrl: model.licenceUrl ?? null,
      verified: model.verified,
      contextLength: model.contextLength,
      notes: model.notes ?? null,
      installed: have,
      partialBytes,
      downloadTaskId: this.pulls.get(model.id) ?? null,
      fit: fitView(fit),
    }));
    const summary: MachineSummary | null = machine
      ? { ramBytes: machine.totalRamBytes, freeRamBytes: machine.freeRamBytes, vramBytes: machine.vramBytes, gpu: machine.gpu }
      : null;
    return { machine: summary, installed, catalog, activeModelId: settings.activeModelId };
  }

  private installedView(model: InstalledModel, machine: MachineInfo | null, activeId: string | null): InstalledModelView {
    return {
      id: model.id,
      name: model.name,
      kind: model.kind,
      fileName: model.fileName,
      sizeBytes: model.sizeBytes,
      source: model.source,
      verified: model.verified,
      sha256: model.sha256,
      fit: fitView(machine ? assessFit(model.requirements, machine) : null),
      active: model.id === activeId,
    };
  }

  /** Downloads a catalog model (resuming a partial download); progress in bytes, cancellable. */
  pull(id: string): TaskStarted {
    const running = this.pulls.get(id);
    if (running) return { taskId: running };
    if (!this.deps.registry.catalogStatus(null).some((entry) => entry.model.id === id)) {
      throw new AppFailure('not-found', `There is no catalog model called "${id}".`);
    }
    const started = this.deps.tasks.start('models:pull', async (ctx) => {
      try {
        await this.report(ctx, async () => {
          const model = await this.deps.registry.pull(id, {
            signal: ctx.signal,
            onProgress: (p) => {
              const total = p.totalBytes ?? 0;
              const of = total ? ` of ${formatSize(total)}` : '';
              ctx.progress(p.receivedBytes, total, `${formatSize(p.receivedBytes)}${of} · ${formatSize(Math.round(p.bytesPerSecond))}/s`);
            },
          });
          return this.installedView(model, await this.machine(), (await this.deps.config.getSettings()).activeModelId);
        });
      } finally {
        this.pulls.delete(id);
      }
    });
    this.pulls.set(id, started.taskId);
    return started;
  }

  /** Copies a .gguf the person picked into the models folder, after checking its header. */
  addFromDisk(path: string): TaskStarted {
    return this.deps.tasks.start('models:addFromDisk', (ctx) =>
      this.report(ctx, async () => {
        const model = await this.deps.registry.addFromDisk(path, {
          signal: ctx.signal,
          onProgress: (p) =>
            ctx.progress(p.copiedBytes, p.totalBytes, `Copying: ${formatSize(p.copiedBytes)} of ${formatSize(p.totalBytes)}`),
        });
        return this.installedView(model, await this.machine(), (await this.deps.config.getSettings()).activeModelId);
      }),
    );
  }

  private async report(ctx: TaskContext, work: () => Promise<InstalledModelView>): Promise<void> {
    try {
      ctx.item(0, { ok: true, value: await work() });
    } catch (error) {
      if (ctx.signal.aborted) return;
      const known = toAppError(error);
      if (!known) console.error('Model task failed', errorForLog(error));
      ctx.item(0, { ok: false, error: known ?? { code: 'internal', message: 'The model could not be added.' } });
    }
  }

  async remove(id: string): Promise<{ removed: boolean }> {
    const settings = await this.deps.config.getSettings();
    this.deps.registry.remove(id);
    if (settings.activeModelId === id) {
      await this.deps.config.setActiveModel(null, false);
      this.deps.resolver.invalidateLocal();
    }
    return { removed: true };
  }

  async setActive(id: string | null, allowWontFit = false): Promise<AiSettings> {
    if (id) {
      const model = this.deps.registry.get(id);
      if (!model) throw new AppFailure('not-found', `No installed model is called "${id}".`);
      if (model.kind === 'embedding') throw new AppFailure('invalid-input', `${model.name} is an embedding model; choose a chat model.`);
      const machine = await this.machine();
      // Refuses "won't fit" with model-too-large unless the person chose to try anyway.
      if (machine) this.deps.registry.prepareLoad(id, machine, allowWontFit);
    }
    this.deps.resolver.invalidateLocal();
    return this.deps.config.setActiveModel(id, allowWontFit);
  }
}
