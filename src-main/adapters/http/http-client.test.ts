import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkError } from '../../core/jobs/intake/http-client.types';
import { fakeClock, html, json, startFixtureServer, type FixtureServer } from '../../core/jobs/intake/test-support/fixture-server';
import { createHttpClient, parseRetryAfter } from './http-client';

const servers: FixtureServer[] = [];
const temporary: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function serve(routes: Parameters<typeof startFixtureServer>[0], onRequest?: (path: string) => void): Promise<FixtureServer> {
  const server = await startFixtureServer(routes, onRequest);
  servers.push(server);
  return server;
}

async function failure(promise: Promise<unknown>): Promise<NetworkError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NetworkError) return error;
    throw error;
  }
  throw new Error('expected a NetworkError');
}

describe('createHttpClient', () => {
  it('sends the User-Agent and returns text, status and content type', async () => {
    const server = await serve({ '/page': html('<h1>Hello</h1>') });
    const clock = fakeClock();
    const http = createHttpClient({ userAgent: 'Pathwise/0.1 (+https://example.org)', now: clock.now, sleep: clock.sleep });
    const response = await http.getText(`${server.baseUrl}/page`);
    expect(response).toMatchObject({ url: `${server.baseUrl}/page`, status: 200, text: '<h1>Hello</h1>', fromCache: false });
    expect(response.contentType).toContain('text/html');
    expect(server.headers[0]?.['user-agent']).toBe('Pathwise/0.1 (+https://example.org)');
  });

  it('refuses anything but http and https', async () => {
    const http = createHttpClient({ userAgent: 'test' });
    for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'javascript:alert(1)', 'not a url']) {
      expect((await failure(http.getText(url))).code).toBe('blocked');
    }
  });

  it('times out a slow answer with a message naming the source', async () => {
    const server = await serve({
      '/slow': (_request, response) => {
        setTimeout(() => response.writeHead(200).end('late'), 3000).unref();
      },
    });
    const http = createHttpClient({ userAgent: 'test', timeoutMs: 200, retries: 0 });
    const error = await failure(http.getText(`${server.baseUrl}/slow`, { sourceName: 'Greenhouse' }));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('Greenhouse did not answer within 0.2 s');
  });

  it('stops reading a streamed response past maxBytes', async () => {
    let written = 0;
    const server = await serve({
      '/huge': (_request, response) => {
        // No content-length: the cap must hold while streaming.
        response.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = 'x'.repeat(64 * 1024);
        const pump = (): void => {
          while (written < 20 * 1024 * 1024) {
            written += chunk.length;
            if (!response.write(chunk)) {
              response.once('drain', pump);
              return;
            }
          }
          response.end();
        };
        response.on('error', () => undefined);
        pump();
      },
    });
    const http = createHttpClient({ userAgent: 'test', maxBytes: 1024 * 1024, retries: 0 });
    const error = await failure(http.getText(`${server.baseUrl}/huge`, { sourceName: 'RemoteOK' }));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('RemoteOK sent more than 1 MB');
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a declared content-length above maxBytes without reading', async () => {
    const server = await serve({
      '/big': (_request, response) => response.writeHead(200, { 'content-length': String(2048) }).end('y'.repeat(2048)),
    });
    const http = createHttpClient({ userAgent: 'test', maxBytes: 1024, retries: 0 });
    expect((await failure(http.getText(`${server.baseUrl}/big`))).code).toBe('too-large');
  });

  it('waits for Retry-After on 429, then succeeds', async () => {
    const server = await serve({ '/busy': [json({ error: 'slow down' }, 429, { 'retry-after': '7' }), json({ ok: true })] });
    const clock = fakeClock();
    const http = createHttpClient({ userAgent: 'test', now: clock.now, sleep: clock.sleep });
    const response = await http.getJson<{ ok: boolean }>(`${server.baseUrl}/busy`);
    expect(response.data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(7000);
  });

  it('fails clearly when Retry-After asks for too long', async () => {
    const server = await serve({ '/busy': json({}, 429, { 'retry-after': '3600' }) });
    const clock = fakeClock();
    const http = createHttpClient({ userAgent: 'test', now: clock.now, sleep: clock.sleep });
    const error = await failure(http.getText(`${server.baseUrl}/busy`, { sourceName: 'Lever' }));
    expect(error).toMatchObject({ code: 'http-status', status: 429 });
    expect(error.message).toContain('Lever answered 429');
  });

  it('retries a 500 with backoff, then succeeds', async () => {
    const server = await serve({ '/flaky': [json({}, 500), json({}, 503), json({ jobs: [] })] });
    const clock = fakeClock();
    const http = createHttpClient({ userAgent: 'test', now: clock.now, sleep: clock.sleep, random: () => 0.5 });
    const response = await http.getJson(`${server.baseUrl}/flaky`);
    expect(response.data).toEqual({ jobs: [] });
    expect(server.requests).toHaveLength(3);
    expect(clock.sleeps.some((ms) => ms >= 750)).toBe(true);
  });

  it('gives up after the configured retries with http-status', async () => {
    const server = await serve({ '/down': json({}, 502) });
    const clock = fakeClock();
    const http = createHttpClient({ userAgent: 'test', retries: 2, now: clock.now, sleep: clock.sleep });
    const error = await failure(http.getText(`${server.baseUrl}/down`, { sourceName: 'Ashby' }));
    expect(error).toMatchObject({ code: 'http-status', status: 502 });
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const server = await serve({});
    const clock = fakeClock();
    const http = createHttpClient({ userAgent: 'test', now: clock.now, sleep: clock.sleep });
    const error = await failure(http.getText(`${server.baseUrl}/missing`));
    expect(error).toMatchObject({ code: 'http-status', status: 404 });
    expect(server.requests).toHaveLength(1);
  });

  it('retries network errors, then reports them', async () => {
    const clock = fakeClock();
    let calls = 0;
    const http = createHttpClient({
      userAgent: 'test',
      now: clock.now,
      sleep: clock.sleep,
      fetchImpl: async () => {
        calls++;
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
      },
    });
    const error = await failure(http.getText('https://boards-api.greenhouse.io/v1/boards/acme/jobs', { sourceName: 'Greenhouse' }));
    expect(error.code).toBe('network');
    expect(error.message).toBe('Could not reach Greenhouse (ECONNREFUSED)');
    expect(calls).toBe(3);
  });

  it('follows redirects and returns the final URL', async () => {
    const server = await serve({
      '/a': (_request, response) => response.writeHead(301, { location: '/b' }).end(),
      '/b': (_request, response) => response.writeHead(302, { location: '/final?x=1' }).end(),
      '/final': html('done'),
    });
    const clock = fakeClock();
    const http = createHttpClient({ userAgent: 'test', now: clock.now, sleep: clock.sleep });
    const response = await http.getText(`${server.baseUrl}/a`);
    expect(response.url).toBe(`${server.baseUrl}/final?x=1`);
    expect(response.text).toBe('done');
  });

  it('stops after 5 redirects and refuses a redirect to another scheme', async () => {
    const server = await serve({
      '/loop': (_request, response) => response.writeHead(302, { location: '/loop' }).end(),
      '/escape': (_request, response) => response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    });
    const clock = fakeClock();
    const http = createHttpClient({ userAgent: 'test', now: clock.now, sleep: clock.sleep });
    const loop = await failure(http.getText(`${server.baseUrl}/loop`));
    expect(loop.code).toBe('http-status');
    expect(loop.message).toContain('redirected more than 5 times');
    expect(server.requests.filter((path) => path === '/loop')).toHaveLength(6);
    expect((await failure(http.getText(`${server.baseUrl}/escape`))).code).toBe('blocked');
  });

  it('holds at most one request per second per host across concurrent calls', async () => {
    const clock = fakeClock();
    const first = await serve({ '/x': json({}) });
    const second = await serve({ '/x': json({}) });
    const startedAt: Record<string, number[]> = {};
    // Request starts are recorded on the injected clock at the moment the client calls fetch.
    const fetchImpl: typeof fetch = (input, init) => {
      const host = new URL(String(input)).host;
      (startedAt[host] ??= []).push(clock.now());
      return fetch(input, init);
    };
    const http = createHttpClient({ userAgent: 'test', now: clock.now, sleep: clock.sleep, fetchImpl });
    await Promise.all([
      http.getText(`${first.baseUrl}/x?1`),
      http.getText(`${first.baseUrl}/x?2`),
      http.getText(`${second.baseUrl}/x?1`),
      http.getText(`${first.baseUrl}/x?3`),
      http.getText(`${second.baseUrl}/x?2`),
    ]);
    const gaps = (times: number[]): number[] => times.slice(1).map((time, index) => time - times[index]!);
    const firstTimes = startedAt[first.host]!;
    const secondTimes = startedAt[second.host]!;
    expect(firstTimes).toHaveLength(3);
    expect(secondTimes).toHaveLength(2);
    expect(gaps(firstTimes).every((gap) => gap >= 1000)).toBe(true);
    expect(gaps(secondTimes).every((gap) => gap >= 1000)).toBe(true);
    // Another host is not held back by the first one's queue.
    expect(secondTimes[0]).toBe(firstTimes[0]);
  });

  it('answers from the disk cache within the TTL and refetches after it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pathwise-http-cache-'));
    temporary.push(dir);
    const server = await serve({ '/board': json({ jobs: [1] }) });
    const clock = fakeClock();
    const ttlMs = 6 * 60 * 60 * 1000;
    const http = createHttpClient({ userAgent: 'test', now: clock.now, sleep: clock.sleep, cache: { dir, ttlMs } });
    expect((await http.getJson(`${server.baseUrl}/board`)).fromCache).toBe(false);
    clock.advance(ttlMs - 1000);
    const cached = await createHttpClient({ userAgent: 'test', now: clock.now, sleep: clock.sleep, cache: { dir, ttlMs } }).getJson(
      `${server.baseUrl}/board`,
    );
    expect(cached).toMatchObject({ fromCache: true, data: { jobs: [1] }, status: 200 });
    expect(server.requests).toHaveLength(1);
    clock.advance(2000);
    expect((await http.getJson(`${server.baseUrl}/board`)).fromCache).toBe(false);
    expect(server.requests).toHaveLength(2);
  });

  it('reports invalid JSON as malformed', async () => {
    const server = await serve({ '/bad': json('{"jobs": [1, 2,') });
    const http = createHttpClient({ userAgent: 'test' });
    const error = await failure(http.getJson(`${server.baseUrl}/bad`, { sourceName: 'Workable' }));
    expect(error.code).toBe('malformed');
    expect(error.message).toBe('Workable sent a response that is not valid JSON');
  });

  it('honours an abort signal', async () => {
    const server = await serve({ '/slow': (_request, response) => void setTimeout(() => response.end('x'), 2000).unref() });
    const http = createHttpClient({ userAgent: 'test' });
    const controller = new AbortController();
    const pending = http.getText(`${server.baseUrl}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
  });
});
