import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src-main/ipc/dispatch';
import { buildHandlers } from '../../src-main/ipc/handlers';
import type { Services } from '../../src-main/services';
import { startBridgeServer, type BridgeServer } from '../../src-main/web/bridge-server';
import { tokenMatches } from '../../src-main/web/bridge-security';
import { testServices } from '../helpers/services';
import { tempDir } from '../helpers/temp-dir';

/** Browser-mode bridge request limits and token comparison (H-5, H-7), on a real bridge and real SQLite. */
let services: Services | undefined;
let bridge: BridgeServer | undefined;

afterEach(async () => {
  await bridge?.close();
  await services?.dispose();
  bridge = undefined;
  services = undefined;
});

async function start(maxBodyBytes: number): Promise<BridgeServer> {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pathwise</title>');
  services = await testServices();
  bridge = await startBridgeServer({ dispatch: createDispatcher(buildHandlers(services)), events: services.events, rendererDir, maxBodyBytes });
  return bridge;
}

interface Reply {
  status: number;
  body: string;
}

/** Sends `body` in `chunks` pieces (chunked encoding when no length is declared). */
function post(b: BridgeServer, channel: string, body: string, options: { declareLength: boolean; chunks?: number }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${b.port}`, Origin: b.origin, Authorization: `Bearer ${b.token}`, 'Content-Type': 'application/json' };
    if (options.declareLength) headers['Content-Length'] = String(Buffer.byteLength(body));
    const req = http.request({ host: '127.0.0.1', port: b.port, method: 'POST', path: `/api/call/${channel}`, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    // The server may close the socket once it has answered 413; that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    const pieces = options.chunks ?? 1;
    const size = Math.ceil(body.length / pieces);
    for (let i = 0; i < pieces; i++) req.write(body.slice(i * size, (i + 1) * size));
    req.end();
  });
}

describe('bridge request size limit', () => {
  it('answers 413 to a body whose declared length is over the cap, with zero handler calls', async () => {
    const b = await start(1024);
    const big = JSON.stringify({ input: { theme: 'dark', pad: 'x'.repeat(4096) } });
    const reply = await post(b, 'settings:update', big, { declareLength: true });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(b.calls).toBe(0);
    expect(await services!.settings.get()).toEqual({ theme: 'system' });
  });

  it('answers 413 to a chunked body that grows past the cap, with zero handler calls', async () => {
    const b = await start(1024);
    const big = JSON.stringify({ input: { theme: 'dark', pad: 'y'.repeat(64 * 1024) } });
    const reply = await post(b, 'settings:update', big, { declareLength: false, chunks: 16 });
    expect(reply.status).toBe(413);
    expect(b.calls).toBe(0);
    expect(await services!.settings.get()).toEqual({ theme: 'system' });
    // The bridge keeps serving afterwards.
    const ok = await post(b, 'settings:update', JSON.stringify({ input: { theme: 'dark' } }), { declareLength: true });
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { theme: 'dark' } });
    expect(b.calls).toBe(1);
  });
});

describe('bridge CORS', () => {
  it('sends no CORS grant: a preflight or a foreign-origin call gets no Access-Control-Allow-* header', async () => {
    const b = await start(1024);
    const replies = await Promise.all(
      [
        { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } },
        { method: 'POST', headers: { Origin: 'https://evil.example', Authorization: `Bearer ${b.token}` } },
        { method: 'GET', headers: { Origin: 'https://evil.example' } },
      ].map(
        (r) =>
          new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
            const req = http.request(
              { host: '127.0.0.1', port: b.port, method: r.method, path: r.method === 'GET' ? '/' : '/api/call/settings:get', headers: { Host: `127.0.0.1:${b.port}`, ...r.headers } },
              (res) => {
                res.resume();
                res.on('end', () => resolve({ headers: res.headers, status: res.statusCode ?? 0 }));
              },
            );
            req.on('error', reject);
            req.end();
          }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual([405, 403, 200]);
    for (const { headers } of replies) expect(Object.keys(headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(b.calls).toBe(0);
  });
});

describe('bridge token comparison (H-5)', () => {
  it('accepts only the exact bearer token, whatever the length of a guess', () => {
    const token = 'A'.repeat(43);
    expect(tokenMatches(`Bearer ${token}`, token)).toBe(true);
    for (const header of [undefined, '', token, `bearer ${token}`, `Bearer ${token} `, `Bearer ${token.slice(0, 42)}`, `Bearer ${token}A`, 'Bearer ', `Bearer ${'B'.repeat(43)}`, `Bearer ${'A'.repeat(10_000)}`]) {
      expect(tokenMatches(header, token), String(header).slice(0, 60)).toBe(false);
    }
    expect(tokenMatches('Bearer ', '')).toBe(false);
  });
});
