import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { errorForLog, scrubForLog } from '../../src-main/core/secrets/log-safe';
import { createDispatcher, type Handlers } from '../../src-main/ipc/dispatch';

/**
 * Logs never carry resume contents or keys (SECURITY.md S-5, "logs and crash output"): the one
 * dispatch path logs unexpected handler failures through `errorForLog`, never the raw error.
 */
const resumeLine = (canary: string) => `Jane ${canary} Doe, 12 Elm Street, jane.doe@example.com, +1 (555) 010-2030, Senior Engineer at Acme`;

function capture() {
  const lines: string[] = [];
  return {
    lines,
    logger: {
      error: (...args: unknown[]) => lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')),
    },
  };
}

describe('what reaches the log from a failed call', () => {
  it('drops resume text quoted by JSON.parse, own properties and causes; keeps class and frames', async () => {
    const canary = `CANARY${randomUUID().slice(0, 8)}`;
    const apiKey = `sk-CANARY-${randomUUID()}`;
    const { lines, logger } = capture();
    const handlers = {
      'app:info': () => JSON.parse(`not json: ${resumeLine(canary)}`),
      'settings:get': () => {
        const error = new Error(`Provider said: invalid x-api-key=${apiKey} for "${resumeLine(canary)}"`, {
          cause: Object.assign(new Error(`body ${JSON.stringify({ text: resumeLine(canary) })}`), { requestBody: resumeLine(canary) }),
        });
        throw Object.assign(error, { providerReply: resumeLine(canary), headers: { authorization: `Bearer ${apiKey}` } });
      },
    } as unknown as Handlers;
    const dispatch = createDispatcher(handlers, logger);
    expect(await dispatch('app:info', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await dispatch('settings:get', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(lines).toHaveLength(2);
    const all = lines.join('\n');
    for (const leak of [canary, apiKey, 'jane.doe@example.com', '12 Elm Street', '555', 'Acme']) expect(all).not.toContain(leak);
    expect(lines[0]).toContain('Handler for app:info failed');
    expect(lines[0]).toContain('SyntaxError');
    expect(lines[1]).toContain('caused by Error');
    expect(all).toMatch(/\n\s+at /); // stack frames survive for debugging
  });

  it('scrubs key-shaped values and explicit secrets from messages', () => {
    const secret = `custom-${randomUUID()}`;
    const text = scrubForLog(`Bearer abc.def token=xyz123 api_key: "k-1234" sk-ant-abcdefgh ${secret} AIza${'x'.repeat(30)}`, [secret]);
    for (const leak of ['abc.def', 'xyz123', 'k-1234', 'sk-ant-abcdefgh', secret, 'AIza']) expect(text).not.toContain(leak);
    expect(scrubForLog('z'.repeat(5000)).length).toBeLessThan(400);
    expect(errorForLog('a thrown string with a resume in it')).toBe('non-error thrown (string)');
  });
});
