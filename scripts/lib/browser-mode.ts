/**
 * Browser mode from the outside: start `node out/node/web.cjs` (what `npm run start:web` runs) on
 * a data folder, and launch Debian's Chromium with the flags this closed network needs. Shared by
 * the end-to-end tests (e2e/helpers/app.ts) and bench:app, so both drive the app the same way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const ROOT = path.join(__dirname, '..', '..');

export interface RunningApp {
  url: string;
  origin: string;
  token: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Serve this folder and keep it on stop; by default a fresh temp folder, deleted on stop. */
  dataDir?: string;
}

/** Starts `node out/node/web.cjs` on a data folder and resolves once it prints its URL. */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const web = path.join(ROOT, 'out', 'node', 'web.cjs');
  if (!fs.existsSync(web)) throw new Error('Build first: npm run build');
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pathwise-e2e-'));
  const child = spawn(process.execPath, [web], { env: { ...process.env, ...options.env, PATHWISE_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web server exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token: parsed.hash.replace('#token=', ''),
    dataDir,
    process: child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, with the flags this closed network needs (no background connections). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PATHWISE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
