import fs from 'node:fs';
import path from 'node:path';

/**
 * Where `scripts/native-modules.mjs electron` puts better-sqlite3 built for Electron's ABI, so the
 * desktop app and Node (tests, CLI) each load a matching binary without rebuilding back and forth.
 * Packaged builds are rebuilt for Electron in place by the packager, so they use the default.
 */
export function electronSqliteBinding(appPath: string, isPackaged: boolean, abi = process.versions.modules): string | undefined {
  if (isPackaged) return undefined;
  const file = path.join(appPath, 'node_modules', '.cache', 'pathwise-native', `electron-abi${abi}`, 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
}
