/** On-disk response cache keyed by URL (DATA-SOURCES.md: cache for 6 to 24 hours). Best effort: I/O errors mean a miss. */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CachedResponse {
  requestUrl: string;
  url: string;
  status: number;
  contentType: string | null;
  text: string;
  storedAt: number;
}

export interface DiskCache {
  get(key: string): Promise<CachedResponse | null>;
  set(key: string, entry: CachedResponse): Promise<void>;
}

export function createDiskCache(dir: string, ttlMs: number, now: () => number): DiskCache {
  const fileFor = (key: string): string => join(dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  return {
    async get(key) {
      try {
        const entry = JSON.parse(await readFile(fileFor(key), 'utf8')) as CachedResponse;
        if (typeof entry.text !== 'string' || typeof entry.storedAt !== 'number') return null;
        const age = now() - entry.storedAt;
        return age >= 0 && age < ttlMs ? entry : null;
      } catch {
        return null;
      }
    },
    async set(key, entry) {
      const file = fileFor(key);
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(temporary, JSON.stringify(entry), 'utf8');
        await rename(temporary, file);
      } catch {
        // A cache that cannot be written only costs a refetch.
      }
    },
  };
}
