import { describe, expect, it, vi } from 'vitest';
import {
  attachNavigationGuards,
  createAppUrlCheck,
  createOpenExternal,
  denyAllPermissions,
  isSafeExternalUrl,
  type GuardedContents,
} from '../../src-main/shell/navigation';

/** A stand-in for WebContents with the same event names (the Electron binary cannot run here). */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents: GuardedContents = {
    on: (event, listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => (openHandler = handler),
  };
  const navigate = (event: string, url: string) => {
    const e = { preventDefault: vi.fn() };
    listeners.get(event)!(e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents, navigate, open: (url: string) => openHandler!({ url }) };
}

describe('navigation lock (E-5, E-6)', () => {
  const isAppUrl = createAppUrlCheck('file:///opt/pathwise/out/renderer/index.html');

  it('recognises only the app page', () => {
    expect(isAppUrl('file:///opt/pathwise/out/renderer/index.html#/settings')).toBe(true);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    const dev = createAppUrlCheck('http://localhost:5173');
    expect(dev('http://localhost:5173/#/resumes')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
  });

  it('denies navigation and redirects away from the app, and every new window', async () => {
    const openWithOs = vi.fn(async () => {});
    const { contents, navigate, open } = fakeContents();
    attachNavigationGuards(contents, { isAppUrl, openExternal: createOpenExternal(openWithOs) });
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'file:///opt/pathwise/out/renderer/index.html#/')).toBe(false);
    expect(open('https://jsonresume.org/schema')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    await new Promise((r) => setImmediate(r));
    expect(openWithOs.mock.calls).toEqual([['https://jsonresume.org/schema']]);
  });

  it('hands only https and mailto links to the OS', () => {
    expect(isSafeExternalUrl('https://example.com/jobs')).toBe(true);
    expect(isSafeExternalUrl('mailto:me@example.com')).toBe(true);
    for (const bad of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.com', 'ms-msdt:x']) {
      expect(isSafeExternalUrl(bad)).toBe(false);
    }
  });
});

describe('permissions (E-7)', () => {
  it('denies every request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: ((c: unknown, p: string) => boolean) | undefined;
    denyAllPermissions({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!(null, permission)).toBe(false);
    }
  });
});
