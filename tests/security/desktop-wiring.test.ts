import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The Electron binary cannot run here, so the composition root's security wiring is checked
 * statically (SECURITY.md: "a test that cannot run without the Electron binary runs the closest
 * real check"). Each assertion names the promise it holds.
 */
const root = path.join(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name))
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)));
}

const mainSources = [...sources('src-main'), ...sources('src-preload')];

describe('desktop composition root', () => {
  const index = read('src-main/index.ts');

  it('E-2: windows are built only by buildWindowOptions, and no webview can attach', () => {
    const creators = mainSources.filter((f) => /new BrowserWindow\(/.test(read(f)));
    expect(creators).toEqual(['src-main/shell/main-window.ts']);
    expect(read('src-main/shell/main-window.ts')).toMatch(/new BrowserWindow\(\s*buildWindowOptions\(/);
    const withPrefs = mainSources.filter((f) => /webPreferences\s*:/.test(read(f)));
    expect(withPrefs).toEqual(['src-main/shell/window-options.ts']);
    expect(index).toMatch(/will-attach-webview', \(event\) => event\.preventDefault\(\)/);
  });

  it('E-4: IPC handlers are registered once, with the sender check; no fire-and-forget listeners', () => {
    expect(index).toMatch(/registerIpcHandlers\(ipcMain, dispatch, createSenderCheck\(isAppUrl\)\)/);
    for (const file of mainSources) {
      const text = read(file);
      expect(text, file).not.toMatch(/ipcMain\.(on|once|addListener)\(/);
      if (file !== 'src-main/ipc/register.ts') expect(text, file).not.toMatch(/ipcMain\.handle(Once)?\(/);
    }
  });

  it('E-5/E-6: the window gets the navigation lock and the one openExternal allowlist', () => {
    expect(read('src-main/shell/main-window.ts')).toMatch(/attachNavigationGuards\(window\.webContents, \{ isAppUrl: options\.isAppUrl, openExternal: options\.openExternal \}\)/);
    expect(index).toMatch(/const openExternal = createOpenExternal\(\(url\) => shell\.openExternal\(url\)\)/);
    const direct = mainSources.filter((f) => /shell\.openExternal\(/.test(read(f)));
    expect(direct).toEqual(['src-main/index.ts']);
  });

  it('E-7/E-8: permissions denied and the CSP header set on the default session', () => {
    expect(index).toMatch(/denyAllPermissions\(session\.defaultSession\)/);
    expect(index).toMatch(/'Content-Security-Policy': \[CONTENT_SECURITY_POLICY\]/);
  });

  it('E-13: devtools and the debug menu only in an unpackaged development run', () => {
    expect(index).toMatch(/const isDev = !app\.isPackaged && /);
    expect(index).toMatch(/devTools: isDev/);
    expect(index).not.toMatch(/openDevTools\(/);
  });

  it('E-3: the preload exposes only window.api, built from the contract', () => {
    const preload = read('src-preload/index.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toContain("contextBridge.exposeInMainWorld('api', api)");
    expect(preload).toMatch(/createApiClient\(/);
    expect(preload).not.toMatch(/\b(require|process|Buffer)\b\s*[.(]/);
  });
});
