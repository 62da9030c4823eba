import path from 'node:path';
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { attachNavigationGuards } from './navigation';
import { buildWindowOptions, DARK_BACKGROUND, LIGHT_BACKGROUND } from './window-options';
import { loadWindowState, saveWindowState } from './window-state';

export interface MainWindowOptions {
  userDataDir: string;
  preloadPath: string;
  /** The dev server URL, or the built index.html as a file: URL. */
  appUrl: string;
  isAppUrl: (url: string) => boolean;
  openExternal: (url: string) => Promise<boolean>;
  devTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const stateFile = path.join(options.userDataDir, 'window-state.json');
  const state = loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea));
  const window = new BrowserWindow(
    buildWindowOptions({
      preloadPath: options.preloadPath,
      bounds: state,
      dark: nativeTheme.shouldUseDarkColors,
      devTools: options.devTools,
    }),
  );
  if (state.maximized) window.maximize();
  attachNavigationGuards(window.webContents, { isAppUrl: options.isAppUrl, openExternal: options.openExternal });
  // Remember where the person left the window.
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveWindowState(stateFile, { ...bounds, maximized: window.isMaximized() });
  });
  nativeTheme.on('updated', () => {
    if (!window.isDestroyed()) window.setBackgroundColor(nativeTheme.shouldUseDarkColors ? DARK_BACKGROUND : LIGHT_BACKGROUND);
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.appUrl);
  return window;
}
