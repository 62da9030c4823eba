import fs from 'node:fs';
import type { AppInfo, Backup } from '../../../src-preload/contract/app.contract';
import { createBackup, listBackups } from '../../db/backup';
import { schemaVersion, type Store } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations';
import type { DataPaths } from '../../db/paths';
import { logActivity } from '../../db/repositories/activity.repository';
import type { EventSink } from '../events';

export interface AppIdentity {
  name: string;
  version: string;
  mode: AppInfo['mode'];
}

/** Facts about the install and the data folder, and backups (Settings page). */
export class SystemService {
  constructor(
    private readonly store: Store,
    private readonly paths: DataPaths,
    private readonly identity: AppIdentity,
    private readonly events: EventSink,
  ) {}

  info(): AppInfo {
    return {
      ...this.identity,
      platform: process.platform,
      dataDir: this.paths.root,
      databasePath: this.paths.database,
      databaseBytes: databaseBytes(this.paths.database),
      schemaVersion: schemaVersion(this.store.sqlite),
      latestSchemaVersion: MIGRATIONS.length,
      sqliteVersion: (this.store.sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    };
  }

  listBackups(): Backup[] {
    return listBackups(this.paths.backups);
  }

  async createBackup(): Promise<Backup> {
    const { path: _path, ...backup } = await createBackup(this.store.sqlite, this.paths.backups, 'manual');
    await logActivity(this.store.db, { kind: 'backup', message: `Backed up the database (${backup.fileName})` });
    this.events.emit('data:changed', { area: 'backups' });
    return backup;
  }
}

/** The database file plus its WAL: what the person's disk actually holds. */
function databaseBytes(file: string): number {
  let total = 0;
  for (const f of [file, `${file}-wal`]) {
    try {
      total += fs.statSync(f).size;
    } catch {
      // The WAL may not exist yet.
    }
  }
  return total;
}
