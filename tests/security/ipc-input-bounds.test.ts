import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNEL_NAMES, contract } from '../../src-preload/contract';
import { createDispatcher, type Handlers } from '../../src-main/ipc/dispatch';

/**
 * Every IPC/bridge input is validated in main by a closed, bounded schema (E-4, H-7): no channel
 * without a schema, every string capped (a length, an enum or an anchored pattern with bounded
 * repetition), every array capped, every object closed. A new unbounded field fails here.
 */


/** An anchored pattern whose every repetition has an upper bound. */
function boundedPattern(pattern: string | undefined): boolean {
  if (!pattern || !pattern.startsWith('^') || !pattern.endsWith('$')) return false;
  const withoutEscapes = pattern.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  return !/[*+]|\{\d+,\}/.test(withoutEscapes);
}

type Node = Record<string, unknown>;

function problems(channel: string, schema: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown, at: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    const where = `${channel} ${at}`;
    if (n.type === 'string' && n.maxLength === undefined && n.enum === undefined && n.const === undefined && !boundedPattern(n.pattern as string | undefined)) {
      found.push(`${where}: string without a bound`);
    }
    if (n.type === 'array' && n.maxItems === undefined) found.push(`${where}: array without maxItems`);
    if (n.type === 'object') {
      const closed = n.additionalProperties === false || (n.propertyNames as Node | undefined)?.enum !== undefined;
      if (!closed) found.push(`${where}: object accepts unknown keys`);
    }
    for (const [key, value] of Object.entries(n)) if (value && typeof value === 'object') walk(value, `${at}/${key}`);
  };
  walk(schema, '');
  return found;
}

describe('IPC input schemas (E-4, H-7)', () => {
  it('gives every channel a zod schema', () => {
    for (const name of CHANNEL_NAMES) expect(contract[name].input, name).toBeInstanceOf(z.ZodType);
  });

  it('caps every string and array and closes every object', () => {
    const found: string[] = [];
    for (const name of CHANNEL_NAMES) {
      const json = z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' });
      found.push(...problems(name, json));
    }
    expect(found).toEqual([]);
  });

  it('the bound check itself catches an unbounded field', () => {
    const loose = z.toJSONSchema(z.object({ a: z.string(), b: z.array(z.number()), c: z.string().regex(/^a+$/) }).strict());
    expect(problems('x', loose)).toHaveLength(3);
    const tight = z.toJSONSchema(z.object({ a: z.string().max(5), b: z.array(z.number()).max(2), c: z.string().regex(/^[a-z]{1,8}$/) }).strict());
    expect(problems('x', tight)).toEqual([]);
  });

  it('refuses a huge or extra-keyed payload before any handler runs', async () => {
    let calls = 0;
    const handlers = new Proxy({}, { get: () => () => void (calls += 1) }) as Handlers;
    const dispatch = createDispatcher(handlers, { error: () => undefined });
    const huge = 'x'.repeat(5_000_000);
    for (const [channel, input] of [
      ['secrets:setKey', { providerId: 'openai', key: huge }],
      ['secrets:setKey', { providerId: huge, key: 'sk-abcdefgh' }],
      ['jobs:addUrl', { url: `https://example.com/${huge}` }],
      ['settings:update', { theme: 'dark', __proto__: { polluted: true }, extra: 1 }],
      ['models:addFromDisk', { path: '/etc/passwd' }],
      ['models:addFromDisk', { path: 'relative/model.gguf' }],
      ['models:addFromDisk', { path: '/tmp/a.gguf\0.txt' }],
    ] as const) {
      expect(await dispatch(channel, input), channel).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(calls).toBe(0);
  });
});
