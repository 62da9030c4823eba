/**
 * Routes main's events to the AI slices: task events for model downloads and coach runs, and
 * streamed `coach:chunk` text (`connectAiEvents`, called from `connectStoreToEvents`); and, for
 * `data:changed`, refetches in the 'ai' and 'coverLetters' areas only what some page has loaded.
 */
import type { PathwiseStore } from './create-store';
import type { StoreDeps } from './types';

export function connectAiEvents(store: PathwiseStore, deps: StoreDeps): () => void {
  const offTask = deps.api.on('task:event', (event) => {
    store.getState().handleModelTaskEvent(event);
    store.getState().handleCoachTaskEvent(event);
  });
  const offChunk = deps.api.on('coach:chunk', (event) => store.getState().handleCoachChunk(event));
  return () => {
    offTask();
    offChunk();
  };
}

export function refetchAiArea(store: PathwiseStore, area: string): void {
  const s = store.getState();
  if (area === 'ai') {
    if (s.aiSettings.data || s.aiSettings.error) void s.loadAiSettings();
    if (s.aiProviders.data || s.aiProviders.error) void s.loadProviders();
    if (s.models.data || s.models.error) void s.loadModels();
    if (s.ledger.data) void s.loadLedger();
  } else if (area === 'coverLetters') {
    for (const jobId of Object.keys(s.letters)) void s.loadLetters(Number(jobId));
  }
}
