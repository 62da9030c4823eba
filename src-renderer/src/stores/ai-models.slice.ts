/**
 * Local models: the machine, the catalog with fit verdicts, installed models, downloads (tasks with
 * byte progress, cancellable, followed again after a reload through `downloadTaskId`), adding a
 * .gguf from disk, choosing the active model and removing one.
 */
import type { AppError, InstalledModelView, ModelsOverview, TaskEvent } from '../../../src-preload/contract';
import { StoreApiError, take } from './result';
import { errorMessage, idle, type Loadable, type SliceCreator } from './types';

export interface ModelTransfer {
  taskId: string | null;
  done: number;
  total: number;
  /** Main's message, e.g. "280 MB of 1.1 GB · 12 MB/s". */
  message: string;
  running: boolean;
  cancelled: boolean;
  error: AppError | null;
}

export interface AiModelsSlice {
  models: Loadable<ModelsOverview>;
  /** Downloads by catalog model id. */
  modelDownloads: Record<string, ModelTransfer>;
  /** The running (or last) "add from disk" copy. */
  diskImport: (ModelTransfer & { path: string; added: InstalledModelView | null }) | null;
  loadModels(): Promise<void>;
  pullModel(id: string): Promise<void>;
  cancelModelDownload(id: string): Promise<void>;
  dismissModelDownload(id: string): void;
  /** Throws the contract error (bad path, not a GGUF) so the field can show it. */
  addModelFromDisk(path: string): Promise<void>;
  cancelDiskImport(): Promise<void>;
  /** Throws (model-too-large) so the page can offer "load anyway". */
  setActiveModel(id: string | null, allowWontFit?: boolean): Promise<void>;
  removeModel(id: string): Promise<void>;
  handleModelTaskEvent(event: TaskEvent): void;
}

const MODEL_KINDS = new Set(['models:pull', 'models:addFromDisk']);

const started = (taskId: string | null): ModelTransfer => ({
  taskId,
  done: 0,
  total: 0,
  message: 'Starting…',
  running: true,
  cancelled: false,
  error: null,
});

export const createAiModelsSlice: SliceCreator<AiModelsSlice> =
  ({ api }) =>
  (set, get) => {
    /** Events for a task whose start call has not answered yet. */
    const early = new Map<string, TaskEvent[]>();

    const patchDownload = (id: string, patch: Partial<ModelTransfer>) =>
      set((s) => (s.modelDownloads[id] ? { modelDownloads: { ...s.modelDownloads, [id]: { ...s.modelDownloads[id]!, ...patch } } } : {}));

    const replay = (taskId: string) => {
      const waiting = early.get(taskId) ?? [];
      early.delete(taskId);
      for (const event of waiting) get().handleModelTaskEvent(event);
    };

    const apply = (transfer: ModelTransfer, event: TaskEvent): Partial<ModelTransfer> => {
      if (event.type === 'progress') return { done: event.done, total: event.total, message: event.message };
      if (event.type === 'item') return event.result.ok ? { done: transfer.total } : { error: event.result.error };
      return { running: false, cancelled: event.cancelled, message: event.cancelled ? 'Cancelled' : transfer.message };
    };

    return {
      models: idle(),
      modelDownloads: {},
      diskImport: null,

      async loadModels() {
        set((s) => ({ models: { ...s.models, loading: true } }));
        try {
          const data = take(await api.models.list());
          set({ models: { data, loading: false, error: null } });
          // Follow downloads that were already running (the page was reloaded or reopened).
          for (const entry of data.catalog) {
            if (entry.downloadTaskId && !get().modelDownloads[entry.id]?.running) {
              set((s) => ({
                modelDownloads: {
                  ...s.modelDownloads,
                  [entry.id]: { ...started(entry.downloadTaskId), done: entry.partialBytes, total: entry.sizeBytes },
                },
              }));
              replay(entry.downloadTaskId);
            }
          }
        } catch (error) {
          set((s) => ({ models: { ...s.models, loading: false, error: errorMessage(error) } }));
        }
      },

      async pullModel(id) {
        if (get().modelDownloads[id]?.running) return;
        set((s) => ({ modelDownloads: { ...s.modelDownloads, [id]: started(null) } }));
        try {
          const { taskId } = take(await api.models.pull({ id }));
          patchDownload(id, { taskId });
          replay(taskId);
        } catch (error) {
          const appError = error instanceof StoreApiError ? error.error : { code: 'internal' as const, message: errorMessage(error) };
          patchDownload(id, { running: false, error: appError });
        }
      },

      async cancelModelDownload(id) {
        const download = get().modelDownloads[id];
        if (!download?.running || !download.taskId) return;
        patchDownload(id, { message: 'Cancelling…' });
        const result = await api.task.cancel({ taskId: download.taskId });
        if (!result.ok) get().pushToast({ kind: 'error', title: 'Could not cancel the download', message: result.error.message });
      },

      dismissModelDownload(id) {
        set((s) => {
          if (s.modelDownloads[id]?.running) return {};
          const { [id]: _gone, ...rest } = s.modelDownloads;
          return { modelDownloads: rest };
        });
      },

      async addModelFromDisk(path) {
        const trimmed = path.trim();
        if (!/\.gguf$/i.test(trimmed)) throw new StoreApiError({ code: 'invalid-input', message: 'Choose a .gguf model file.' });
        if (get().diskImport?.running) throw new StoreApiError({ code: 'conflict', message: 'A model is already being added.' });
        set({ diskImport: { ...started(null), path: trimmed, added: null } });
        try {
          const { taskId } = take(await api.models.addFromDisk({ path: trimmed }));
          set((s) => (s.diskImport ? { diskImport: { ...s.diskImport, taskId } } : {}));
          replay(taskId);
        } catch (error) {
          set({ diskImport: null });
          throw error;
        }
      },

      async cancelDiskImport() {
        const job = get().diskImport;
        if (job?.running && job.taskId) await api.task.cancel({ taskId: job.taskId });
      },

      async setActiveModel(id, allowWontFit) {
        const settings = take(await api.models.setActive({ id, ...(allowWontFit ? { allowWontFit: true } : {}) }));
        set((s) => {
          const data = s.models.data;
          const aiSettings = s.aiSettings.data ? { ...s.aiSettings, data: settings } : s.aiSettings;
          if (!data) return { aiSettings };
          const installed = data.installed.map((m) => ({ ...m, active: m.id === settings.activeModelId }));
          return { aiSettings, models: { ...s.models, data: { ...data, installed, activeModelId: settings.activeModelId } } };
        });
      },

      async removeModel(id) {
        take(await api.models.remove({ id }));
        await get().loadModels();
      },

      handleModelTaskEvent(event) {
        if (!MODEL_KINDS.has(event.kind)) return;
        const downloads = Object.entries(get().modelDownloads);
        const download = downloads.find(([, d]) => d.taskId === event.taskId);
        const disk = get().diskImport;
        if (download) {
          const [id, transfer] = download;
          patchDownload(id, apply(transfer, event));
          if (event.type === 'finished' && !event.cancelled && !get().modelDownloads[id]?.error) {
            const name = get().models.data?.catalog.find((c) => c.id === id)?.name ?? id;
            get().pushToast({ kind: 'success', title: 'Model downloaded', message: name, link: { label: 'Open', href: '#/models' } });
            get().dismissModelDownload(id);
            void get().loadModels();
          }
        } else if (disk && disk.taskId === event.taskId) {
          const added = event.type === 'item' && event.result.ok ? (event.result.value as InstalledModelView) : disk.added;
          set({ diskImport: { ...disk, ...apply(disk, event), added } });
          if (event.type === 'finished' && !event.cancelled) void get().loadModels();
        } else if (downloads.some(([, d]) => d.running && d.taskId === null) || (disk?.running && disk.taskId === null)) {
          // The event beat the start call's answer (bridge streams race): keep it for a moment.
          const list = early.get(event.taskId) ?? [];
          if (list.length < 500) early.set(event.taskId, [...list, event]);
          if (early.size > 10) early.delete(early.keys().next().value!);
        }
      },
    };
  };
