/**
 * Zip pre-flight from the central directory, before anything is inflated (SECURITY.md B-2).
 * A 400 KB DOCX can expand to 400 MiB inside mammoth; the central directory tells us the sizes
 * up front, so bombs are refused without decompressing a byte.
 */
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { failure } from './messages';

export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalUncompressed: 50 * 1024 * 1024, maxRatio: 100 };

/** Entries smaller than this are exempt from the ratio rule: tiny XML parts legitimately compress >100:1. */
const RATIO_EXEMPT_BELOW = 64 * 1024;
/** Fixed part of a local file header (PKWARE APPNOTE 4.3.7). */
const LOCAL_HEADER_BYTES = 30;

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export interface CheckedZip {
  entries: ZipEntryInfo[];
  /** Inflates one entry, refusing more bytes than the central directory announced. */
  read(name: string, maxBytes?: number): Promise<Buffer>;
  close(): void;
}

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) reject(failure('corrupt', 'not a readable zip archive'));
      else resolve(zip);
    });
  });
}

function listEntries(zip: ZipFile, limits: ZipLimits): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    let total = 0;
    let settled = false;
    const stop = (error: Error) => {
      if (settled) return;
      settled = true;
      zip.close();
      reject(error);
    };
    zip.on('error', () => stop(failure('corrupt', 'the zip directory is damaged')));
    zip.on('entry', (entry: Entry) => {
      if (entries.length + 1 > limits.maxEntries) return stop(failure('too-large', `more than ${limits.maxEntries} files in the archive`));
      total += entry.uncompressedSize;
      if (total > limits.maxTotalUncompressed) {
        return stop(failure('too-large', `more than ${Math.round(limits.maxTotalUncompressed / 1048576)} MB once unpacked`));
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize >= RATIO_EXEMPT_BELOW && ratio > limits.maxRatio) {
        return stop(failure('too-large', `an archive entry expands more than ${limits.maxRatio}:1`));
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(entries);
    });
    zip.readEntry();
  });
}

/** Overlapping entries (several names sharing the same compressed bytes) are a known bomb technique. */
function assertNoOverlap(entries: Entry[], archiveSize: number): void {
  const spans = entries
    .map((e) => ({
      start: e.relativeOffsetOfLocalHeader,
      end: e.relativeOffsetOfLocalHeader + LOCAL_HEADER_BYTES + e.fileNameLength + e.compressedSize,
    }))
    .sort((a, b) => a.start - b.start);
  const names = new Set<string>();
  for (const e of entries) {
    if (names.has(e.fileName)) throw failure('corrupt', 'the archive lists the same file twice');
    names.add(e.fileName);
  }
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.end > archiveSize) throw failure('corrupt', 'an archive entry points past the end of the file');
    const next = spans[i + 1];
    if (next && next.start < span.end) throw failure('corrupt', 'archive entries overlap');
  }
}

function readEntry(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (entry.uncompressedSize > maxBytes) return reject(failure('too-large', `${entry.fileName} is too large`));
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(failure('corrupt', `cannot read ${entry.fileName}`));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          stream.destroy();
          reject(failure('too-large', `${entry.fileName} is too large`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', () => reject(failure('corrupt', `cannot read ${entry.fileName}`)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/** Opens and checks a zip; throws ExtractionError('too-large' | 'corrupt') on any violation. */
export async function checkZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<CheckedZip> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await openZip(buffer);
  const entries = await listEntries(zip, limits);
  try {
    assertNoOverlap(entries, buffer.length);
  } catch (error) {
    zip.close();
    throw error;
  }
  const byName = new Map(entries.map((e) => [e.fileName, e]));
  return {
    entries: entries.map((e) => ({ name: e.fileName, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize })),
    read(name, maxBytes = limits.maxTotalUncompressed) {
      const entry = byName.get(name);
      if (!entry) return Promise.reject(failure('corrupt', `${name} is missing`));
      return readEntry(zip, entry, maxBytes);
    },
    close: () => zip.close(),
  };
}

/** Lists entry names only (format detection); same limits, nothing inflated. */
export async function listZipNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await checkZip(bytes);
  zip.close();
  return zip.entries.map((e) => e.name);
}
