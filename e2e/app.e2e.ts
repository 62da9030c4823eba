import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS, startApp, watchErrors, type RunningApp } from './helpers/app';

let app: RunningApp;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the app in browser mode', () => {
  it('opens on a dashboard that starts the first step', async () => {
    await page.getByRole('button', { name: /import (your )?resume/i }).first().waitFor();
    expect(new URL(page.url()).hash).not.toContain('token=');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-empty.png') });
  });

  it('walks every page in the sidebar', async () => {
    const links = page.locator('[data-testid^="nav-"]');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i += 1) {
      const link = links.nth(i);
      const label = (await link.innerText()).trim();
      await link.click();
      await page.getByRole('heading', { level: 1, name: label }).waitFor();
      await expect(page.locator('body').innerText()).resolves.not.toMatch(/coming soon|lorem ipsum|not implemented/i);
    }
    expect(errors).toEqual([]);
  });

  it('makes a backup from Settings and lists it', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByText(app.dataDir).first().waitFor();
    const rows = page.getByTestId('backup-row');
    const before = await rows.count();
    await page.getByTestId('backup-now').click();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(before + 1);
    const files = fs.readdirSync(path.join(app.dataDir, 'backups')).filter((f) => f.endsWith('-manual.db'));
    expect(files).toHaveLength(before + 1);
    expect(await rows.first().innerText()).toMatch(/KB|MB|B/);
  });

  it('switches between light and dark themes', async () => {
    await page.getByTestId('theme-dark').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-dark.png') });
    await page.getByTestId('nav-dashboard').click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-dark.png') });
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('theme-light').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-light.png') });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it('has no Node in the page and no window.api in browser mode (E-3)', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      Buffer: typeof (window as unknown as { Buffer?: unknown }).Buffer,
      module: typeof (window as unknown as { module?: unknown }).module,
      api: typeof window.api,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', Buffer: 'undefined', module: 'undefined', api: 'undefined' });
  });

  it('the bridge rejects a missing or wrong token (H-5)', async () => {
    const statuses = await page.evaluate(async (token) => {
      const call = (auth?: string) =>
        fetch('/api/call/app:info', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) }, body: '{}' }).then((r) => r.status);
      return { missing: await call(), wrong: await call(`Bearer ${'A'.repeat(43)}`), right: await call(`Bearer ${token}`) };
    }, app.token);
    expect(statuses).toEqual({ missing: 401, wrong: 401, right: 200 });
  });

  it('the bridge rejects a foreign origin and a rebinding host (H-4, H-6)', async () => {
    // A page on another local origin tries a "simple" cross-site POST that needs no preflight.
    const attacker = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>attacker</title>');
    });
    await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', () => r()));
    const attackerPort = (attacker.address() as { port: number }).port;
    const foreign = await browser.newPage();
    await foreign.goto(`http://localhost:${attackerPort}/`);
    await foreign.evaluate(async ({ target }) => {
      await fetch(`${target}/api/call/settings:update`, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ input: { theme: 'dark' } }) }).catch(() => undefined);
    }, { target: app.origin });
    await foreign.close();
    attacker.close();

    const forged = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: app.port, method: 'POST', path: '/api/call/settings:update', headers: { Host: `rebind.example:${app.port}`, Origin: `http://rebind.example:${app.port}`, Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end(JSON.stringify({ input: { theme: 'dark' } }));
    });
    expect(forged).toBe(403);
    const settings = await page.evaluate((token) =>
      fetch('/api/call/settings:get', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' }).then((r) => r.json()),
    app.token);
    expect(settings).toEqual({ ok: true, value: { theme: 'light' } });
  });
});

describe('packaging boundaries', () => {
  it('keeps the browser-mode bridge out of the desktop bundles (H-1)', () => {
    const root = path.join(__dirname, '..', 'out');
    const desktopFiles = ['main', 'preload'].flatMap((dir) =>
      fs.readdirSync(path.join(root, dir), { recursive: true }).map(String).filter((f) => f.endsWith('.js')).map((f) => path.join(root, dir, f)),
    );
    expect(desktopFiles.length).toBeGreaterThan(1);
    for (const file of desktopFiles) {
      const text = fs.readFileSync(file, 'utf8');
      expect({ file, bridge: /startBridgeServer|\/api\/call\/|Missing or wrong token/.test(text) }).toEqual({ file, bridge: false });
    }
    // Positive control: the same patterns do find the bridge where it belongs.
    expect(fs.readFileSync(path.join(root, 'node', 'web.cjs'), 'utf8')).toMatch(/startBridgeServer|Missing or wrong token/);
  });
});
