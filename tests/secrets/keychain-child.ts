/**
 * Child process for tests/secrets/keychain.test.ts (SECURITY.md S-2, S-4): runs inside
 * `dbus-run-session` with a gnome-keyring-daemon and exercises Pathwise's keytar store against
 * the real keyring. Prints one JSON line; never prints the secret itself.
 *   round-trip: set → get → delete (keyring unlocked)
 *   locked:     status and key presence while the keyring is locked
 */
import { randomUUID } from 'node:crypto';
import { openKeytarStore } from '../../src-main/adapters/secrets/keytar-store';
import { keyPresence } from '../../src-main/core/secrets/secret-store';

async function roundTrip(): Promise<Record<string, unknown>> {
  const service = `pathwise-keychain-test-${randomUUID()}`;
  const secret = `sk-CANARY-${randomUUID()}`;
  const store = await openKeytarStore({ service, probeTimeoutMs: 10_000 });
  const status = store.status();
  if (status.backend !== 'keychain' || status.locked) return { ok: false, status };
  await store.set('llm:test', secret);
  const got = (await store.get('llm:test')) === secret;
  const deleted = await store.delete('llm:test');
  const gone = (await store.get('llm:test')) === null;
  return { ok: got && deleted && gone, status, roundTrip: got, deleted, gone };
}

async function locked(): Promise<Record<string, unknown>> {
  const store = await openKeytarStore({ service: 'pathwise-keychain-test', probeTimeoutMs: 5_000 });
  const status = store.status();
  const presence = await keyPresence(store, 'llm:test');
  return { ok: status.locked === true && presence.locked === true, status: { backend: status.backend, locked: status.locked }, presence };
}

(process.argv[2] === 'locked' ? locked() : roundTrip())
  .then((report) => process.stdout.write(`${JSON.stringify(report)}\n`))
  .catch((error: unknown) => {
    process.stdout.write(
      `${JSON.stringify({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown' })}\n`,
    );
    process.exitCode = 1;
  });
