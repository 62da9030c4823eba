/**
 * The one function that builds BrowserWindow options (SECURITY.md E-2). Tested without Electron.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

export const LIGHT_BACKGROUND = '#f7f7f5';
export const DARK_BACKGROUND = '#16181d';

export function buildWindowOptions(input: {
  preloadPath: string;
  bounds: WindowBounds;
  dark: boolean;
  iconPath?: string;
  /** Development builds only (SECURITY.md E-13). */
  devTools?: boolean;
}): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Pathwise',
    backgroundColor: input.dark ? DARK_BACKGROUND : LIGHT_BACKGROUND,
    autoHideMenuBar: false,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: input.devTools ?? false,
    },
  };
}
