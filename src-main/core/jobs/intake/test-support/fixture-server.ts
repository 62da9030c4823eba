/**
 * A real HTTP server on 127.0.0.1 for intake tests (STYLE.md 15): routes answer with bodies the
 * tests write in the documented API shapes. Every request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => unknown;

export interface FixtureServer {
  baseUrl: string;
  host: string;
  /** Path + query of each request, in arrival order. */
  requests: string[];
  /** Request headers, in arrival order. */
  headers: IncomingMessage['headers'][];
  close(): Promise<void>;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Route {
  return (_request, response) => {
    response
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      .end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

export function html(body: string, status = 200): Route {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  };
}

/** Routes match on pathname; a route listed as an array answers in turn (the last one repeats). */
export async function startFixtureServer(
  routes: Record<string, Route | Route[]>,
  onRequest?: (path: string) => void,
): Promise<FixtureServer> {
  const requests: string[] = [];
  const headers: IncomingMessage['headers'][] = [];
  const calls = new Map<string, number>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    headers.push(request.headers);
    onRequest?.(url.pathname + url.search);
    const route = routes[url.pathname];
    if (!route) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"ok":false,"error":"Document not found"}');
      return;
    }
    const count = calls.get(url.pathname) ?? 0;
    calls.set(url.pathname, count + 1);
    const handler = Array.isArray(route) ? route[Math.min(count, route.length - 1)]! : route;
    Promise.resolve(handler(request, response, url)).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    headers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A clock the tests control. `sleep` registers a wake-up; time jumps to the earliest wake-up only
 * once the event loop is idle for a turn, so concurrent sleepers see consistent times (no real waiting).
 */
export function fakeClock(start = 1_700_000_000_000): {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  sleeps: number[];
  advance: (ms: number) => void;
} {
  let time = start;
  const sleeps: number[] = [];
  const sleepers: { wake: number; resolve: () => void }[] = [];
  let scheduled = false;
  const tick = (): void => {
    scheduled = false;
    if (sleepers.length === 0) return;
    sleepers.sort((a, b) => a.wake - b.wake);
    time = Math.max(time, sleepers[0]!.wake);
    const due = sleepers.filter((sleeper) => sleeper.wake <= time);
    sleepers.splice(0, due.length);
    for (const sleeper of due) sleeper.resolve();
    schedule();
  };
  const schedule = (): void => {
    if (scheduled || sleepers.length === 0) return;
    scheduled = true;
    setImmediate(tick);
  };
  return {
    now: () => time,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        sleeps.push(ms);
        sleepers.push({ wake: time + Math.max(0, ms), resolve });
        schedule();
      }),
    sleeps,
    advance: (ms) => {
      time += ms;
    },
  };
}
