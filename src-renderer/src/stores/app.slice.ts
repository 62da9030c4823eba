/**
 * App-wide state mirrored from main: settings (theme), app/database info and backups.
 * Main owns the values; this slice only caches the latest answer (STYLE.md 12).
 */
import type { AppInfo, Backup, Settings, ThemePreference } from '../../../src-preload/contract';
import { take } from './result';
import { errorMessage, idle, type Loadable, type SliceCreator } from './types';

export interface AppSlice {
  settings: Loadable<Settings>;
  appInfo: Loadable<AppInfo>;
  backups: Loadable<Backup[]>;
  backupInProgress: boolean;
  loadSettings(): Promise<void>;
  /** Applies the theme at once and saves it; goes back to the saved value if main refuses. */
  setTheme(theme: ThemePreference): Promise<void>;
  loadAppInfo(): Promise<void>;
  loadBackups(): Promise<void>;
  createBackup(): Promise<Backup | null>;
  /** Opens a web link in the person's browser (the OS decides; main checks the scheme). */
  openExternal(url: string): Promise<void>;
}

/** Newest first, whatever order main returns. */
export function sortBackups(backups: Backup[]): Backup[] {
  return [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

export const createAppSlice: SliceCreator<AppSlice> =
  ({ api }) =>
  (set, get) => ({
    settings: idle(),
    appInfo: idle(),
    backups: idle(),
    backupInProgress: false,

    async loadSettings() {
      set((s) => ({ settings: { ...s.settings, loading: true } }));
      try {
        const data = take(await api.settings.get());
        set({ settings: { data, loading: false, error: null } });
      } catch (error) {
        set((s) => ({ settings: { ...s.settings, loading: false, error: errorMessage(error) } }));
      }
    },

    async setTheme(theme) {
      const previous = get().settings.data;
      set((s) => ({ settings: { ...s.settings, data: { ...(s.settings.data ?? { theme }), theme } } }));
      try {
        const data = take(await api.settings.update({ theme }));
        set({ settings: { data, loading: false, error: null } });
      } catch (error) {
        set((s) => ({ settings: { ...s.settings, data: previous } }));
        get().pushToast({ kind: 'error', title: 'Could not change the theme', message: errorMessage(error) });
      }
    },

    async loadAppInfo() {
      set((s) => ({ appInfo: { ...s.appInfo, loading: true } }));
      try {
        const data = take(await api.app.info());
        set({ appInfo: { data, loading: false, error: null } });
      } catch (error) {
        set((s) => ({ appInfo: { ...s.appInfo, loading: false, error: errorMessage(error) } }));
      }
    },

    async loadBackups() {
      set((s) => ({ backups: { ...s.backups, loading: true } }));
      try {
        const data = sortBackups(take(await api.backups.list()));
        set({ backups: { data, loading: false, error: null } });
      } catch (error) {
        set((s) => ({ backups: { ...s.backups, loading: false, error: errorMessage(error) } }));
      }
    },

    async createBackup() {
      if (get().backupInProgress) return null;
      set({ backupInProgress: true });
      try {
        const backup = take(await api.backups.create());
        set((s) => ({
          backupInProgress: false,
          backups: {
            data: sortBackups([backup, ...(s.backups.data ?? []).filter((b) => b.fileName !== backup.fileName)]),
            loading: false,
            error: null,
          },
        }));
        get().pushToast({ kind: 'success', title: 'Backup created', message: backup.fileName });
        // The database grew a little and the list may have been pruned: refresh both from main.
        void get().loadAppInfo();
        return backup;
      } catch (error) {
        set({ backupInProgress: false });
        get().pushToast({ kind: 'error', title: 'Backup failed', message: errorMessage(error) });
        return null;
      }
    },

    async openExternal(url) {
      try {
        const { opened } = take(await api.app.openExternal({ url }));
        if (!opened)
          get().pushToast({ kind: 'error', title: 'Link not opened', message: `Pathwise only opens https and mailto links: ${url}` });
      } catch (error) {
        get().pushToast({ kind: 'error', title: 'Could not open the link', message: errorMessage(error) });
      }
    },
  });
