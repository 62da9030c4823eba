/**
 * A real HTTP server on 127.0.0.1 (STYLE.md 15) that answers each request with the next scripted
 * behaviour, and records what it was sent. Used for the cloud providers and the model downloader.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, recorded: RecordedRequest) => void | Promise<void>;

export interface ScriptedServer {
  url: string;
  host: string;
  requests: RecordedRequest[];
  /** Queue handlers; the last one repeats once the queue runs dry. */
  script(...handlers: Handler[]): void;
  close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  const queue: Handler[] = [];
  let last: Handler | null = null;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      const handler = queue.shift() ?? last;
      if (!handler) {
        res.writeHead(500).end('no handler scripted');
        return;
      }
      last = handler;
      void Promise.resolve(handler(req, res, recorded)).catch(() => res.destroy());
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    script: (...handlers) => {
      queue.push(...handlers);
      last = null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export const tick = (ms = 5): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes `text` in the given pieces with a pause between them, so the client sees split chunks. */
export async function writeInPieces(res: http.ServerResponse, text: string, sizes: number[]): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  let i = 0;
  while (at < bytes.length) {
    const size = sizes[i++ % sizes.length]!;
    res.write(bytes.subarray(at, at + size));
    at += size;
    await tick(2);
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
  };
}
