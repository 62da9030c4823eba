/**
 * Downloads a model file safely (ARCHITECTURE.md "LLM": download with progress, resume, sha256):
 * - bytes go to `<name>.part`, with a `<name>.part.json` sidecar (URL, ETag, expected size) so an
 *   interrupted download resumes with an HTTP Range request, across restarts too;
 * - a dropped connection is retried from where it stopped, with backoff;
 * - the sha256 is computed while writing; with an expected hash, a mismatch deletes the part and
 *   fails; without one, the hash is returned and the model is labelled unverified;
 * - only a complete, verified (and, if given, validated) file is renamed to its final name, so a
 *   cancelled or failed download never leaves a file that looks complete.
 * Network access goes through an injected fetch (the adapter passes globalThis.fetch).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { headerBytes, report, requestBytes, type FetchLike, type OnOutboundRequest } from './outbound';

export interface DownloadProgress {
  receivedBytes: number;
  totalBytes: number | null;
  /** Recent speed (bytes per second over the last few seconds). */
  bytesPerSecond: number;
  /** Bytes that were already on disk when this download (re)started. */
  resumedFromBytes: number;
}

export interface DownloadRequest {
  url: string;
  /** Final file path; `.part` and `.part.json` sit beside it. */
  destination: string;
  /** Lower-case hex; null = compute and report, label unverified. */
  expectedSha256: string | null;
  /** Used for progress only when the server does not say. */
  expectedBytes?: number | null;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  /** Runs on the complete `.part` before it is renamed (e.g. GGUF header check). Throw to reject. */
  validate?: (partPath: string) => Promise<void>;
  /** For the outbound ledger. Default "model-download". */
  feature?: string;
}

export interface DownloadResult {
  path: string;
  bytes: number;
  sha256: string;
  /** True when the hash matched one recorded in advance. */
  verified: boolean;
}

export type DownloadErrorCode = 'cancelled' | 'network' | 'http-status' | 'checksum-mismatch' | 'invalid-file' | 'disk';

export class ModelDownloadError extends Error {
  override readonly name = 'ModelDownloadError';
  constructor(
    readonly code: DownloadErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ModelDownloaderOptions {
  fetch: FetchLike;
  userAgent: string;
  onRequest?: OnOutboundRequest;
  /** Consecutive failed attempts (no new bytes) before giving up. Default 5. */
  maxAttempts?: number;
  /** Default 250 ms. */
  progressIntervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Per request: how long to wait for headers and between body chunks. Default 30 s. */
  stallTimeoutMs?: number;
}

interface Sidecar {
  url: string;
  etag: string | null;
  totalBytes: number | null;
  expectedSha256: string | null;
}

const MAX_REDIRECTS = 5;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function abortError(): ModelDownloadError {
  return new ModelDownloadError('cancelled', 'The download was cancelled; it will resume from where it stopped next time.');
}

function readSidecar(file: string): Sidecar | null {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Sidecar;
    return typeof data.url === 'string' ? data : null;
  } catch {
    return null;
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Hash of the bytes already on disk, so a resumed download still verifies the whole file. */
async function hashExisting(file: string, bytes: number, hash: crypto.Hash): Promise<void> {
  if (bytes === 0) return;
  const stream = fs.createReadStream(file, { start: 0, end: bytes - 1 });
  for await (const chunk of stream) hash.update(chunk as Buffer);
}

/** Parses "bytes 100-199/1000" → { start: 100, total: 1000 }. */
function parseContentRange(value: string | null): { start: number; total: number | null } | null {
  const match = value ? /^bytes\s+(\d+)-\d+\/(\d+|\*)$/i.exec(value.trim()) : null;
  if (!match) return null;
  return { start: Number(match[1]), total: match[2] === '*' ? null : Number(match[2]) };
}

export function createModelDownloader(options: ModelDownloaderOptions) {
  const maxAttempts = options.maxAttempts ?? 5;
  const progressInterval = options.progressIntervalMs ?? 250;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const stallTimeoutMs = options.stallTimeoutMs ?? 30_000;

  /** GET with redirects followed by hand, so every hop is http(s) and reported to the ledger. */
  async function open(url: string, headers: Record<string, string>, signal: AbortSignal, feature: string): Promise<{ response: Response; host: string; bytesOut: number }> {
    let current = new URL(url);
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'https:' && current.protocol !== 'http:') {
        throw new ModelDownloadError('network', `Refusing to download from a ${current.protocol} address.`);
      }
      const all = { 'User-Agent': options.userAgent, ...headers };
      let response: Response;
      try {
        response = await options.fetch(current.href, { method: 'GET', headers: all, signal, redirect: 'manual' });
      } catch (error) {
        report(options.onRequest, { host: current.host, feature, bytesOut: requestBytes('GET', current, all, undefined), bytesIn: 0 });
        throw error;
      }
      const location = response.headers.get('location');
      if ([301, 302, 303, 307, 308].includes(response.status) && location) {
        report(options.onRequest, { host: current.host, feature, bytesOut: requestBytes('GET', current, all, undefined), bytesIn: headerBytes(response.headers) });
        await response.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS) throw new ModelDownloadError('http-status', `${current.host} redirected too many times.`);
        current = new URL(location, current);
        continue;
      }
      // The final hop is reported once its body has been read (see download()).
      return { response, host: current.host, bytesOut: requestBytes('GET', current, all, undefined) };
    }
  }

  async function download(request: DownloadRequest): Promise<DownloadResult> {
    const { destination, url, signal } = request;
    const feature = request.feature ?? 'model-download';
    const partPath = `${destination}.part`;
    const sidecarPath = `${destination}.part.json`;
    const expectedSha = request.expectedSha256?.toLowerCase() ?? null;
    fs.mkdirSync(path.dirname(destination), { recursive: true });

    let sidecar = readSidecar(sidecarPath);
    if (!sidecar || sidecar.url !== url || sidecar.expectedSha256 !== expectedSha || !fs.existsSync(partPath)) {
      // Nothing to resume from (or a different file was being fetched): start clean.
      fs.rmSync(partPath, { force: true });
      // totalBytes is only what the server declared; the catalog's size is for progress display only.
      sidecar = { url, etag: null, totalBytes: null, expectedSha256: expectedSha };
      fs.writeFileSync(sidecarPath, JSON.stringify(sidecar));
    }

    let received = fileSize(partPath);
    const resumedFrom = received;
    let hash = crypto.createHash('sha256');
    await hashExisting(partPath, received, hash);

    const samples: Array<[number, number]> = [[now(), received]];
    let lastEmit = 0;
    const emit = (force: boolean): void => {
      const t = now();
      if (!force && t - lastEmit < progressInterval) return;
      lastEmit = t;
      samples.push([t, received]);
      while (samples.length > 2 && t - samples[0]![0] > 3000) samples.shift();
      const [t0, b0] = samples[0]!;
      const bytesPerSecond = t > t0 ? ((received - b0) * 1000) / (t - t0) : 0;
      request.onProgress?.({ receivedBytes: received, totalBytes: sidecar!.totalBytes ?? request.expectedBytes ?? null, bytesPerSecond, resumedFromBytes: resumedFrom });
    };

    let failures = 0;
    for (;;) {
      if (signal?.aborted) throw abortError();
      const attemptStart = received;
      const controller = new AbortController();
      const onAbort = (): void => controller.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      let stall: NodeJS.Timeout | undefined;
      const armStall = (): void => {
        clearTimeout(stall);
        stall = setTimeout(() => controller.abort(), stallTimeoutMs);
      };
      let handle: fs.promises.FileHandle | null = null;
      let bytesIn = 0;
      let meta: { host: string; bytesOut: number } | null = null;
      let complete = false;
      try {
        const headers: Record<string, string> = { 'Accept-Encoding': 'identity' };
        if (received > 0) {
          headers.Range = `bytes=${received}-`;
          if (sidecar.etag && !sidecar.etag.startsWith('W/')) headers['If-Range'] = sidecar.etag;
        }
        armStall();
        const opened = await open(url, headers, controller.signal, feature);
        const response = opened.response;
        meta = { host: opened.host, bytesOut: opened.bytesOut };
        bytesIn += headerBytes(response.headers);

        if (response.status === 416 && received > 0 && sidecar.totalBytes === received) {
          await response.body?.cancel().catch(() => undefined);
          complete = true;
        } else if (response.status === 206 || response.status === 200) {
          const range = parseContentRange(response.headers.get('content-range'));
          const length = Number(response.headers.get('content-length'));
          if (response.status === 200 || !range || range.start !== received) {
            // The server sent the whole file (no range support, or the file changed): restart.
            received = 0;
            hash = crypto.createHash('sha256');
            fs.writeFileSync(partPath, '');
            samples.splice(0, samples.length, [now(), 0]);
          }
          const total: number | null = range?.total ?? (Number.isFinite(length) && response.headers.has('content-length') ? received + length : null);
          sidecar = { ...sidecar, etag: response.headers.get('etag') ?? sidecar.etag, totalBytes: total };
          fs.writeFileSync(sidecarPath, JSON.stringify(sidecar));
          handle = await fs.promises.open(partPath, 'a');
          if (!response.body) throw new ModelDownloadError('network', 'The server sent no data.');
          const reader = response.body.getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            armStall();
            bytesIn += value.byteLength;
            await handle.write(value);
            hash.update(value);
            received += value.byteLength;
            emit(false);
          }
          await handle.sync();
          if (sidecar.totalBytes !== null && received < sidecar.totalBytes) {
            throw new ModelDownloadError('network', `The connection closed after ${received} of ${sidecar.totalBytes} bytes.`);
          }
          complete = true;
        } else {
          await response.body?.cancel().catch(() => undefined);
          if (response.status === 416) {
            // Our part is not a prefix the server recognises: start over.
            fs.writeFileSync(partPath, '');
            received = 0;
            hash = crypto.createHash('sha256');
            throw new ModelDownloadError('network', 'The server refused to resume; starting again.');
          }
          const retryable = response.status === 429 || response.status >= 500;
          const error = new ModelDownloadError('http-status', `The download server answered HTTP ${response.status}.`);
          if (!retryable) throw Object.assign(error, { fatal: true });
          throw error;
        }
      } catch (error) {
        if (signal?.aborted) throw abortError();
        if ((error as { fatal?: boolean }).fatal) throw error;
        if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
          throw new ModelDownloadError('disk', 'The disk is full; free some space and the download will resume.', { cause: error });
        }
        failures = received > attemptStart ? 1 : failures + 1;
        if (failures >= maxAttempts) {
          if (error instanceof ModelDownloadError) throw error;
          const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
          const resume = received > 0 ? ` It will resume from ${received} bytes next time.` : '';
          throw new ModelDownloadError('network', `The download failed: could not reach ${new URL(url).host} (${cause}).${resume}`, { cause: error });
        }
        await sleep(Math.min(30_000, 1000 * 2 ** (failures - 1)));
        continue;
      } finally {
        clearTimeout(stall);
        signal?.removeEventListener('abort', onAbort);
        await handle?.close().catch(() => undefined);
        if (meta) report(options.onRequest, { host: meta.host, feature, bytesOut: meta.bytesOut, bytesIn });
      }
      if (complete) break;
    }

    emit(true);
    const sha256 = hash.digest('hex');
    if (expectedSha && sha256 !== expectedSha) {
      fs.rmSync(partPath, { force: true });
      fs.rmSync(sidecarPath, { force: true });
      throw new ModelDownloadError(
        'checksum-mismatch',
        `The downloaded file is not the expected one (sha256 ${sha256.slice(0, 12)}… instead of ${expectedSha.slice(0, 12)}…); it was deleted.`,
      );
    }
    if (request.validate) {
      try {
        await request.validate(partPath);
      } catch (error) {
        fs.rmSync(partPath, { force: true });
        fs.rmSync(sidecarPath, { force: true });
        throw new ModelDownloadError('invalid-file', `The downloaded file is not usable: ${(error as Error).message}`, { cause: error });
      }
    }
    fs.renameSync(partPath, destination);
    fs.rmSync(sidecarPath, { force: true });
    return { path: destination, bytes: received, sha256, verified: expectedSha !== null };
  }

  return { download };
}

export type ModelDownloader = ReturnType<typeof createModelDownloader>;
