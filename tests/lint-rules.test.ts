import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Plants violations in memory and proves the folder rules fail them (STYLE.md 1, SECURITY.md E-4).
const eslint = new ESLint({ cwd: path.join(__dirname, '..') });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(__dirname, '..', filePath) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'fatal');
}

describe('lint folder rules', () => {
  it.each([
    ["import { app } from 'electron';\nexport const a = app;\n", 'src-main/core/planted.ts'],
    ["import { getLlama } from 'node-llama-cpp';\nexport const a = getLlama;\n", 'src-main/core/planted.ts'],
    ["import { chromium } from 'playwright-core';\nexport const a = chromium;\n", 'src-main/core/jobs/planted.ts'],
    ["import { chromium } from 'playwright';\nexport const a = chromium;\n", 'src-main/core/planted.ts'],
  ])('src-main/core may not import adapter libraries: %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it.each([
    ["import fs from 'node:fs';\nexport const a = fs;\n"],
    ["import path from 'path';\nexport const a = path;\n"],
    ["import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
  ])('the contract may not import electron or node: %s', async (code) => {
    expect(await ruleIds(code, 'src-preload/contract/planted.ts')).toContain('no-restricted-imports');
  });

  it('the contract may not use DOM or Node globals', async () => {
    expect(await ruleIds('export const t = document.title;\n', 'src-preload/contract/planted.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const e = process.env;\n', 'src-preload/contract/planted.ts')).toContain('no-restricted-globals');
  });

  it('raw ipcMain.handle is allowed only in the registration function', async () => {
    const code = "declare const ipcMain: { handle(c: string, f: () => number): void };\nipcMain.handle('x:y', () => 1);\n";
    expect(await ruleIds(code, 'src-main/ipc/planted.ipc.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds(code, 'src-main/shell/planted.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds(code, 'src-main/ipc/register.ts')).not.toContain('no-restricted-syntax');
  });

  it('electron is imported only by the shell', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await ruleIds(code, 'src-main/db/planted.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'src-renderer/src/planted.ts')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'src-main/shell/planted.ts')).toEqual([]);
  });

  it('clean code passes', async () => {
    expect(await ruleIds("import { z } from 'zod';\nexport const s = z.string();\n", 'src-preload/contract/planted.ts')).toEqual([]);
  });
});
