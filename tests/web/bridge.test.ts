import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src-main/ipc/dispatch';
import { buildHandlers } from '../../src-main/ipc/handlers';
import type { Services } from '../../src-main/services';
import { startBridgeServer, type BridgeServer } from '../../src-main/web/bridge-server';
import { testServices } from '../helpers/services';
import { tempDir } from '../helpers/temp-dir';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http, not fetch: tests must be able to send a forged Host header. */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

let services: Services;
let bridge: BridgeServer;

async function start() {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pathwise</title>');
  services = await testServices();
  bridge = await startBridgeServer({ dispatch: createDispatcher(buildHandlers(services)), events: services.events, rendererDir });
  return bridge;
}

function call(channel: string, input: unknown, headers: Record<string, string>) {
  return request(bridge.port, { method: 'POST', path: `/api/call/${channel}`, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ input }) });
}

afterEach(async () => {
  await bridge?.close();
  await services?.dispose();
});

describe('browser-mode bridge (H-1..H-7)', () => {
  it('listens on 127.0.0.1 with a fresh 256-bit token in the URL fragment', async () => {
    const b = await start();
    expect(b.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${b.port}/#token=[A-Za-z0-9_-]{43}$`));
    expect(Buffer.from(b.token, 'base64url')).toHaveLength(32);
  });

  it('serves the app with security headers and never escapes the renderer folder', async () => {
    const b = await start();
    const page = await request(b.port, { path: '/', headers: { Host: `127.0.0.1:${b.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    for (const p of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%5c..%5cetc%5cpasswd']) {
      expect((await request(b.port, { path: p, headers: { Host: `127.0.0.1:${b.port}` } })).status).toBe(404);
    }
  });

  it('refuses a DNS-rebinding Host before routing, with zero handler calls (H-3, H-6)', async () => {
    const b = await start();
    for (const host of [`evil.example:${b.port}`, `127.0.0.1:${b.port + 1}`, 'localhost', `127.0.0.1.nip.io:${b.port}`]) {
      const reply = await request(b.port, { method: 'POST', path: '/api/call/settings:update', headers: { Host: host, Origin: `http://${host}`, Authorization: `Bearer ${b.token}` }, body: '{"input":{"theme":"dark"}}' });
      expect(reply.status).toBe(403);
      expect((await request(b.port, { path: '/', headers: { Host: host } })).status).toBe(403);
    }
    // No Host header at all (node:http always adds one, so use a raw socket).
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(b.port, '127.0.0.1', () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.[01] 403/);
    expect(b.calls).toBe(0);
    expect(await services.settings.get()).toEqual({ theme: 'system' });
  });

  it('requires the bridge origin and the token (H-4, H-5)', async () => {
    const b = await start();
    const host = { Host: `127.0.0.1:${b.port}` };
    const origin = { Origin: b.origin };
    const auth = { Authorization: `Bearer ${b.token}` };
    expect((await call('settings:get', undefined, { ...host, ...auth })).status).toBe(403);
    expect((await call('settings:get', undefined, { ...host, ...auth, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('settings:get', undefined, { ...host, ...auth, Origin: 'null' })).status).toBe(403);
    expect((await call('settings:get', undefined, { ...host, ...origin })).status).toBe(401);
    expect((await call('settings:get', undefined, { ...host, ...origin, Authorization: `Bearer ${'x'.repeat(43)}` })).status).toBe(401);
    expect((await call('settings:get', undefined, { ...host, ...origin, Authorization: b.token })).status).toBe(401);
    expect(b.calls).toBe(0);
    const good = await call('settings:get', undefined, { ...host, ...origin, ...auth });
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toEqual({ ok: true, value: { theme: 'system' } });
    expect(b.calls).toBe(1);
  });

  it('validates input with the same contract as IPC (H-7)', async () => {
    const b = await start();
    const headers = { Host: `localhost:${b.port}`, Origin: `http://localhost:${b.port}`, Authorization: `Bearer ${b.token}` };
    expect(JSON.parse((await call('settings:update', { theme: 'neon' }, headers)).body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.parse((await call('nope:nothing', {}, headers)).body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const notJson = await request(b.port, { method: 'POST', path: '/api/call/settings:get', headers, body: '{oops' });
    expect(notJson.status).toBe(400);
  });

  it('streams events to an authorised client', async () => {
    const b = await start();
    const received = new Promise<string>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: b.port, method: 'POST', path: '/api/events', headers: { Host: `127.0.0.1:${b.port}`, Origin: b.origin, Authorization: `Bearer ${b.token}` } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('event: data:changed')) {
              resolve(text);
              req.destroy();
            } else if (text.includes(': connected')) {
              void services.settings.update({ theme: 'dark' });
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(await received).toContain('data: {"area":"settings"}');
  });
});
