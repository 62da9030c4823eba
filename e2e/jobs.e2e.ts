import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fx from '../tests/fixtures/generate';
import { launchBrowser, SCREENSHOTS, startApp, watchErrors, type RunningApp } from './helpers/app';

// A Greenhouse-shaped board API on 127.0.0.1 (DATA-SOURCES.md shape), whose postings the test changes.
function ghJob(id: number, title: string, body: string) {
  return { id, title, location: { name: 'Remote, US' }, absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`, company_name: 'Acme', content: body.replace(/</g, '&lt;').replace(/>/g, '&gt;') };
}
let boardJobs = [ghJob(11, 'Product Designer', '<p>Figma, prototyping and user research for our mobile app.</p>'), ghJob(12, 'Office Coordinator', '<p>Keep the office running.</p>')];
const board = http.createServer((req, res) => {
  if (req.url?.startsWith('/v1/boards/acme/jobs')) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jobs: boardJobs, meta: { total: boardJobs.length } }));
  } else res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
});

const PASTED = `Senior Data Engineer
Company: Northwind Analytics
Location: Remote, US

We are hiring a senior data engineer. Salary: $150,000 - $180,000 a year.

Requirements:
- 5+ years of Python and SQL
- Spark, Kafka and Airflow in production
- Experience with Snowflake and dbt

Nice to have:
- Terraform`;

let app: RunningApp;
let browser: Browser;
let page: Page;
let errors: string[];
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'pathwise-e2e-jobs-'));

beforeAll(async () => {
  await new Promise<void>((r) => board.listen(0, '127.0.0.1', () => r()));
  const port = (board.address() as { port: number }).port;
  app = await startApp({ env: { PATHWISE_SOURCE_BASE_URLS: JSON.stringify({ greenhouse: `http://127.0.0.1:${port}` }) } });
  fs.writeFileSync(path.join(files, 'Alex-Martin-Resume.pdf'), await fx.onePagePdf());
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.getByTestId('nav-resumes').click();
  await page.getByTestId('import-input').first().setInputFiles(path.join(files, 'Alex-Martin-Resume.pdf'));
  await page.getByTestId('resume-row').first().waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  board.close();
  fs.rmSync(files, { recursive: true, force: true });
});

describe('jobs in browser mode', () => {
  it('adds a job by pasting and shows its match parts and missing skills', async () => {
    await page.getByTestId('nav-jobs').click();
    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor();
    await page.getByTestId('add-job').first().click();
    await page.getByTestId('job-paste').fill(PASTED);
    await page.getByTestId('job-paste-submit').click();
    await page.getByTestId('match-panel').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('match-part').count()).toBeGreaterThanOrEqual(4);
    const missing = await page.getByTestId('missing-skills').innerText();
    expect(missing).toMatch(/Snowflake|dbt/);
    expect(await page.getByTestId('requirement').count()).toBeGreaterThan(3);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'job-detail.png'), fullPage: true });
  });

  it('saves a search with an alert, follows a board from a local server, searches and filters', async () => {
    await page.getByTestId('nav-jobs').click();
    await page.getByTestId('job-search').fill('python');
    await expect.poll(() => page.getByTestId('job-row').count()).toBe(1);
    await page.getByTestId('save-search').click();
    await page.getByTestId('saved-search-name').fill('Python roles');
    await page.getByTestId('saved-search-min-score').fill('0');
    await page.getByTestId('saved-search-submit').click();
    await page.getByTestId('job-search').fill('');

    await page.getByTestId('add-job').first().click();
    await page.getByTestId('tab-board').click();
    await page.getByTestId('board-url').fill('https://boards.greenhouse.io/acme');
    await page.getByTestId('board-follow').click();
    await expect.poll(() => page.getByTestId('board-followed').innerText(), { timeout: 15_000 }).toMatch(/Acme[\s\S]*2/);
    await page.keyboard.press('Escape');

    await expect.poll(() => page.getByTestId('job-row').count()).toBe(3);
    await page.getByTestId('job-search').fill('designer');
    await expect.poll(() => page.getByTestId('job-row').count()).toBe(1);
    await page.getByTestId('job-search').fill('');
    await page.getByTestId('filter-remote-remote').click();
    await expect.poll(() => page.getByTestId('job-row').count()).toBe(3);
    await page.getByTestId('filter-remote-remote').click();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'jobs-list.png') });
  });

  it('raises an alert when a refresh brings a matching posting', async () => {
    boardJobs = [...boardJobs, ghJob(13, 'Python Data Engineer', '<p>Python, SQL and Spark pipelines on AWS.</p>')];
    await page.goto(`${app.origin}/#/jobs/boards`);
    await page.getByTestId('board-refresh').first().click();
    await expect.poll(() => page.locator('[data-testid="toast"]').allInnerTexts(), { timeout: 15_000 }).toEqual(
      expect.arrayContaining([expect.stringMatching(/Python roles/)]),
    );
    await expect.poll(() => page.getByTestId('notifications-unread').innerText()).toBe('1');
    expect(errors).toEqual([]);
  });
});
