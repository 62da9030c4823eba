/**
 * Builds every main-process service on one store. Used by the desktop shell, browser mode and the
 * CLI, so all three run the same code; Electron-only pieces (openExternal, the extractor's process
 * launcher) come in as parameters.
 */
import path from 'node:path';
import { createAiServices, type AiServiceOptions, type AiServices } from './ai-services';
import { createHttpClient } from './adapters/http';
import type { SafeStorageLike } from './adapters/secrets';
import { openStore, type Store } from './db/connection';
import { dataPaths, type DataPaths } from './db/paths';
import { listActivity } from './db/repositories/activity.repository';
import { DashboardService } from './core/dashboard/dashboard.service';
import type { DocumentExtractor } from './core/documents/types';
import { EventHub } from './core/events';
import { FileStore } from './core/files/file-store';
import { AlertsService } from './core/jobs/alerts.service';
import { BoardsService, type SourceBaseUrls } from './core/jobs/boards.service';
import { JobsService } from './core/jobs/jobs.service';
import { PreferencesService } from './core/jobs/preferences.service';
import { startScheduler, type Scheduler } from './core/scheduler';
import { reindexStaleJobs } from './db/repositories/jobs.repository';
import { ResumesService } from './core/resumes/resumes.service';
import { SettingsService } from './core/settings/settings.service';
import { SystemService, type AppIdentity } from './core/system/system.service';
import { TaskRunner } from './core/tasks/task-runner';
import { errorForLog } from './core/secrets/log-safe';

export interface ServiceOptions {
  dataDir: string;
  identity: AppIdentity;
  extractor: DocumentExtractor;
  openExternal: (url: string) => Promise<boolean>;
  nativeBinding?: string;
  /** Sent with every request (DATA-SOURCES.md: a descriptive User-Agent). */
  userAgent?: string;
  /** Test seam: job-source API base URLs (e.g. a local server). Also read from PATHWISE_SOURCE_BASE_URLS. */
  sourceBaseUrls?: SourceBaseUrls;
  /** Refresh followed boards in the background (desktop app and browser mode). */
  scheduler?: boolean;
  /** Electron's safeStorage, passed by the desktop shell: the key store's fallback when the keychain cannot load. */
  safeStorage?: SafeStorageLike | null;
  /** Test seams for the AI layer (secret store, machine probe, model catalog). */
  ai?: Omit<AiServiceOptions, 'safeStorage'>;
}

export interface Services {
  paths: DataPaths;
  store: Store;
  events: EventHub;
  tasks: TaskRunner;
  system: SystemService;
  settings: SettingsService;
  dashboard: DashboardService;
  resumes: ResumesService;
  jobs: JobsService;
  boards: BoardsService;
  alerts: AlertsService;
  preferences: PreferencesService;
  ai: AiServices;
  activity: { list(limit: number): ReturnType<typeof listActivity> };
  openExternal: (url: string) => Promise<boolean>;
  dispose(): Promise<void>;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const paths = dataPaths(options.dataDir);
  const store = await openStore({ file: paths.database, backupsDir: paths.backups, nativeBinding: options.nativeBinding });
  const events = new EventHub();
  const tasks = new TaskRunner(events);
  const userAgent = options.userAgent ?? `Pathwise/${options.identity.version} (local-first career coach desktop app; +https://github.com/pathwise-app/pathwise)`;
  const http = createHttpClient({ userAgent });
  // Keyless job sites ask for gentle polling: cache their answers for 6 hours.
  const cachedHttp = createHttpClient({ userAgent, cache: { dir: path.join(paths.root, 'cache', 'http'), ttlMs: 6 * 3_600_000 } });
  const baseUrls = { ...sourceBaseUrlsFromEnv(), ...options.sourceBaseUrls };
  const preferences = new PreferencesService(store.db, events);
  let alerts: AlertsService | null = null;
  const jobs = new JobsService({
    store,
    http,
    extractor: options.extractor,
    tasks,
    events,
    preferences,
    atsBaseUrls: baseUrls,
    onNewJobs: async (ids) => void (await alerts?.checkNewJobs(ids)),
  });
  alerts = new AlertsService(store, events, () => jobs.primaryResumeId());
  const boards = new BoardsService(store, http, jobs, events, baseUrls, undefined, cachedHttp);
  reindexStaleJobs(store.sqlite);
  // Scores follow the primary resume and the preferences.
  const rerank = rerankOnChange(jobs);
  events.add(rerank);
  const ai = createAiServices({ store, paths, events, tasks, jobs, extractor: options.extractor, userAgent, safeStorage: options.safeStorage, ...options.ai });
  const scheduler: Scheduler | null = options.scheduler
    ? startScheduler(() => boards.refreshDue(), { intervalMs: 15 * 60_000, initialDelayMs: 30_000, onError: (e) => console.error('Board refresh failed', errorForLog(e)) })
    : null;
  return {
    paths,
    store,
    events,
    tasks,
    system: new SystemService(store, paths, options.identity, events),
    settings: new SettingsService(store.db, events),
    dashboard: new DashboardService(store.db),
    resumes: new ResumesService(store.db, new FileStore(paths.files), options.extractor, tasks, events),
    jobs,
    boards,
    alerts,
    preferences,
    ai,
    activity: { list: (limit) => listActivity(store.db, limit) },
    openExternal: options.openExternal,
    async dispose() {
      scheduler?.stop();
      rerank.cancel();
      tasks.cancelAll();
      await ai.dispose();
      await options.extractor.dispose();
      await store.close();
    },
  };
}

function sourceBaseUrlsFromEnv(): SourceBaseUrls {
  const raw = process.env.PATHWISE_SOURCE_BASE_URLS;
  if (!raw) return {};
  try {
    return JSON.parse(raw) as SourceBaseUrls;
  } catch {
    throw new Error('PATHWISE_SOURCE_BASE_URLS must be JSON, e.g. {"greenhouse":"http://127.0.0.1:8080"}');
  }
}

/** Re-ranks every posting when the resumes or preferences change (debounced: imports come in bursts). */
function rerankOnChange(jobs: JobsService) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    cancel: () => {
      if (timer) clearTimeout(timer);
      timer = null;
    },
    emit: (event: string, payload: unknown) => {
      if (event !== 'data:changed') return;
      const area = (payload as { area: string }).area;
      if (area !== 'resumes' && area !== 'preferences') return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void jobs.rank().catch((e: unknown) => console.error('Re-ranking failed', errorForLog(e)));
      }, 50);
      timer.unref?.();
    },
  };
}
