/**
 * The coach: runs as main's tasks (resume feedback, cover letters, tailoring) that report progress,
 * accumulate `coach:chunk` text (feedback, letters) and end with the task's item 0 (the result or an
 * actionable error such as consent-required); creating a tailored version from accepted
 * suggestions; and the cover letters saved with a job.
 * A run is keyed by what it is about (`feedback:<resumeId>`, `letter:<jobId>`, `tailor:<jobId>`);
 * Stop cancels its task, and pages stop their run when they close, so a model never keeps writing
 * for nobody.
 */
import type {
  AppError,
  CoachChunkEvent,
  CoverLetterLength,
  CoverLetterTone,
  ExportFormat,
  ExportedFile,
  ResumeSummary,
  SavedCoverLetter,
  TailoringResult,
  TaskEvent,
} from '../../../src-preload/contract';
import { StoreApiError, take } from './result';
import { errorMessage, idle, type Loadable, type SliceCreator } from './types';

export type CoachRunStatus = 'starting' | 'running' | 'done' | 'error' | 'cancelled';

export interface CoachRun<T = unknown> {
  taskId: string | null;
  status: CoachRunStatus;
  /** Generated text so far (empty for the offline coach, which answers at once). */
  text: string;
  message: string;
  /** The task's last progress step, for a progress bar; null until main reports one. */
  progress: { done: number; total: number } | null;
  /** The resume the run works from, when it names one (tailoring applies to it). */
  resumeId: number | null;
  result: T | null;
  error: AppError | null;
}

export interface CoverLetterOptions {
  resumeId?: number;
  tone: CoverLetterTone;
  length: CoverLetterLength;
  offline?: boolean;
}

export interface AiCoachSlice {
  coachRuns: Record<string, CoachRun>;
  letters: Record<number, Loadable<SavedCoverLetter[]>>;
  startFeedback(resumeId: number, offline?: boolean): Promise<void>;
  startCoverLetter(jobId: number, options: CoverLetterOptions): Promise<void>;
  /** Stops a running run (Stop button, or the page closing); the text so far stays. */
  stopCoachRun(key: string): Promise<void>;
  clearCoachRun(key: string): void;
  handleCoachChunk(event: CoachChunkEvent): void;
  handleCoachTaskEvent(event: TaskEvent): void;
  /** Starts tailoring as a task (run `tailor:<jobId>`); its result is the run's TailoringResult. */
  startTailoring(jobId: number, resumeId: number, offline?: boolean): Promise<void>;
  /** Sends the finished run's suggestions back exactly as returned, with the accepted ids; throws the contract error. */
  applyTailoring(jobId: number, acceptedIds: string[]): Promise<ResumeSummary>;
  loadLetters(jobId: number): Promise<void>;
  updateLetter(letter: SavedCoverLetter, text: string): Promise<SavedCoverLetter>;
  deleteLetter(letter: SavedCoverLetter): Promise<void>;
  exportLetter(id: number, format: ExportFormat): Promise<ExportedFile>;
}

export const feedbackKey = (resumeId: number) => `feedback:${resumeId}`;
export const letterKey = (jobId: number) => `letter:${jobId}`;
export const tailorKey = (jobId: number) => `tailor:${jobId}`;

const COACH_KINDS = new Set(['coach:feedback', 'coach:coverLetter', 'coach:tailor']);
const asAppError = (error: unknown): AppError =>
  error instanceof StoreApiError ? error.error : { code: 'internal', message: errorMessage(error) };

export const createAiCoachSlice: SliceCreator<AiCoachSlice> =
  ({ api }) =>
  (set, get) => {
    /** Chunks and task events for a task whose start call has not answered yet (the bridge can race). */
    const early = new Map<string, ({ chunk: string } | { event: TaskEvent })[]>();
    /** Runs stopped before their task id was known: cancel as soon as it is. */
    const stopRequested = new Set<string>();

    const patchRun = (key: string, patch: Partial<CoachRun> | ((run: CoachRun) => Partial<CoachRun>)) =>
      set((s) => {
        const run = s.coachRuns[key];
        if (!run) return {};
        return { coachRuns: { ...s.coachRuns, [key]: { ...run, ...(typeof patch === 'function' ? patch(run) : patch) } } };
      });

    const keyOfTask = (taskId: string) => Object.entries(get().coachRuns).find(([, run]) => run.taskId === taskId)?.[0];
    const anyStarting = () => Object.values(get().coachRuns).some((run) => run.status === 'starting');

    const remember = (taskId: string, entry: { chunk: string } | { event: TaskEvent }) => {
      const list = early.get(taskId) ?? [];
      if (list.length < 5000) early.set(taskId, [...list, entry]);
      if (early.size > 10) early.delete(early.keys().next().value!);
    };

    async function startRun(key: string, start: () => Promise<{ taskId: string }>, resumeId: number | null = null): Promise<void> {
      stopRequested.delete(key);
      set((s) => ({
        coachRuns: {
          ...s.coachRuns,
          [key]: { taskId: null, status: 'starting', text: '', message: 'Starting…', progress: null, resumeId, result: null, error: null },
        },
      }));
      let taskId: string;
      try {
        taskId = (await start()).taskId;
      } catch (error) {
        patchRun(key, { status: 'error', error: asAppError(error), message: '' });
        return;
      }
      patchRun(key, { taskId, status: 'running' });
      const waiting = early.get(taskId) ?? [];
      early.delete(taskId);
      for (const entry of waiting) {
        if ('chunk' in entry) get().handleCoachChunk({ taskId, text: entry.chunk });
        else get().handleCoachTaskEvent(entry.event);
      }
      if (stopRequested.has(key)) await get().stopCoachRun(key);
    }

    function storeLetter(letter: SavedCoverLetter): void {
      set((s) => {
        const list = s.letters[letter.jobId]?.data ?? [];
        const data = list.some((l) => l.id === letter.id) ? list.map((l) => (l.id === letter.id ? letter : l)) : [letter, ...list];
        return { letters: { ...s.letters, [letter.jobId]: { data, loading: false, error: null } } };
      });
    }

    return {
      coachRuns: {},
      letters: {},

      startFeedback(resumeId, offline) {
        return startRun(
          feedbackKey(resumeId),
          async () => take(await api.coach.feedback({ resumeId, ...(offline ? { offline } : {}) })),
          resumeId,
        );
      },

      startCoverLetter(jobId, { resumeId, tone, length, offline }) {
        return startRun(
          letterKey(jobId),
          async () =>
            take(await api.coach.coverLetter({ jobId, tone, length, ...(resumeId ? { resumeId } : {}), ...(offline ? { offline } : {}) })),
          resumeId ?? null,
        );
      },

      async stopCoachRun(key) {
        const run = get().coachRuns[key];
        if (!run || (run.status !== 'running' && run.status !== 'starting')) return;
        if (!run.taskId) {
          stopRequested.add(key);
          return;
        }
        stopRequested.delete(key);
        patchRun(key, { status: 'cancelled', message: 'Stopped' });
        await api.task.cancel({ taskId: run.taskId });
      },

      clearCoachRun(key) {
        set((s) => {
          const { [key]: _gone, ...rest } = s.coachRuns;
          return { coachRuns: rest };
        });
      },

      handleCoachChunk({ taskId, text }) {
        const key = keyOfTask(taskId);
        if (!key) {
          if (anyStarting()) remember(taskId, { chunk: text });
          return;
        }
        patchRun(key, (run) => (run.status === 'running' ? { text: run.text + text } : {}));
      },

      handleCoachTaskEvent(event) {
        if (!COACH_KINDS.has(event.kind)) return;
        const key = keyOfTask(event.taskId);
        if (!key) {
          if (anyStarting()) remember(event.taskId, { event });
          return;
        }
        const run = get().coachRuns[key]!;
        if (run.status !== 'running') return;
        if (event.type === 'progress') patchRun(key, { message: event.message, progress: { done: event.done, total: event.total } });
        else if (event.type === 'item' && event.index === 0) {
          if (event.result.ok) {
            patchRun(key, { status: 'done', result: event.result.value, message: '' });
            if (event.kind === 'coach:coverLetter') storeLetter(event.result.value as SavedCoverLetter);
          } else patchRun(key, { status: 'error', error: event.result.error, message: '' });
        } else if (event.type === 'finished') {
          patchRun(
            key,
            event.cancelled
              ? { status: 'cancelled', message: 'Stopped' }
              : { status: 'error', error: { code: 'internal', message: 'The coach stopped without an answer. Try again.' } },
          );
        }
      },

      startTailoring(jobId, resumeId, offline) {
        return startRun(
          tailorKey(jobId),
          async () => take(await api.coach.tailor({ jobId, resumeId, ...(offline ? { offline } : {}) })),
          resumeId,
        );
      },

      async applyTailoring(jobId, acceptedIds) {
        // Only a finished run's suggestions: a stopped or failed run has none to apply.
        const run = get().coachRuns[tailorKey(jobId)] as CoachRun<TailoringResult> | undefined;
        if (run?.status !== 'done' || !run.result || run.resumeId === null) {
          throw new StoreApiError({ code: 'invalid-input', message: 'Get suggestions first.' });
        }
        if (!acceptedIds.length) throw new StoreApiError({ code: 'invalid-input', message: 'Accept at least one suggestion.' });
        const created = take(
          await api.coach.applySuggestions({
            resumeId: run.resumeId,
            jobId,
            suggestionIds: acceptedIds,
            suggestions: run.result.suggestions,
          }),
        );
        get().pushToast({
          kind: 'success',
          title: 'Tailored version created',
          message: created.title,
          link: { label: 'Open', href: `#/resumes/${created.id}` },
        });
        return created;
      },

      async loadLetters(jobId) {
        set((s) => ({ letters: { ...s.letters, [jobId]: { ...(s.letters[jobId] ?? idle()), loading: true } } }));
        try {
          const data = take(await api.letters.list({ jobId }));
          set((s) => ({ letters: { ...s.letters, [jobId]: { data, loading: false, error: null } } }));
        } catch (error) {
          set((s) => ({
            letters: { ...s.letters, [jobId]: { ...(s.letters[jobId] ?? idle()), loading: false, error: errorMessage(error) } },
          }));
        }
      },

      async updateLetter(letter, text) {
        const saved = take(await api.letters.update({ id: letter.id, text }));
        storeLetter(saved);
        return saved;
      },

      async deleteLetter(letter) {
        take(await api.letters.delete({ id: letter.id }));
        set((s) => {
          const list = s.letters[letter.jobId]?.data;
          if (!list) return {};
          return {
            letters: { ...s.letters, [letter.jobId]: { data: list.filter((l) => l.id !== letter.id), loading: false, error: null } },
          };
        });
      },

      async exportLetter(id, format) {
        return take(await api.letters.export({ id, format }));
      },
    };
  };
