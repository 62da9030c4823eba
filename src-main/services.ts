/**
 * Builds every main-process service on one store. Used by the desktop shell, browser mode and the
 * CLI, so all three run the same code; Electron-only pieces (openExternal, the extractor's process
 * launcher) come in as parameters.
 */
import { openStore, type Store } from './db/connection';
import { dataPaths, type DataPaths } from './db/paths';
import { listActivity } from './db/repositories/activity.repository';
import { DashboardService } from './core/dashboard/dashboard.service';
import type { DocumentExtractor } from './core/documents/types';
import { EventHub } from './core/events';
import { FileStore } from './core/files/file-store';
import { ResumesService } from './core/resumes/resumes.service';
import { SettingsService } from './core/settings/settings.service';
import { SystemService, type AppIdentity } from './core/system/system.service';
import { TaskRunner } from './core/tasks/task-runner';

export interface ServiceOptions {
  dataDir: string;
  identity: AppIdentity;
  extractor: DocumentExtractor;
  openExternal: (url: string) => Promise<boolean>;
  nativeBinding?: string;
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
  activity: { list(limit: number): ReturnType<typeof listActivity> };
  openExternal: (url: string) => Promise<boolean>;
  dispose(): Promise<void>;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const paths = dataPaths(options.dataDir);
  const store = await openStore({ file: paths.database, backupsDir: paths.backups, nativeBinding: options.nativeBinding });
  const events = new EventHub();
  const tasks = new TaskRunner(events);
  return {
    paths,
    store,
    events,
    tasks,
    system: new SystemService(store, paths, options.identity, events),
    settings: new SettingsService(store.db, events),
    dashboard: new DashboardService(store.db),
    resumes: new ResumesService(store.db, new FileStore(paths.files), options.extractor, tasks, events),
    activity: { list: (limit) => listActivity(store.db, limit) },
    openExternal: options.openExternal,
    async dispose() {
      tasks.cancelAll();
      await options.extractor.dispose();
      await store.close();
    },
  };
}
