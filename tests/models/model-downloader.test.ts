/**
 * The model downloader against a real HTTP server on 127.0.0.1 (STYLE.md 15): progress events,
 * resume with Range after the server drops the connection mid-body, checksum mismatch rejected,
 * cancel leaves only the .part (never a complete-looking file).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModelDownloader, ModelDownloadError, type DownloadProgress } from '../../src-main/core/models/model-downloader';
import type { OutboundRequestReport } from '../../src-main/core/models/outbound';
import { startScriptedServer, tick, type Handler, type ScriptedServer } from '../llm/scripted-server';
import { tempDir } from '../helpers/temp-dir';

const DATA = crypto.randomBytes(256 * 1024);
const SHA = crypto.createHash('sha256').update(DATA).digest('hex');
const ETAG = '"v1-abc"';

/** Serves DATA with Range support; can drop the connection after `dropAfter` body bytes, or drip slowly. */
function serveFile(options: { dropAfter?: number; dripMs?: number; ignoreRange?: boolean } = {}): Handler {
  return async (req, res) => {
    const range = /bytes=(\d+)-/.exec(req.headers.range ?? '');
    const start = range && !options.ignoreRange ? Number(range[1]) : 0;
    const body = DATA.subarray(start);
    const headers: Record<string, string | number> = { 'Content-Length': body.length, ETag: ETAG, 'Accept-Ranges': 'bytes', 'Content-Type': 'application/octet-stream' };
    if (start > 0) headers['Content-Range'] = `bytes ${start}-${DATA.length - 1}/${DATA.length}`;
    res.writeHead(start > 0 ? 206 : 200, headers);
    const piece = 16 * 1024;
    for (let at = 0; at < body.length; at += piece) {
      if (options.dropAfter !== undefined && at >= options.dropAfter) {
        res.destroy();
        return;
      }
      if (res.destroyed) return;
      res.write(body.subarray(at, at + piece));
      await tick(options.dripMs ?? 1);
    }
    res.end();
  };
}

let server: ScriptedServer;
let dir: string;
let ledger: OutboundRequestReport[];

beforeEach(async () => {
  server = await startScriptedServer();
  dir = tempDir();
  ledger = [];
});
afterEach(async () => server.close());

const downloader = () =>
  createModelDownloader({ fetch: (url, init) => fetch(url, init), userAgent: 'Pathwise-test', onRequest: (r) => ledger.push(r), sleep: () => tick(1), progressIntervalMs: 0 });

describe('model downloader', () => {
  it('reports progress and renames only after the sha256 matches', async () => {
    server.script(serveFile());
    const progress: DownloadProgress[] = [];
    const destination = path.join(dir, 'models', 'm.gguf');
    const result = await downloader().download({ url: `${server.url}/m.gguf`, destination, expectedSha256: SHA, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ path: destination, bytes: DATA.length, sha256: SHA, verified: true });
    expect(fs.readFileSync(destination).equals(DATA)).toBe(true);
    expect(fs.readdirSync(path.dirname(destination))).toEqual(['m.gguf']);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toMatchObject({ receivedBytes: DATA.length, totalBytes: DATA.length });
    expect(progress.every((p, i) => i === 0 || p.receivedBytes >= progress[i - 1]!.receivedBytes)).toBe(true);
    expect(ledger).toEqual([{ host: server.host, feature: 'model-download', bytesOut: expect.any(Number), bytesIn: expect.any(Number) }]);
    expect(ledger[0]!.bytesIn).toBeGreaterThanOrEqual(DATA.length);
  });

  it('resumes with a Range request after the server drops the connection mid-body', async () => {
    server.script(serveFile({ dropAfter: 100 * 1024 }), serveFile());
    const progress: DownloadProgress[] = [];
    const destination = path.join(dir, 'm.gguf');
    const result = await downloader().download({ url: `${server.url}/m.gguf`, destination, expectedSha256: SHA, onProgress: (p) => progress.push(p) });
    expect(result.sha256).toBe(SHA);
    expect(server.requests).toHaveLength(2);
    const resumedAt = Number(/bytes=(\d+)-/.exec(String(server.requests[1]!.headers.range))?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThan(DATA.length);
    expect(server.requests[1]!.headers['if-range']).toBe(ETAG);
    expect(fs.readFileSync(destination).equals(DATA)).toBe(true);
    expect(fs.existsSync(`${destination}.part`)).toBe(false);
    expect(fs.existsSync(`${destination}.part.json`)).toBe(false);
  });

  it('restarts cleanly when the server ignores Range', async () => {
    server.script(serveFile({ dropAfter: 64 * 1024 }), serveFile({ ignoreRange: true }));
    const destination = path.join(dir, 'm.gguf');
    const result = await downloader().download({ url: `${server.url}/m.gguf`, destination, expectedSha256: SHA });
    expect(result.bytes).toBe(DATA.length);
    expect(fs.readFileSync(destination).equals(DATA)).toBe(true);
  });

  it('a checksum mismatch deletes the part and fails clearly', async () => {
    server.script(serveFile());
    const destination = path.join(dir, 'm.gguf');
    const wrong = 'a'.repeat(64);
    const error = await downloader().download({ url: `${server.url}/m.gguf`, destination, expectedSha256: wrong }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelDownloadError);
    expect((error as ModelDownloadError).code).toBe('checksum-mismatch');
    expect((error as Error).message).toMatch(/not the expected one .*it was deleted/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('without a recorded hash: computes it and reports the model as unverified', async () => {
    server.script(serveFile());
    const result = await downloader().download({ url: `${server.url}/m.gguf`, destination: path.join(dir, 'm.gguf'), expectedSha256: null });
    expect(result).toMatchObject({ sha256: SHA, verified: false });
  });

  it('cancel leaves only the .part (and its sidecar), and the next run resumes from it', async () => {
    server.script(serveFile({ dripMs: 20 }));
    const controller = new AbortController();
    const destination = path.join(dir, 'm.gguf');
    const error = await downloader()
      .download({
        url: `${server.url}/m.gguf`, destination, expectedSha256: SHA, signal: controller.signal,
        onProgress: (p) => void (p.receivedBytes >= 48 * 1024 && controller.abort()),
      })
      .catch((e: unknown) => e);
    expect((error as ModelDownloadError).code).toBe('cancelled');
    expect(fs.existsSync(destination)).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['m.gguf.part', 'm.gguf.part.json']);
    const partBytes = fs.statSync(`${destination}.part`).size;
    expect(partBytes).toBeGreaterThan(0);
    expect(JSON.parse(fs.readFileSync(`${destination}.part.json`, 'utf8'))).toMatchObject({ url: `${server.url}/m.gguf`, etag: ETAG, totalBytes: DATA.length });

    server.script(serveFile());
    const progress: DownloadProgress[] = [];
    const result = await downloader().download({ url: `${server.url}/m.gguf`, destination, expectedSha256: SHA, onProgress: (p) => progress.push(p) });
    expect(result.sha256).toBe(SHA);
    expect(progress[0]!.resumedFromBytes).toBe(partBytes);
    expect(server.requests.at(-1)!.headers.range).toBe(`bytes=${partBytes}-`);
  });

  it('a 404 fails at once; a validate() failure leaves no file', async () => {
    server.script((_req, res) => void res.writeHead(404).end('nope'));
    const notFound = (await downloader().download({ url: `${server.url}/x`, destination: path.join(dir, 'x.gguf'), expectedSha256: null }).catch((e: unknown) => e)) as ModelDownloadError;
    expect(notFound.code).toBe('http-status');
    expect(server.requests).toHaveLength(1);

    server.script(serveFile());
    const invalid = (await downloader()
      .download({ url: `${server.url}/m`, destination: path.join(dir, 'm.gguf'), expectedSha256: null, validate: async () => { throw new Error('not a GGUF file'); } })
      .catch((e: unknown) => e)) as ModelDownloadError;
    expect(invalid.code).toBe('invalid-file');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('m.gguf'))).toEqual([]);
  });

  it('follows redirects by hand and reports each hop', async () => {
    server.script((_req, res) => void res.writeHead(302, { Location: '/cdn/m.gguf' }).end(), serveFile());
    await downloader().download({ url: `${server.url}/resolve/m.gguf`, destination: path.join(dir, 'm.gguf'), expectedSha256: SHA });
    expect(server.requests.map((r) => r.url)).toEqual(['/resolve/m.gguf', '/cdn/m.gguf']);
    expect(ledger).toHaveLength(2);
  });
});
