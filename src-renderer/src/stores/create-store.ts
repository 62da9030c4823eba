/**
 * One zustand store built from slices (STYLE.md 10). Middleware, if any is ever added, goes here
 * at the root only. The factory takes its dependencies so tests build a store on an in-memory api.
 */
import { create } from 'zustand';
import { createAiCoachSlice } from './ai-coach.slice';
import { connectAiEvents, refetchAiArea } from './ai-events';
import { createAiModelsSlice } from './ai-models.slice';
import { createAiSlice } from './ai.slice';
import { createAlertsSlice } from './alerts.slice';
import { createAppSlice } from './app.slice';
import { createBoardsSlice } from './boards.slice';
import { createDashboardSlice } from './dashboard.slice';
import { createJobIntakeSlice } from './job-intake.slice';
import { createJobsSlice } from './jobs.slice';
import { createPreferencesSlice } from './preferences.slice';
import { createResumesSlice } from './resumes.slice';
import { createTasksSlice } from './tasks.slice';
import type { PathwiseState, StoreDeps } from './types';

export function createPathwiseStore(deps: StoreDeps) {
  const store = create<PathwiseState>()((...args) => ({
    ...createAppSlice(deps)(...args),
    ...createDashboardSlice(deps)(...args),
    ...createResumesSlice(deps)(...args),
    ...createTasksSlice(deps)(...args),
    ...createJobsSlice(deps)(...args),
    ...createJobIntakeSlice(deps)(...args),
    ...createBoardsSlice(deps)(...args),
    ...createAlertsSlice(deps)(...args),
    ...createPreferencesSlice(deps)(...args),
    ...createAiSlice(deps)(...args),
    ...createAiModelsSlice(deps)(...args),
    ...createAiCoachSlice(deps)(...args),
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
  const offTask = deps.api.on('task:event', (event) => {
    store.getState().handleTaskEvent(event);
    store.getState().handleCsvTaskEvent(event);
  });
  const offNotification = deps.api.on('notification:new', (notification) => store.getState().receiveNotification(notification));
  const offData = deps.api.on('data:changed', ({ area }) => {
    refetchArea(store, area);
    refetchAiArea(store, area);
  });
  const offAi = connectAiEvents(store, deps);
  return () => {
    offAi();
    offTask();
    offNotification();
    offData();
  };
}

const shown = (value: { data: unknown; error: string | null }) => Boolean(value.data || value.error);

/** Refetches, for one changed area, only what some page is showing (was loaded before). */
function refetchArea(store: PathwiseStore, area: string): void {
  const s = store.getState();
  const refreshDashboard = () => {
    if (shown(s.dashboard)) void s.loadDashboard();
  };
  const refreshJobs = () => {
    if (s.jobResults.loaded) void s.searchJobs({ refresh: true });
    if (shown(s.jobCounts)) void s.loadJobCounts();
    if (shown(s.topMatches)) void s.loadTopMatches();
    for (const id of Object.keys(s.jobDetails)) void s.loadJob(Number(id));
  };
  switch (area) {
    case 'resumes':
      refreshDashboard();
      if (shown(s.resumeList)) void s.loadResumes();
      for (const id of Object.keys(s.resumeDetails)) void s.loadResume(Number(id));
      // The primary resume drives every match score.
      refreshJobs();
      break;
    case 'settings':
      void s.loadSettings();
      break;
    case 'backups':
      if (shown(s.backups)) void s.loadBackups();
      if (s.appInfo.data) void s.loadAppInfo();
      break;
    case 'jobs':
      refreshDashboard();
      refreshJobs();
      break;
    case 'boards':
      if (shown(s.boards)) void s.loadBoards();
      if (shown(s.aggregators)) void s.loadAggregators();
      break;
    case 'searches':
      if (shown(s.savedSearches)) void s.loadSavedSearches();
      break;
    case 'notifications':
      if (shown(s.notifications)) void s.loadNotifications();
      break;
    case 'preferences':
      if (shown(s.preferences)) void s.loadPreferences();
      break;
    default:
      // Areas this build does not show still change the dashboard's counts and activity.
      refreshDashboard();
  }
}
