/**
 * Adding jobs: pasted text, a URL, a file, and CSV imports (preview, column mapping, then a task
 * followed through `task:event`). Calls that the person typed into throw the contract's error, so
 * the form shows it in place and keeps the typed text.
 */
import type { CsvField, CsvPreview, JobAdded, TaskEvent } from '../../../src-preload/contract';
import { take, StoreApiError } from './result';
import { MAX_FILE_BYTES } from './tasks.slice';
import { errorMessage, type SliceCreator } from './types';

export type AddJobTab = 'paste' | 'url' | 'file' | 'csv' | 'board' | 'sites';

export interface CsvImportState {
  taskId: string | null;
  fileName: string;
  done: number;
  total: number;
  message: string;
  running: boolean;
  cancelled: boolean;
  added: number;
  duplicates: number;
  failed: number;
  /** The first few row errors, in the contract's words. */
  errors: string[];
}

export interface JobIntakeSlice {
  /** The Add jobs dialog's open tab, or null when it is closed. */
  addJobDialog: AddJobTab | null;
  csvImport: CsvImportState | null;
  openAddJob(tab?: AddJobTab): void;
  closeAddJob(): void;
  addJobText(text: string, url?: string): Promise<JobAdded>;
  addJobUrl(url: string): Promise<JobAdded>;
  addJobFile(file: File): Promise<JobAdded>;
  previewCsv(file: File): Promise<CsvPreview>;
  importCsv(file: File, mapping: Partial<Record<CsvField, number>>): Promise<void>;
  cancelCsvImport(): Promise<void>;
  dismissCsvImport(): void;
  handleCsvTaskEvent(event: TaskEvent): void;
}

export const isDuplicate = (added: JobAdded) => added.action === 'merged' || added.action === 'unchanged';

const MAX_ERRORS_KEPT = 5;

export const createJobIntakeSlice: SliceCreator<JobIntakeSlice> =
  ({ api, readFileBase64 }) =>
  (set, get) => {
    const early = new Map<string, TaskEvent[]>();

    async function filePayload(file: File) {
      if (file.size > MAX_FILE_BYTES) throw new StoreApiError({ code: 'too-large', message: 'The file is larger than 15 MB.' });
      let dataBase64: string;
      try {
        dataBase64 = await readFileBase64(file);
      } catch {
        throw new StoreApiError({ code: 'invalid-input', message: 'This file could not be read from disk.' });
      }
      return { name: file.name, dataBase64 };
    }

    const report = (added: JobAdded): JobAdded => {
      get().pushToast(
        isDuplicate(added)
          ? { kind: 'info', title: 'Already in your list', message: added.title, link: { label: 'Open', href: `#/jobs/${added.id}` } }
          : { kind: 'success', title: 'Job added', message: added.title, link: { label: 'Open', href: `#/jobs/${added.id}` } },
      );
      return added;
    };

    const patchImport = (patch: Partial<CsvImportState>) => set((s) => (s.csvImport ? { csvImport: { ...s.csvImport, ...patch } } : {}));

    function finishImport(cancelled: boolean): void {
      patchImport({ running: false, cancelled, message: cancelled ? 'Cancelled' : 'Done' });
      const job = get().csvImport;
      if (!job) return;
      const details = [job.duplicates ? `${job.duplicates} already in your list` : '', job.failed ? `${job.failed} rows skipped` : '']
        .filter(Boolean)
        .join(', ');
      get().pushToast({
        kind: job.added ? 'success' : job.failed ? 'error' : 'info',
        title: job.added ? `Imported ${job.added} ${job.added === 1 ? 'job' : 'jobs'} from ${job.fileName}` : 'No new jobs imported',
        message: details ? `${details[0]!.toUpperCase()}${details.slice(1)}.` : undefined,
        link: job.added ? { label: 'Show jobs', href: '#/jobs' } : undefined,
      });
    }

    return {
      addJobDialog: null,
      csvImport: null,

      openAddJob(tab = 'paste') {
        set({ addJobDialog: tab });
      },

      closeAddJob() {
        set({ addJobDialog: null });
      },

      async addJobText(text, url) {
        const trimmedUrl = url?.trim();
        return report(take(await api.jobs.addText({ text, ...(trimmedUrl ? { url: trimmedUrl } : {}) })));
      },

      async addJobUrl(url) {
        return report(take(await api.jobs.addUrl({ url: url.trim() })));
      },

      async addJobFile(file) {
        return report(take(await api.jobs.addFile(await filePayload(file))));
      },

      async previewCsv(file) {
        return take(await api.jobs.csvPreview(await filePayload(file)));
      },

      async importCsv(file, mapping) {
        if (get().csvImport?.running) throw new StoreApiError({ code: 'conflict', message: 'An import is already running.' });
        const payload = await filePayload(file);
        set({
          csvImport: {
            taskId: null,
            fileName: file.name,
            done: 0,
            total: 0,
            message: 'Starting…',
            running: true,
            cancelled: false,
            added: 0,
            duplicates: 0,
            failed: 0,
            errors: [],
          },
        });
        try {
          // Only the mapped fields are sent. NOTE for main: zod 4's z.record(z.enum(…)) demands every key,
          // so the contract needs z.partialRecord for an optional column to be left out.
          const { taskId } = take(await api.jobs.csvImport({ file: payload, mapping }));
          patchImport({ taskId });
          const waiting = early.get(taskId) ?? [];
          early.delete(taskId);
          for (const event of waiting) get().handleCsvTaskEvent(event);
        } catch (error) {
          set({ csvImport: null });
          throw error;
        }
      },

      async cancelCsvImport() {
        const job = get().csvImport;
        if (!job?.running || !job.taskId) return;
        patchImport({ message: 'Cancelling…' });
        try {
          take(await api.task.cancel({ taskId: job.taskId }));
        } catch (error) {
          get().pushToast({ kind: 'error', title: 'Could not cancel the import', message: errorMessage(error) });
        }
      },

      dismissCsvImport() {
        if (!get().csvImport?.running) set({ csvImport: null });
      },

      handleCsvTaskEvent(event) {
        if (event.kind === 'resumes:import') return;
        const job = get().csvImport;
        if (!job?.running) return;
        if (job.taskId === null) {
          // The event beat the call's answer over the bridge: keep it for when the task id arrives.
          const list = early.get(event.taskId) ?? [];
          if (list.length < 2000) early.set(event.taskId, [...list, event]);
          if (early.size > 10) early.delete(early.keys().next().value!);
          return;
        }
        if (event.taskId !== job.taskId) return;
        if (event.type === 'progress') {
          patchImport({ done: event.done, total: event.total, message: event.message });
        } else if (event.type === 'item') {
          if (event.result.ok) {
            // Main reports one summary item ({ inserted, merged }); a per-row JobAdded is counted too.
            const value = event.result.value as (Partial<JobAdded> & { inserted?: number; merged?: number }) | null;
            if (typeof value?.inserted === 'number') {
              patchImport({ added: job.added + value.inserted, duplicates: job.duplicates + (value.merged ?? 0) });
            } else {
              const duplicate = value?.action === 'merged' || value?.action === 'unchanged';
              patchImport(duplicate ? { duplicates: job.duplicates + 1 } : { added: job.added + 1 });
            }
          } else {
            const errors = job.errors.length < MAX_ERRORS_KEPT ? [...job.errors, event.result.error.message] : job.errors;
            patchImport({ failed: job.failed + 1, errors });
          }
        } else {
          finishImport(event.cancelled);
        }
      },
    };
  };
