/**
 * The native menu: standard roles give each platform its usual shortcuts (copy/paste, undo, zoom,
 * quit, close window), plus app navigation with Ctrl/Cmd+number.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  navigate(route: string): void;
  openDataFolder(): void;
  openExternal(url: string): void;
}

export const NAV_SHORTCUTS: { label: string; route: string; accelerator: string }[] = [
  { label: 'Dashboard', route: '/', accelerator: 'CmdOrCtrl+1' },
  { label: 'Resumes', route: '/resumes', accelerator: 'CmdOrCtrl+2' },
  { label: 'Jobs', route: '/jobs', accelerator: 'CmdOrCtrl+3' },
  { label: 'AI models', route: '/models', accelerator: 'CmdOrCtrl+4' },
  { label: 'Settings', route: '/settings', accelerator: 'CmdOrCtrl+,' },
];

export function buildMenuTemplate(platform: NodeJS.Platform, actions: MenuActions, isDev: boolean): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const go: MenuItemConstructorOptions[] = NAV_SHORTCUTS.map((n) => ({
    label: n.label,
    accelerator: n.accelerator,
    click: () => actions.navigate(n.route),
  }));
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({
    label: 'File',
    submenu: [
      { label: 'Open Data Folder', click: () => actions.openDataFolder() },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  });
  template.push({ role: 'editMenu' });
  template.push({
    label: 'View',
    submenu: [
      ...go,
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDev ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
    ],
  });
  template.push({ role: 'windowMenu' });
  template.push({
    role: 'help',
    submenu: [{ label: 'JSON Resume format', click: () => actions.openExternal('https://jsonresume.org/schema') }],
  });
  return template;
}
