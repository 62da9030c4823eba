/**
 * The app's store, wired to the real api. Components use `useStore(selector)`.
 */
import { api, fileToBase64 } from '../api';
import { connectStoreToEvents, createPathwiseStore } from './create-store';
import type { StoreDeps } from './types';

const deps: StoreDeps = { api, readFileBase64: fileToBase64 };

export const useStore = createPathwiseStore(deps);

/** Resets every slice to its first state (tests). */
export function resetStore(): void {
  useStore.reset();
}

let disconnect: (() => void) | null = null;

/** Subscribes the store to main's events once (called from main.tsx). */
export function connectStore(): () => void {
  disconnect ??= connectStoreToEvents(useStore, deps);
  return disconnect;
}

export type { PathwiseState } from './types';
export type { ImportFileState, ImportJob, Toast } from './tasks.slice';
