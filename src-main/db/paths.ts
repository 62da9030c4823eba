import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Pathwise';
export const DATABASE_FILE = 'pathwise.db';

/**
 * The data folder: `PATHWISE_DATA_DIR` when set (each test gets its own), otherwise the same
 * folder Electron's `app.getPath('userData')` gives for "Pathwise", so the desktop app, the CLI
 * and browser mode share one store.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PATHWISE_DATA_DIR) return path.resolve(env.PATHWISE_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

export interface DataPaths {
  root: string;
  database: string;
  backups: string;
  files: string;
  models: string;
  logs: string;
}

export function dataPaths(root: string): DataPaths {
  return {
    root,
    database: path.join(root, DATABASE_FILE),
    backups: path.join(root, 'backups'),
    files: path.join(root, 'files'),
    models: path.join(root, 'models'),
    logs: path.join(root, 'logs'),
  };
}
