import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fx from '../tests/fixtures/generate';
import { launchBrowser, SCREENSHOTS, startApp, watchErrors, type RunningApp } from './helpers/app';

let app: RunningApp;
let browser: Browser;
let page: Page;
let errors: string[];
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'pathwise-e2e-files-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(files, 'Alex-Martin-Resume.pdf'), await fx.onePagePdf());
  fs.writeFileSync(path.join(files, 'scanned.pdf'), await fx.imageOnlyPdf());
  app = await startApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(files, { recursive: true, force: true });
});

describe('resume import and analysis in browser mode', () => {
  it('imports a generated PDF, refuses a scanned one, and shows the profile and score', async () => {
    await page.getByTestId('nav-resumes').click();
    await page.getByRole('heading', { level: 1, name: 'Resumes' }).waitFor();
    await page.getByTestId('import-input').first().setInputFiles([path.join(files, 'Alex-Martin-Resume.pdf'), path.join(files, 'scanned.pdf')]);
    await expect.poll(() => page.getByTestId('resume-row').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toMatch(/scanned/i);

    await page.getByTestId('resume-title').first().click();
    await page.getByTestId('tab-profile').waitFor();
    await expect.poll(() => page.getByTestId('field-basics.name').innerText()).toContain('Alex Martin');
    await page.getByTestId('tab-analysis').click();
    const score = Number(await page.getByTestId('score-value').first().innerText());
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(await page.getByTestId('analysis-check').count()).toBeGreaterThanOrEqual(8);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'resume-analysis.png'), fullPage: true });
  });

  it('corrects a field, re-analyses, and the correction stays', async () => {
    await page.getByTestId('tab-profile').click();
    await page.getByTestId('field-basics.phone').click();
    const input = page.getByTestId('edit-basics.phone');
    await input.fill('+33 7 11 22 33 44');
    await input.press('Enter');
    await expect.poll(() => page.getByTestId('field-basics.phone').innerText()).toContain('+33 7 11 22 33 44');

    await page.getByTestId('tab-analysis').click();
    await page.getByTestId('reanalyze').click();
    await expect.poll(() => page.locator('[data-testid="toast"]').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/analys/i)]));
    await page.reload();
    await page.getByTestId('tab-profile').click();
    await expect.poll(() => page.getByTestId('field-basics.phone').innerText()).toContain('+33 7 11 22 33 44');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'resume-profile.png'), fullPage: true });
  });

  it('shows what an ATS sees and the score on the dashboard', async () => {
    await page.getByTestId('tab-ats').click();
    await expect.poll(() => page.getByTestId('ats-text').innerText()).toContain('Northwind Analytics');
    await page.getByTestId('nav-dashboard').click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await expect.poll(() => page.getByTestId('score-value').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-with-resume.png') });
    expect(errors).toEqual([]);
  });
});
