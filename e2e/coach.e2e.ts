import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTinyLlamaGguf } from '../tests/helpers/tiny-gguf';
import { launchBrowser, SCREENSHOTS, startApp, watchErrors, type RunningApp } from './helpers/app';

// A model file served slowly from 127.0.0.1, so the Models page shows download progress.
const model = buildTinyLlamaGguf();
const modelServer = http.createServer((req, res) => {
  if (req.url !== '/tiny-test-model.gguf') return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(model.length) });
  let sent = 0;
  const step = Math.ceil(model.length / 40);
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer);
    res.write(model.subarray(sent, sent + step));
    sent += step;
    if (sent >= model.length) {
      clearInterval(timer);
      res.end();
    }
  }, 50);
});

// A model server on 127.0.0.1 that takes the request and never answers: only Stop ends it.
const hung = { requests: 0, closed: 0 };
const sockets = new Set<import('node:net').Socket>();
const hangServer = http.createServer((req, res) => {
  if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) return void res.writeHead(404).end();
  hung.requests += 1;
  req.socket.once('close', () => (hung.closed += 1));
  req.resume();
});
hangServer.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});

const JOB = `Senior Data Engineer
Company: Northwind Analytics
Location: Remote, US

We are hiring a senior data engineer to build streaming pipelines.

Requirements:
- 5+ years of Python and SQL
- Spark and Kafka in production
- Kubernetes and Airflow

Nice to have:
- Terraform`;

// Weak openings and an order that hides the job's skills: what offline tailoring can fix honestly.
const RESUME = `# Jordan Lee
Data Engineer · jordan.lee@example.com · +1 555 010 2030 · Denver, CO

## Summary
Data engineer with six years of experience in retail analytics.

## Experience

### Data Engineer — Fabrikam Retail
Jan 2019 – Present
- Responsible for maintaining the reporting database and weekly exports for finance
- Was involved in building Spark and Kafka pipelines that feed 40 store dashboards
- Helped with migrating 120 Airflow jobs to Kubernetes

### Analyst — Contoso Foods
Jun 2016 – Dec 2018
- Responsible for writing SQL reports for the sales team
- Automated the monthly forecast in Python, saving two days per month

## Education
B.S. in Computer Science, University of Denver, 2016

## Skills
Python, SQL, Spark, Kafka, Airflow, Kubernetes, Terraform
`;

let app: RunningApp;
let browser: Browser;
let page: Page;
let errors: string[];
let jobId: number;
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'pathwise-e2e-coach-'));

/** A contract call over the browser-mode bridge, as the renderer makes it. */
async function call<T>(channel: string, input?: unknown): Promise<T> {
  const out = await page.evaluate(
    async ([name, body]) => {
      const token = sessionStorage.getItem('pathwise.bridgeToken');
      const r = await fetch(`/api/call/${name}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ input: body }) });
      return (await r.json()) as { ok: boolean; value: unknown; error?: { message: string } };
    },
    [channel, input] as const,
  );
  if (!out.ok) throw new Error(`${channel}: ${out.error?.message}`);
  return out.value as T;
}

beforeAll(async () => {
  await new Promise<void>((r) => modelServer.listen(0, '127.0.0.1', () => r()));
  await new Promise<void>((r) => hangServer.listen(0, '127.0.0.1', () => r()));
  const port = (modelServer.address() as { port: number }).port;
  const catalog = {
    version: 1,
    models: [
      {
        id: 'tiny-test-model',
        name: 'Tiny test model',
        kind: 'chat',
        fileName: 'tiny-test-model.gguf',
        url: `http://127.0.0.1:${port}/tiny-test-model.gguf`,
        sizeBytes: model.length,
        sha256: createHash('sha256').update(model).digest('hex'),
        verified: true,
        licence: 'MIT',
        contextLength: 512,
        ramBytes: 64_000_000,
        vramBytes: 64_000_000,
      },
    ],
  };
  fs.writeFileSync(path.join(files, 'catalog.json'), JSON.stringify(catalog));
  fs.writeFileSync(path.join(files, 'Jordan-Lee-Resume.md'), RESUME);
  app = await startApp({ env: { PATHWISE_MODEL_CATALOG: path.join(files, 'catalog.json') } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.getByTestId('nav-resumes').click();
  await page.getByTestId('import-input').first().setInputFiles(path.join(files, 'Jordan-Lee-Resume.md'));
  await page.getByTestId('resume-row').first().waitFor({ timeout: 20_000 });
  const added = await page.evaluate(async (text) => {
    const token = sessionStorage.getItem('pathwise.bridgeToken');
    const r = await fetch('/api/call/jobs:addText', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ input: { text } }) });
    return (await r.json()) as { ok: boolean; value: { id: number } };
  }, JOB);
  jobId = added.value.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  modelServer.close();
  for (const socket of sockets) socket.destroy();
  hangServer.close();
  fs.rmSync(files, { recursive: true, force: true });
});

describe('the AI coach in browser mode (offline path)', () => {
  it('tailors the resume for a job: accepting two suggestions makes a new version', async () => {
    await page.goto(`${app.origin}/#/jobs/${jobId}`);
    await page.getByTestId('job-tailor').click();
    await page.getByRole('heading', { level: 1, name: 'Tailor your resume' }).waitFor();
    await expect.poll(() => page.getByTestId('suggestion').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('body').innerText()).toMatch(/offline/i);
    // The task finished: its progress bar is gone and it was not stopped.
    expect(await page.getByTestId('tailor-progress').count()).toBe(0);
    expect(await page.getByTestId('tailor-cancelled').count()).toBe(0);
    await page.getByTestId('suggestion-accept').nth(0).click();
    await page.getByTestId('suggestion-accept').nth(1).click();
    await page.getByTestId('tailor-apply').click();
    await page.getByTestId('tailored-version-link').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'tailor.png'), fullPage: true });
    await page.getByTestId('tailored-version-link').click();
    await page.getByTestId('nav-resumes').click();
    await expect.poll(() => page.getByTestId('resume-row').count()).toBe(2);
    expect(await page.getByTestId('resume-row').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/tailored/i)]));
  });

  it('shows tailoring progress with a model; Stop from the keyboard ends the request and nothing is changed', async () => {
    const port = (hangServer.address() as { port: number }).port;
    const provider = await call<{ id: string }>('providers:save', { kind: 'ollama', baseUrl: `http://127.0.0.1:${port}/v1`, model: 'test-model' });
    await call('consent:grant', { providerId: provider.id });
    await call('ai:updateSettings', { features: { tailoring: { cloud: provider.id } } });
    const resumesBefore = await call<unknown[]>('resumes:list');

    await page.goto(`${app.origin}/#/jobs/${jobId}`);
    await page.getByTestId('job-tailor').click();
    await page.getByRole('heading', { level: 1, name: 'Tailor your resume' }).waitFor();
    // Suggestions from the first test may still be shown: ask again, with the model this time.
    await page.getByTestId('tailor-start').click();
    await page.getByTestId('tailor-progress').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByTestId('tailor-progress-message').innerText()).toMatch(/Writing suggestions with Ollama · test-model/);
    await expect.poll(() => hung.requests).toBe(1);
    expect(await page.getByRole('progressbar', { name: 'Tailoring progress' }).getAttribute('aria-valuenow')).toBe('1');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'tailor-progress.png'), fullPage: true });

    // Focus moved to Stop when the run started; Enter presses it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('coach-stop');
    await page.keyboard.press('Enter');
    await page.getByTestId('tailor-cancelled').waitFor({ timeout: 5_000 });
    await expect.poll(() => hung.closed, { timeout: 5_000 }).toBe(1);
    expect(await page.getByTestId('tailor-cancelled').innerText()).toMatch(/No suggestions were made and your resume is unchanged/);
    expect(await page.getByTestId('suggestion').count()).toBe(0);
    expect(await page.getByTestId('tailor-progress').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tailor-retry');
    expect(await call<unknown[]>('resumes:list')).toEqual(resumesBefore);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'tailor-stopped.png'), fullPage: true });

    // The offline coach is always there instead.
    await page.getByTestId('coach-use-offline').click();
    await expect.poll(() => page.getByTestId('suggestion').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    expect(hung.requests).toBe(1);
    await call('ai:updateSettings', { features: { tailoring: 'local' } });
  });

  it('writes a cover letter with the offline path, edits and exports it', async () => {
    await page.goto(`${app.origin}/#/jobs/${jobId}`);
    await page.getByTestId('job-cover-letter').click();
    await page.getByRole('heading', { level: 1, name: 'Cover letter' }).waitFor();
    await page.getByTestId('letter-generate').click();
    await expect.poll(() => page.getByTestId('letter-text').inputValue(), { timeout: 15_000 }).toMatch(/Northwind Analytics/);
    expect(await page.locator('body').innerText()).toMatch(/offline/i);
    const download = page.waitForEvent('download');
    await page.getByTestId('letter-export-docx').click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'cover-letter.png'), fullPage: true });
  });

  it('shows how models fit this machine and downloads one from a local server with progress', async () => {
    await page.getByTestId('nav-models').click();
    await page.getByRole('heading', { level: 1, name: 'AI models' }).waitFor();
    await expect.poll(() => page.getByTestId('model-fit').first().innerText(), { timeout: 20_000 }).toMatch(/fits|tight|won.t fit/i);
    await page.getByTestId('model-download').first().click();
    await page.getByTestId('model-progress').first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'models-downloading.png') });
    await page.getByTestId('installed-model').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => fs.readdirSync(path.join(app.dataDir, 'models'))).toContain('tiny-test-model.gguf');
    expect(fs.readdirSync(path.join(app.dataDir, 'models')).filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
