/**
 * S-2: a real keychain round trip on Linux: dbus-run-session + an unlocked gnome-keyring-daemon
 * (secrets component) in a throw-away HOME/XDG folder, then set → get → delete through the keytar
 * store in a child process. Needs keytar built (libsecret-1-dev) plus dbus and gnome-keyring.
 * Where those are missing the test is skipped with the reason, except in CI (CI=true) or with
 * PATHWISE_REQUIRE_KEYCHAIN=1, where a missing prerequisite is a failure.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKeytar } from '../../src-main/adapters/secrets/keytar-store';
import { tempDir } from '../helpers/temp-dir';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const required = process.env.CI === 'true' || process.env.PATHWISE_REQUIRE_KEYCHAIN === '1';

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

async function missingPrerequisites(): Promise<string[]> {
  const missing: string[] = [];
  if (process.platform !== 'linux') missing.push(`this test drives gnome-keyring on Linux (platform is ${process.platform})`);
  const keytar = await loadKeytar();
  if (!keytar.ok) missing.push(`${keytar.reason} Install libsecret-1-dev and run \`npm rebuild keytar\` (or \`npm install\`)`);
  for (const command of ['dbus-run-session', 'gnome-keyring-daemon'])
    if (!onPath(command)) missing.push(`\`${command}\` is not on PATH (apt-get install dbus gnome-keyring)`);
  return missing;
}

interface Session {
  home: string;
  env: NodeJS.ProcessEnv;
}

function throwAwayHome(): Session {
  const home = tempDir('pathwise-keychain-');
  for (const dir of ['data', 'config', 'cache', 'runtime']) fs.mkdirSync(path.join(home, dir), { recursive: true, mode: 0o700 });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_RUNTIME_DIR: path.join(home, 'runtime'),
  };
  return { home, env };
}

/** Runs the child under its own session bus with the keyring daemon started by `daemon`; "$@" is node + the child. */
function runChild(session: Session, daemon: string, mode: string): { report: Record<string, unknown>; stderr: string } {
  const child = path.join(root, 'tests/secrets/keychain-child.ts');
  const result = spawnSync(
    'dbus-run-session',
    ['--', 'sh', '-c', `${daemon} >/dev/null; exec "$@"`, 'sh', process.execPath, '--import', 'tsx', child, mode],
    {
      cwd: root,
      env: session.env,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (result.error) throw result.error;
  const line = result.stdout.trim().split('\n').pop() ?? '';
  try {
    return { report: JSON.parse(line) as Record<string, unknown>, stderr: result.stderr };
  } catch {
    throw new Error(`The keychain child printed no result (exit ${result.status}). stderr:\n${result.stderr}`);
  }
}

async function requirePrerequisites(context: { skip: (note?: string) => never }): Promise<void> {
  const missing = await missingPrerequisites();
  if (!missing.length) return;
  const reason = `Keychain test prerequisites missing: ${missing.join('; ')}.`;
  if (required) throw new Error(`${reason} (required because ${process.env.CI === 'true' ? 'CI=true' : 'PATHWISE_REQUIRE_KEYCHAIN=1'})`);
  context.skip(reason);
}

describe('S-2/S-4 keychain against a real gnome-keyring', () => {
  it('S-2: set → get → delete through keytar against an unlocked keyring in a temp HOME', async (context) => {
    await requirePrerequisites(context);
    // The empty password on stdin creates and unlocks the login keyring.
    const { report, stderr } = runChild(throwAwayHome(), 'echo "" | gnome-keyring-daemon --unlock --components=secrets', 'round-trip');
    expect(report, `child report; stderr:\n${stderr}`).toMatchObject({ ok: true, roundTrip: true, deleted: true, gone: true });
  });

  it('S-4: a locked keyring is reported as locked, not as "no key"', async (context) => {
    await requirePrerequisites(context);
    const session = throwAwayHome();
    // First session creates a password-protected login keyring; the second starts the daemon without unlocking it.
    runChild(session, 'echo "pathwise-test-password" | gnome-keyring-daemon --unlock --components=secrets', 'round-trip');
    const { report, stderr } = runChild(session, 'gnome-keyring-daemon --start --components=secrets', 'locked');
    expect(report, `child report; stderr:\n${stderr}`).toMatchObject({
      ok: true,
      status: { backend: 'keychain', locked: true },
      presence: { hasKey: false, locked: true },
    });
  });
});
