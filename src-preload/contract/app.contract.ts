import { z } from 'zod';
import { channel } from './define';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface AppInfo {
  name: string;
  version: string;
  /** 'desktop' inside Electron, 'browser' in browser mode (development and tests). */
  mode: 'desktop' | 'browser';
  platform: string;
  dataDir: string;
  databasePath: string;
  databaseBytes: number;
  schemaVersion: number;
  latestSchemaVersion: number;
  sqliteVersion: string;
}

export interface Settings {
  theme: ThemePreference;
}

export interface Backup {
  fileName: string;
  createdAt: string;
  bytes: number;
  /** 'manual' from Settings, 'pre-migration' before a schema upgrade. */
  reason: 'manual' | 'pre-migration';
}

export interface ActivityEntry {
  id: number;
  at: string;
  kind: string;
  message: string;
}

export const ThemeSchema = z.enum(['system', 'light', 'dark']);

export const appChannels = {
  'app:info': channel<AppInfo>()(z.undefined()),
  'app:openExternal': channel<{ opened: boolean }>()(z.object({ url: z.string().url().max(2048) }).strict()),
  'settings:get': channel<Settings>()(z.undefined()),
  'settings:update': channel<Settings>()(z.object({ theme: ThemeSchema.optional() }).strict()),
  'backups:list': channel<Backup[]>()(z.undefined()),
  'backups:create': channel<Backup>()(z.undefined()),
  'activity:list': channel<ActivityEntry[]>()(
    z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict().optional(),
  ),
};
