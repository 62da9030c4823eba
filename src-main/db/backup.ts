/**
 * Backups through SQLite's online backup API only: copying a WAL database file gives an unusable
 * copy (SECURITY.md D-4). Files are named by time and reason so the list needs no table.
 */
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Backup } from '../../src-preload/contract/app.contract';

const NAME = /^pathwise-(\d{8}T\d{6}(?:\d{3})?Z)-(manual|pre-migration)\.db$/;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

function parseStamp(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z$/.exec(value);
  if (!m) return new Date(0).toISOString();
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +(m[7] ?? 0))).toISOString();
}

export async function createBackup(
  sqlite: BetterSqlite3.Database,
  dir: string,
  reason: Backup['reason'],
  now: Date = new Date(),
): Promise<Backup & { path: string }> {
  fs.mkdirSync(dir, { recursive: true });
  let at = now;
  let fileName = `pathwise-${stamp(at)}-${reason}.db`;
  while (fs.existsSync(path.join(dir, fileName))) {
    at = new Date(at.getTime() + 1);
    fileName = `pathwise-${stamp(at)}-${reason}.db`;
  }
  const target = path.join(dir, fileName);
  const partial = `${target}.partial`;
  try {
    await sqlite.backup(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  const bytes = fs.statSync(target).size;
  return { fileName, createdAt: at.toISOString(), bytes, reason, path: target };
}

export function listBackups(dir: string): Backup[] {
  if (!fs.existsSync(dir)) return [];
  const backups: Backup[] = [];
  for (const fileName of fs.readdirSync(dir)) {
    const m = NAME.exec(fileName);
    if (!m) continue;
    backups.push({
      fileName,
      createdAt: parseStamp(m[1]!),
      bytes: fs.statSync(path.join(dir, fileName)).size,
      reason: m[2] as Backup['reason'],
    });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
