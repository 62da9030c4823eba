import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.join(__dirname, '..', 'scripts', 'pathwise.cjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathwise-cli-'));

function pathwise(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, PATHWISE_DATA_DIR: '' } });
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('pathwise CLI (built bundle, no Electron)', () => {
  it('prints help with the data-dir option and its commands', () => {
    const result = pathwise('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: pathwise');
    expect(result.stdout).toContain('--data-dir <folder>');
    for (const command of ['info', 'backup', 'analyze']) expect(result.stdout).toContain(command);
  });

  it('creates and describes a data folder, and backs it up', () => {
    const info = pathwise('--data-dir', dataDir, 'info', '--json');
    expect(info.status, info.stderr).toBe(0);
    const parsed = JSON.parse(info.stdout) as { dataDir: string; schemaVersion: number; resumes: number };
    expect(parsed).toMatchObject({ dataDir, resumes: 0 });
    expect(parsed.schemaVersion).toBeGreaterThan(0);
    const backup = pathwise('--data-dir', dataDir, 'backup');
    expect(backup.status, backup.stderr).toBe(0);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((f) => f.endsWith('-manual.db'))).toBe(true);
  });

  it('explains an unknown command without a stack trace', () => {
    const result = pathwise('frobnicate');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/unknown command/i);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
