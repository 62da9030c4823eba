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

describe('pathwise analyze', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pathwise-cli-files-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints a readable report and, with --json, { profile, analysis }', async () => {
    const { onePagePdf } = await import('../tests/fixtures/generate');
    const file = path.join(folder, 'Alex-Martin-Resume.pdf');
    fs.writeFileSync(file, await onePagePdf());
    const report = pathwise('analyze', file);
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/ATS-readiness score: \d+\/100/);
    expect(report.stdout).toContain('Alex Martin');
    const json = pathwise('analyze', file, '--json');
    expect(json.status, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { profile: { basics: { name: string }; work: unknown[] }; analysis: { score: number; checks: unknown[]; skills: { name: string }[] } };
    expect(parsed.profile.basics.name).toBe('Alex Martin');
    expect(parsed.profile.work.length).toBe(2);
    expect(parsed.analysis.score).toBeGreaterThan(0);
    expect(parsed.analysis.checks.length).toBeGreaterThanOrEqual(8);
    expect(parsed.analysis.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Python', 'Kubernetes']));
  });

  it.each([
    ['locked.pdf', 'encryptedPdf', 'password-protected'],
    ['noise.pdf', 'randomBytes', 'corrupt'],
    ['scan.pdf', 'imageOnlyPdf', 'no-text-layer'],
    ['notes.xyz', 'randomBytes', 'unsupported-format'],
  ] as const)('exits 2 with one line naming the reason for %s', async (name, make, reason) => {
    const fixtures = await import('../tests/fixtures/generate');
    const file = path.join(folder, name);
    fs.writeFileSync(file, await (fixtures[make] as () => Buffer | Promise<Buffer>)());
    const result = pathwise('analyze', file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`pathwise: ${reason}:`);
  });

  it.each(['analyze', 'job'])('%s refuses a file over the 15 MB input limit before reading it', (command) => {
    const file = path.join(folder, `huge-${command}.txt`);
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 16 * 1024 * 1024); // sparse: the size is what is checked
    const result = pathwise(command, file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^pathwise: too-large: .*16\.0 MB; the limit is 15 MB\.\n$/);
  });

  it('exits 2 for a missing file', () => {
    const result = pathwise('analyze', path.join(folder, 'missing.pdf'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^pathwise: not-found: .*does not exist\.\n$/);
  });
});
