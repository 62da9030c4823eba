/**
 * Browser mode: the built renderer and the same services behind a loopback HTTP bridge
 * (ARCHITECTURE.md "Browser mode"; SECURITY.md H-1..H-7). Development and tests only: it is
 * built into out/node, never into the desktop bundle.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { EventHub } from '../core/events';
import type { Dispatch } from '../ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../shell/csp';
import { isAllowedHost, isAllowedOrigin, newBridgeToken, tokenMatches } from './bridge-security';
import { resolveStatic } from './static-files';

export interface BridgeOptions {
  dispatch: Dispatch;
  events: EventHub;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest request body accepted (bytes). Resume uploads are base64 JSON. */
  maxBodyBytes?: number;
}

export interface BridgeServer {
  url: string;
  origin: string;
  port: number;
  token: string;
  /** Handler calls made so far: lets tests prove a refused request reached no handler (H-6). */
  readonly calls: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(text);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // A declared length over the cap is refused before a byte is buffered.
    if (Number(req.headers['content-length'] ?? 0) > limit) return reject(new Error('too-large'));
    let size = 0;
    let over = false;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        // Stop buffering but keep the socket, so the 413 reaches the client (it closes after).
        over = true;
        chunks.length = 0;
        reject(new Error('too-large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startBridgeServer(options: BridgeOptions): Promise<BridgeServer> {
  const token = options.token ?? newBridgeToken();
  const rendererDir = path.resolve(options.rendererDir);
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}). Run "npm run build" first.`);
  }
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let port = 0;
  let calls = 0;
  const streams = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    // Host first, before any routing: a rebinding page gets nothing at all.
    if (!isAllowedHost(req.headers.host, port)) return send(res, 403, { ok: false, error: { code: 'forbidden', message: 'Host not allowed.' } });
    const url = req.url ?? '/';
    if (!url.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: { code: 'forbidden', message: 'Method not allowed.' } });
      const found = resolveStatic(rendererDir, url);
      if (!found) return send(res, 404, { ok: false, error: { code: 'not-found', message: 'Not found.' } });
      // One read and one write: the renderer's files are a few hundred kilobytes, and streaming them
      // in 64 KB chunks costs a thread-pool round trip per chunk on the app's start-up path.
      const body = fs.readFileSync(found.file);
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': found.type, 'Content-Length': body.byteLength });
      return void res.end(body);
    }
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'forbidden', message: 'Method not allowed.' } });
    if (!isAllowedOrigin(req.headers.origin, port)) return send(res, 403, { ok: false, error: { code: 'forbidden', message: 'Origin not allowed.' } });
    if (!tokenMatches(req.headers.authorization, token)) return send(res, 401, { ok: false, error: { code: 'forbidden', message: 'Missing or wrong token.' } });

    if (url === '/api/events') return openEventStream(res);
    const match = /^\/api\/call\/([a-zA-Z]+:[a-zA-Z]+)$/.exec(url);
    if (!match) return send(res, 404, { ok: false, error: { code: 'not-found', message: 'Unknown endpoint.' } });
    void readBody(req, maxBody)
      .then(async (body) => {
        let input: unknown;
        try {
          input = body.length ? (JSON.parse(body) as { input?: unknown }).input : undefined;
        } catch {
          return send(res, 400, { ok: false, error: { code: 'invalid-input', message: 'The request body is not JSON.' } });
        }
        calls += 1;
        send(res, 200, await options.dispatch(match[1], input));
      })
      .catch(() => {
        if (res.headersSent) return;
        res.setHeader('Connection', 'close');
        send(res, 413, { ok: false, error: { code: 'too-large', message: 'The request is too large.' } });
        // Discard whatever the client still sends; `Connection: close` drops the socket after.
        req.resume();
      });
  });

  function openEventStream(res: http.ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    const remove = options.events.add({
      emit: (event, payload) => res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`),
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
    res.on('close', () => {
      clearInterval(heartbeat);
      remove();
      streams.delete(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    get calls() {
      return calls;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams) s.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
