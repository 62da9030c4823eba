/**
 * One zustand store built from slices (STYLE.md 10). Middleware, if any is ever added, goes here
 * at the root only. The factory takes its dependencies so tests build a store on an in-memory api.
 */
import { create } from 'zustand';
import { createAppSlice } from './app.slice';
import { createDashboardSlice } from './dashboard.slice';
import { createResumesSlice } from './resumes.slice';
import { createTasksSlice } from './tasks.slice';
import type { PathwiseState, StoreDeps } from './types';

export function createPathwiseStore(deps: StoreDeps) {
  const store = create<PathwiseState>()((...args) => ({
    ...createAppSlice(deps)(...args),
    ...createDashboardSlice(deps)(...args),
    ...createResumesSlice(deps)(...args),
    ...createTasksSlice(deps)(...args),
  }));
  const initialState = store.getState();
  /** Back to the first state (zustand's testing guide); the actions are part of it. */
  const reset = () => store.setState(initialState, true);
  return Object.assign(store, { reset });
}

export type PathwiseStore = ReturnType<typeof createPathwiseStore>;

/**
 * Main owns state and pushes events; the store mirrors it (STYLE.md 12). Refetches only what has
 * been loaded, i.e. what some page is showing. Returns the unsubscribe function.
 */
export function connectStoreToEvents(store: PathwiseStore, deps: StoreDeps): () => void {
  const offTask = deps.api.on('task:event', (event) => store.getState().handleTaskEvent(event));
  const offData = deps.api.on('data:changed', ({ area }) => {
    const s = store.getState();
    const refreshDashboard = () => {
      if (s.dashboard.data || s.dashboard.error) void s.loadDashboard();
    };
    switch (area) {
      case 'resumes':
        refreshDashboard();
        if (s.resumeList.data || s.resumeList.error) void s.loadResumes();
        for (const id of Object.keys(s.resumeDetails)) void s.loadResume(Number(id));
        break;
      case 'settings':
        void s.loadSettings();
        break;
      case 'backups':
        if (s.backups.data || s.backups.error) void s.loadBackups();
        if (s.appInfo.data) void s.loadAppInfo();
        break;
      default:
        // 'jobs' and areas this build does not show still change the dashboard's counts and activity.
        refreshDashboard();
    }
  });
  return () => {
    offTask();
    offData();
  };
}
