/**
 * Long work and notifications: resume imports (a batch of files sent as one or more `resumes:import`
 * tasks, followed through `task:event`) and the toasts that report results and errors.
 */
import type { ResumeImportItem, TaskEvent } from '../../../src-preload/contract';
import { take } from './result';
import { errorMessage, type SliceCreator } from './types';

/** The contract accepts 15 MB per file and 50 files per call; the browser bridge caps a body at 64 MB. */
export const MAX_FILE_BYTES = 15 * 1024 * 1024;
const MAX_FILES_PER_CALL = 50;
const MAX_BYTES_PER_CALL = 24 * 1024 * 1024;

export type ImportFileStatus = 'waiting' | 'importing' | 'imported' | 'duplicate' | 'failed' | 'cancelled';

export interface ImportFileState {
  name: string;
  bytes: number;
  status: ImportFileStatus;
  /** Why it failed, in the contract's words (e.g. "looks scanned"). */
  message?: string;
  code?: string;
  resumeId?: number;
}

export interface ImportJob {
  files: ImportFileState[];
  done: number;
  total: number;
  /** Main's latest progress message, e.g. "Reading resume.pdf". */
  message: string;
  running: boolean;
  cancelled: boolean;
}

export interface Toast {
  id: number;
  kind: 'success' | 'error' | 'info';
  title: string;
  message?: string;
  /** An in-app link shown on the toast, e.g. to the resume just imported. */
  link?: { label: string; href: string };
}

export interface TasksSlice {
  importJob: ImportJob | null;
  toasts: Toast[];
  /** Starts importing; files added while an import runs join the same batch. */
  importFiles(files: File[]): void;
  cancelImport(): Promise<void>;
  dismissImport(): void;
  handleTaskEvent(event: TaskEvent): void;
  pushToast(toast: Omit<Toast, 'id'>): number;
  dismissToast(id: number): void;
}

const FINAL: ImportFileStatus[] = ['imported', 'duplicate', 'failed', 'cancelled'];
const isFinal = (f: ImportFileState) => FINAL.includes(f.status);

/** Main prefixes item errors with the file name; the list already shows it. */
function withoutFileName(message: string, name: string): string {
  return message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const createTasksSlice: SliceCreator<TasksSlice> =
  ({ api, readFileBase64 }) =>
  (set, get) => {
    let nextToastId = 1;
    const queue: { file: File; index: number }[] = [];
    /** The task in flight: job file index for each index of the call, and how to signal its end. */
    let inFlight: { taskId: string; indexes: number[]; base: number; finished: () => void } | null = null;
    /** Events that arrived before the call that started their task returned (bridge streams race). */
    const early = new Map<string, TaskEvent[]>();
    let cancelRequested = false;

    const updateFiles = (update: (files: ImportFileState[]) => ImportFileState[], extra: Partial<ImportJob> = {}) =>
      set((s) => {
        if (!s.importJob) return {};
        const files = update(s.importJob.files);
        return { importJob: { ...s.importJob, ...extra, files, total: files.length } };
      });

    const setFile = (index: number, patch: Partial<ImportFileState>) =>
      updateFiles((files) => files.map((f, i) => (i === index ? { ...f, ...patch } : f)));

    const resolvedCount = () => get().importJob?.files.filter(isFinal).length ?? 0;

    function takeChunk(): { file: File; index: number }[] {
      const chunk: { file: File; index: number }[] = [];
      let bytes = 0;
      while (queue.length && chunk.length < MAX_FILES_PER_CALL) {
        const next = queue[0]!;
        if (chunk.length && bytes + next.file.size > MAX_BYTES_PER_CALL) break;
        chunk.push(queue.shift()!);
        bytes += next.file.size;
      }
      return chunk;
    }

    async function sendChunk(chunk: { file: File; index: number }[]): Promise<void> {
      for (const { index } of chunk) setFile(index, { status: 'importing' });
      const payload: { name: string; dataBase64: string }[] = [];
      const indexes: number[] = [];
      for (const { file, index } of chunk) {
        try {
          payload.push({ name: file.name, dataBase64: await readFileBase64(file) });
          indexes.push(index);
        } catch {
          setFile(index, { status: 'failed', message: 'This file could not be read from disk.' });
        }
      }
      if (!payload.length) return;
      const base = resolvedCount();
      let taskId: string;
      try {
        taskId = take(await api.resumes.import({ files: payload })).taskId;
      } catch (error) {
        for (const index of indexes) setFile(index, { status: 'failed', message: errorMessage(error) });
        return;
      }
      await new Promise<void>((finished) => {
        inFlight = { taskId, indexes, base, finished };
        const waiting = early.get(taskId) ?? [];
        early.delete(taskId);
        for (const event of waiting) get().handleTaskEvent(event);
      });
    }

    function finishJob(): void {
      const job = get().importJob;
      set((s) => (s.importJob ? { importJob: { ...s.importJob, running: false, done: resolvedCount() } } : {}));
      if (!job) return;
      const count = (status: ImportFileStatus) => job.files.filter((f) => f.status === status).length;
      const imported = count('imported');
      const duplicates = count('duplicate');
      const failed = count('failed');
      const details = [
        duplicates ? `${plural(duplicates, 'file was', 'files were')} already imported` : '',
        failed ? `${plural(failed, 'file', 'files')} could not be imported` : '',
        count('cancelled') ? 'the rest was cancelled' : '',
      ].filter(Boolean);
      const single = imported === 1 ? job.files.find((f) => f.status === 'imported') : undefined;
      get().pushToast({
        kind: failed && !imported ? 'error' : imported ? 'success' : 'info',
        title: imported ? `Imported ${plural(imported, 'resume', 'resumes')}` : failed ? 'Import failed' : 'Nothing new imported',
        message: details.length ? `${details.join(', ')}.`.replace(/^./, (c) => c.toUpperCase()) : undefined,
        link: single?.resumeId ? { label: 'Open', href: `#/resumes/${single.resumeId}` } : undefined,
      });
    }

    async function run(): Promise<void> {
      while (queue.length && !cancelRequested) await sendChunk(takeChunk());
      for (const { index } of queue.splice(0)) setFile(index, { status: 'cancelled' });
      finishJob();
    }

    return {
      importJob: null,
      toasts: [],

      importFiles(files) {
        if (!files.length) return;
        const running = get().importJob?.running ?? false;
        const start = running ? (get().importJob?.files.length ?? 0) : 0;
        const added: ImportFileState[] = files.map((file) =>
          file.size > MAX_FILE_BYTES
            ? { name: file.name, bytes: file.size, status: 'failed', code: 'too-large', message: 'The file is larger than 15 MB.' }
            : { name: file.name, bytes: file.size, status: 'waiting' },
        );
        if (running) updateFiles((existing) => [...existing, ...added]);
        else {
          cancelRequested = false;
          set({ importJob: { files: added, done: 0, total: added.length, message: 'Starting…', running: true, cancelled: false } });
        }
        files.forEach((file, i) => {
          if (added[i]!.status === 'waiting') queue.push({ file, index: start + i });
        });
        if (!running) void run();
      },

      async cancelImport() {
        cancelRequested = true;
        set((s) => (s.importJob ? { importJob: { ...s.importJob, cancelled: true, message: 'Cancelling…' } } : {}));
        const current = inFlight as { taskId: string } | null;
        if (current) await api.task.cancel({ taskId: current.taskId });
      },

      dismissImport() {
        if (!get().importJob?.running) set({ importJob: null });
      },

      handleTaskEvent(event) {
        if (event.kind !== 'resumes:import') return;
        const current = inFlight;
        if (!current || current.taskId !== event.taskId) {
          // Possibly ours, before `resumes:import` answered; keep a few to replay.
          const list = early.get(event.taskId) ?? [];
          if (list.length < 500) early.set(event.taskId, [...list, event]);
          if (early.size > 20) early.delete(early.keys().next().value!);
          return;
        }
        if (event.type === 'progress') {
          updateFiles((files) => files, { done: Math.min(current.base + event.done, get().importJob?.total ?? 0), message: event.message });
        } else if (event.type === 'item') {
          const targets = event.index >= 0 ? [current.indexes[event.index]] : current.indexes;
          for (const index of targets) {
            if (index === undefined) continue;
            const name = get().importJob?.files[index]?.name ?? '';
            if (event.result.ok) {
              const item = event.result.value as ResumeImportItem;
              setFile(index, { status: item.duplicate ? 'duplicate' : 'imported', resumeId: item.resumeId });
            } else if (event.index >= 0 || get().importJob?.files[index]?.status === 'importing') {
              setFile(index, {
                status: 'failed',
                code: event.result.error.code,
                message: withoutFileName(event.result.error.message, name),
              });
            }
          }
        } else {
          for (const index of current.indexes) {
            if (get().importJob?.files[index]?.status !== 'importing') continue;
            setFile(
              index,
              event.cancelled
                ? { status: 'cancelled' }
                : { status: 'failed', message: 'Pathwise stopped before reading this file. Try importing it again.' },
            );
          }
          inFlight = null;
          updateFiles((files) => files, { done: resolvedCount() });
          current.finished();
        }
      },

      pushToast(toast) {
        const id = nextToastId++;
        set((s) => ({ toasts: [...s.toasts.slice(-4), { ...toast, id }] }));
        return id;
      },

      dismissToast(id) {
        set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
      },
    };
  };
