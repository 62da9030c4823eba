/**
 * D-6 (SECURITY.md): a damaged database is detected at start-up and never overwritten. quick_check
 * runs at a clean close instead of every open; these tests show that whatever touches the file
 * after that close still gets it checked at the next open.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, verifiedAtLastClose } from '../../src-main/db/connection';
import { tempDir } from '../helpers/temp-dir';

function paths() {
  const dir = tempDir();
  return { file: path.join(dir, 'pathwise.db'), backupsDir: path.join(dir, 'backups') };
}

async function storeWithRows(p: ReturnType<typeof paths>) {
  const store = await openStore(p);
  const insert = store.sqlite.prepare(`INSERT INTO activity_log (kind, message, at) VALUES ('note', ?, '2026-11-22T00:00:00.000Z')`);
  store.sqlite.transaction(() => {
    for (let i = 0; i < 500; i++) insert.run(`entry ${i} ${'x'.repeat(200)}`);
  })();
  return store;
}

describe('start-up integrity check (D-6)', () => {
  it('is skipped only for a file left exactly as a clean close checked it, and only once', async () => {
    const p = paths();
    await (await storeWithRows(p)).close();
    expect(verifiedAtLastClose(p.file)).toBe(true);
    expect(verifiedAtLastClose(p.file)).toBe(false);
  });

  it('is consumed at open, so a crash during the session leaves none', async () => {
    const p = paths();
    const store = await storeWithRows(p);
    await store.close();
    const reopened = await openStore(p);
    reopened.sqlite.prepare(`INSERT INTO activity_log (kind, message, at) VALUES ('note', 'after', 'now')`).run();
    // A killed process leaves its WAL behind and writes no record.
    expect(fs.existsSync(`${p.file}-wal`)).toBe(true);
    expect(verifiedAtLastClose(p.file)).toBe(false);
    await reopened.close();
  });

  it('runs when the file changed after the clean close', async () => {
    const p = paths();
    await (await storeWithRows(p)).close();
    fs.appendFileSync(p.file, Buffer.alloc(4096));
    expect(verifiedAtLastClose(p.file)).toBe(false);
  });

  it('refuses a page zeroed after a clean close, and leaves the file untouched', async () => {
    const p = paths();
    const store = await storeWithRows(p);
    const pageSize = store.sqlite.pragma('page_size', { simple: true }) as number;
    const root = store.sqlite.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'activity_log'`).pluck().get() as number;
    await store.close();
    const fd = fs.openSync(p.file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize), 0, pageSize, (root - 1) * pageSize);
    fs.closeSync(fd);
    const damaged = fs.readFileSync(p.file);
    await expect(openStore(p)).rejects.toThrow(/damaged/);
    expect(fs.readFileSync(p.file).equals(damaged)).toBe(true);
  });
});
