/**
 * Imported files are kept under the data folder by content hash (ARCHITECTURE.md "Data"): the
 * database stores the hash, never an absolute path that can go stale. Writes are atomic
 * (temp file + rename) so a crash never leaves a half-written original.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class FileStore {
  constructor(private readonly root: string) {}

  private pathFor(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Invalid content hash.');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  put(bytes: Uint8Array): string {
    const sha256 = sha256Hex(bytes);
    const target = this.pathFor(sha256);
    if (fs.existsSync(target)) return sha256;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    return sha256;
  }

  read(sha256: string): Buffer {
    return fs.readFileSync(this.pathFor(sha256));
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathFor(sha256));
  }

  remove(sha256: string): void {
    fs.rmSync(this.pathFor(sha256), { force: true });
  }
}
