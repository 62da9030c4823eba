/**
 * Composition root of the desktop app: paths, services, IPC, window. Nothing else lives here.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, ipcMain, Menu, nativeTheme, safeStorage, session, shell } from 'electron';
import { defaultDataDir } from './db/paths';
import { buildHandlers } from './ipc/handlers';
import { createDispatcher } from './ipc/dispatch';
import { createSenderCheck, registerIpcHandlers } from './ipc/register';
import { createServices, type Services } from './services';
import { CONTENT_SECURITY_POLICY } from './shell/csp';
import { createElectronExtractor } from './shell/extractor';
import { createMainWindow } from './shell/main-window';
import { buildMenuTemplate } from './shell/menu';
import { osNotificationSink } from './shell/notifications';
import { electronSqliteBinding } from './shell/native-binding';
import { createAppUrlCheck, createOpenExternal, denyAllPermissions } from './shell/navigation';

const isDev = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL);
const appUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(path.join(__dirname, '../renderer/index.html')).href;
const isAppUrl = createAppUrlCheck(appUrl);
const openExternal = createOpenExternal((url) => shell.openExternal(url));

if (process.env.PATHWISE_DATA_DIR) app.setPath('userData', path.resolve(process.env.PATHWISE_DATA_DIR));

async function start(): Promise<void> {
  const dataDir = process.env.PATHWISE_DATA_DIR ? defaultDataDir() : app.getPath('userData');
  denyAllPermissions(session.defaultSession);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  let services: Services;
  try {
    services = await createServices({
      dataDir,
      identity: { name: app.getName(), version: app.getVersion(), mode: 'desktop' },
      extractor: createElectronExtractor(__dirname),
      openExternal,
      nativeBinding: electronSqliteBinding(app.getAppPath(), app.isPackaged),
      scheduler: true,
      safeStorage,
    });
  } catch (error) {
    const { dialog } = await import('electron');
    dialog.showErrorBox('Pathwise cannot open its data', (error as Error).message);
    app.exit(1);
    return;
  }

  const settings = await services.settings.get();
  nativeTheme.themeSource = settings.theme;
  services.events.add({
    emit: (event, payload) => {
      if (event === 'data:changed' && (payload as { area: string }).area === 'settings') {
        void services.settings.get().then((s) => (nativeTheme.themeSource = s.theme));
      }
    },
  });

  const dispatch = createDispatcher(buildHandlers(services));
  registerIpcHandlers(ipcMain, dispatch, createSenderCheck(isAppUrl));

  const window = createMainWindow({
    userDataDir: app.getPath('userData'),
    preloadPath: path.join(__dirname, '../preload/index.js'),
    appUrl,
    isAppUrl,
    openExternal,
    devTools: isDev,
  });
  services.events.add({ emit: (event, payload) => !window.isDestroyed() && window.webContents.send(event, payload) });
  services.events.add(osNotificationSink(window));

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        process.platform,
        {
          navigate: (route) => window.webContents.send('app:navigate', { route }),
          openDataFolder: () => void shell.openPath(dataDir),
          openExternal: (url) => void openExternal(url),
        },
        isDev,
      ),
    ),
  );

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('before-quit', () => void services.dispose());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  app.on('web-contents-created', (_event, contents) => {
    // Belt and braces: no webview can ever be attached (SECURITY.md E-2).
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(start);
}
