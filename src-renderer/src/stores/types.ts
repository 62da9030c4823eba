import type { StateCreator } from 'zustand';
import type { PathwiseApi } from '../../../src-preload/contract/client';
import type { AiCoachSlice } from './ai-coach.slice';
import type { AiModelsSlice } from './ai-models.slice';
import type { AiSlice } from './ai.slice';
import type { AlertsSlice } from './alerts.slice';
import type { AppSlice } from './app.slice';
import type { BoardsSlice } from './boards.slice';
import type { DashboardSlice } from './dashboard.slice';
import type { JobIntakeSlice } from './job-intake.slice';
import type { JobsSlice } from './jobs.slice';
import type { PreferencesSlice } from './preferences.slice';
import type { ResumesSlice } from './resumes.slice';
import type { TasksSlice } from './tasks.slice';

/** What the slices need from the outside world; tests pass an in-memory api. */
export interface StoreDeps {
  api: PathwiseApi;
  /** Reads a file for upload as base64 (the contract is plain JSON). */
  readFileBase64: (file: Blob) => Promise<string>;
}

export type PathwiseState = AppSlice &
  DashboardSlice &
  ResumesSlice &
  TasksSlice &
  JobsSlice &
  JobIntakeSlice &
  BoardsSlice &
  AlertsSlice &
  PreferencesSlice &
  AiSlice &
  AiModelsSlice &
  AiCoachSlice;

/** A slice creator: sees the whole store, adds no middleware (middleware lives at the root only). */
export type SliceCreator<Slice> = (deps: StoreDeps) => StateCreator<PathwiseState, [], [], Slice>;

/** Shape of a value fetched from main: `null` until the first answer arrives. */
export interface Loadable<T> {
  data: T | null;
  loading: boolean;
  /** The contract error's message, shown in context with a retry. */
  error: string | null;
}

export const idle = <T>(): Loadable<T> => ({ data: null, loading: false, error: null });

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
