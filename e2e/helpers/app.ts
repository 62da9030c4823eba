import path from 'node:path';
import type { Page } from 'playwright-core';

// Starting the app and the browser is shared with bench:app.
export { launchBrowser, startApp, type RunningApp } from '../../scripts/lib/browser-mode';

const ROOT = path.join(__dirname, '..', '..');

/** Collects page errors and console errors so every test can assert the app stayed clean. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
