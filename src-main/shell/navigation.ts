/**
 * Navigation lock (SECURITY.md E-5, E-6): the window only ever shows the app's own page; any
 * attempt to navigate, redirect or open a window is denied, and https links go to the person's
 * browser through the one `openExternal` allowlist.
 */

/** True for the app's own page: the built index.html (file:) or the dev server's origin. */
export function createAppUrlCheck(appUrl: string): (url: string) => boolean {
  const app = new URL(appUrl);
  return (candidate: string) => {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return false;
    }
    // The host matters for file: too: on Windows `file://server/…` is a UNC path on another machine.
    if (app.protocol === 'file:') return url.protocol === 'file:' && url.host === app.host && url.pathname === app.pathname;
    return url.origin === app.origin;
  };
}

const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:']);

/** The allowlist for links handed to the operating system. */
export function isSafeExternalUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return false;
    if (url.protocol === 'https:' && (!url.hostname || url.username || url.password)) return false;
    return candidate.length <= 2048;
  } catch {
    return false;
  }
}

export function createOpenExternal(openWithOs: (url: string) => Promise<void>) {
  return async (url: string): Promise<boolean> => {
    if (!isSafeExternalUrl(url)) return false;
    await openWithOs(url);
    return true;
  };
}

/** The parts of WebContents the guards use, so tests pass a fake. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void; url?: string }, url: string) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
}

export function attachNavigationGuards(
  contents: GuardedContents,
  options: { isAppUrl: (url: string) => boolean; openExternal: (url: string) => Promise<boolean> },
): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!options.isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.setWindowOpenHandler(({ url }) => {
    void options.openExternal(url).catch(() => false);
    return { action: 'deny' };
  });
}

/** Session permission handlers: deny everything (SECURITY.md E-7). */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
