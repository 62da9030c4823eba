import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testServices } from '../helpers/services';

describe('backups (D-4)', () => {
  it('writes a real, openable SQLite copy through the backup API and lists it newest first', async () => {
    const services = await testServices();
    await services.settings.update({ theme: 'dark' });
    const first = await services.system.createBackup();
    const second = await services.system.createBackup();
    expect(first.reason).toBe('manual');
    expect(first.bytes).toBeGreaterThan(0);
    const list = services.system.listBackups();
    expect(list.map((b) => b.fileName)).toEqual([second.fileName, first.fileName]);
    const copy = new BetterSqlite3(path.join(services.paths.backups, first.fileName), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare(`SELECT value FROM settings WHERE key = 'app'`).get()).toEqual({ value: JSON.stringify({ theme: 'dark' }) });
    copy.close();
    expect(fs.readdirSync(services.paths.backups).some((f) => f.endsWith('.partial'))).toBe(false);
    const activity = await services.activity.list(10);
    expect(activity.filter((a) => a.kind === 'backup')).toHaveLength(2);
    await services.dispose();
  });
});
