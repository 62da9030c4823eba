import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../src-main/shell/window-options';

// The Electron binary cannot run here, so E-2 is proven on the function that builds the options.
describe('main window options (E-2, E-13)', () => {
  const options = buildWindowOptions({ preloadPath: '/app/out/preload/index.js', bounds: { width: 1200, height: 800 }, dark: false });

  it('hardens webPreferences', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('waits for the first paint and restores bounds', () => {
    expect(options.show).toBe(false);
    expect(options).toMatchObject({ width: 1200, height: 800 });
    expect(buildWindowOptions({ preloadPath: 'p', bounds: { width: 1, height: 1 }, dark: true }).backgroundColor).not.toBe(options.backgroundColor);
  });
});
