import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, contract } from '../../src-preload/contract';
import { apiSurface, createApiClient } from '../../src-preload/contract/client';

describe('IPC contract', () => {
  it('names every channel domain:verb', () => {
    for (const name of CHANNEL_NAMES) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('exposes exactly the contract functions on window.api (E-3 snapshot)', async () => {
    expect(apiSurface()).toMatchSnapshot();
    const invoke = vi.fn(async () => ({ ok: true as const, value: null }));
    const api = createApiClient(invoke, () => () => {});
    const exposed = Object.entries(api).flatMap(([domain, group]) =>
      typeof group === 'function' ? [domain] : Object.keys(group as object).map((verb) => `${domain}.${verb}`),
    );
    expect(exposed.sort()).toEqual(apiSurface());
    await api.resumes.get({ id: 4 });
    expect(invoke).toHaveBeenCalledWith('resumes:get', { id: 4 });
    expect(Object.keys(api)).not.toContain('invoke');
  });

  it('keeps the preload free of generic invoke and logic', () => {
    const preload = fs.readFileSync(path.join(__dirname, '../../src-preload/index.ts'), 'utf8');
    expect(preload).toContain("contextBridge.exposeInMainWorld('api', api)");
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\b/);
    expect(contract['resumes:import'].input.safeParse({ files: [] }).success).toBe(false);
  });
});
