import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/shell/csp';
import { buildMenuTemplate } from '../../src-main/shell/menu';

describe('native menu', () => {
  it('uses standard roles for edit, window and quit, and navigates with shortcuts', () => {
    const navigate = vi.fn();
    const actions = { navigate, openDataFolder: vi.fn(), openExternal: vi.fn() };
    const linux = buildMenuTemplate('linux', actions, false);
    expect(linux.map((m) => m.role ?? m.label)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
    const view = linux.find((m) => m.label === 'View')!;
    const items = view.submenu as { label?: string; role?: string; accelerator?: string; click?: () => void }[];
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    items.find((i) => i.label === 'Settings')!.click!();
    expect(navigate).toHaveBeenCalledWith('/settings');
    expect(items.find((i) => i.label === 'Dashboard')!.accelerator).toBe('CmdOrCtrl+1');
    expect(buildMenuTemplate('darwin', actions, true)[0]!.role).toBe('appMenu');
  });
});

describe('content security policy (E-8)', () => {
  it('is strict', () => {
    for (const directive of ["default-src 'none'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it('is the same policy in index.html (minus frame-ancestors, which a meta tag cannot set)', () => {
    const html = fs.readFileSync(path.join(__dirname, '../../src-renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta).toBe(expected);
    expect(html).not.toMatch(/<script>(?!<\/script>)|<style>/);
  });
});
