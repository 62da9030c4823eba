/**
 * Cloud providers against a real server on 127.0.0.1 speaking the OpenAI and Anthropic streaming
 * protocols (STYLE.md 15): success with awkward chunk boundaries, 401, 429 with Retry-After then
 * success, 500 then success, malformed JSON, a stream cut off midway, and the key never appearing
 * in an error.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnthropicProvider, OpenAiCompatibleProvider, SseParser } from '../../src-main/adapters/llm/cloud';
import { LlmError } from '../../src-main/core/llm/llm-provider';
import type { OutboundRequestReport } from '../../src-main/core/models/outbound';
import { json, startScriptedServer, tick, writeInPieces, type Handler, type ScriptedServer } from './scripted-server';

const KEY = 'sk-CANARY-0123456789abcdef';
const OPTS = { maxTokens: 50, timeoutMs: 5000 };
const user = [{ role: 'user' as const, content: 'Say hello' }];

let server: ScriptedServer;
let ledger: OutboundRequestReport[];

beforeEach(async () => {
  server = await startScriptedServer();
  ledger = [];
});
afterEach(async () => server.close());

const transport = () => ({ onRequest: (r: OutboundRequestReport) => ledger.push(r), backoffMs: 5 });

function openai(extra: Partial<ConstructorParameters<typeof OpenAiCompatibleProvider>[0]> = {}) {
  return new OpenAiCompatibleProvider({ preset: 'openai', model: 'gpt-test', apiKey: KEY, baseUrl: `${server.url}/v1`, transport: transport(), ...extra });
}

function anthropic() {
  return new AnthropicProvider({ model: 'claude-test', apiKey: KEY, baseUrl: server.url, transport: transport() });
}

async function collect(iterable: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of iterable) out += chunk;
  return out;
}

async function errorOf(work: Promise<unknown>): Promise<LlmError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof LlmError) return error;
    throw error;
  }
  throw new Error('expected an LlmError');
}

const openAiEvent = (content: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\r\n\r\n`;
const openAiEnd = `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`;

function openAiStream(parts: string[], { end = true, sizes = [1, 7, 3, 13] } = {}): Handler {
  return async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    await writeInPieces(res, `: keep-alive\n\n${parts.map(openAiEvent).join('')}${end ? openAiEnd : ''}`, sizes);
    res.end();
  };
}

const anthropicEvent = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify({ type: event, ...(data as object) })}\n\n`;

function anthropicStream(parts: string[], { stop = true, sizes = [2, 5, 11] } = {}): Handler {
  return async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    const body = [
      anthropicEvent('message_start', { message: { id: 'msg_1', role: 'assistant', content: [] } }),
      anthropicEvent('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
      anthropicEvent('ping', {}),
      ...parts.map((text) => anthropicEvent('content_block_delta', { index: 0, delta: { type: 'text_delta', text } })),
      anthropicEvent('content_block_stop', { index: 0 }),
      anthropicEvent('message_delta', { delta: { stop_reason: 'end_turn' } }),
      ...(stop ? [anthropicEvent('message_stop', {})] : []),
    ].join('');
    await writeInPieces(res, body, sizes);
    res.end();
  };
}

describe('SseParser', () => {
  it('handles CRLF and multi-byte characters split across chunks', () => {
    const parser = new SseParser();
    const bytes = Buffer.from('data: héllo 👋\r\n\r\nevent: x\ndata: a\ndata: b\r\r', 'utf8');
    const events = [];
    for (let i = 0; i < bytes.length; i++) events.push(...parser.pushBytes(bytes.subarray(i, i + 1)));
    expect(events).toEqual([
      { event: 'message', data: 'héllo 👋' },
      { event: 'x', data: 'a\nb' },
    ]);
  });
});

describe('OpenAI-compatible provider', () => {
  it('streams text across awkward chunk boundaries and reports the request to the ledger', async () => {
    server.script(openAiStream(['Hel', 'lo wö', 'rld 👋']));
    const provider = openai();
    expect(await collect(provider.stream(user, { ...OPTS, feature: 'coach' }))).toBe('Hello wörld 👋');
    const sent = server.requests[0]!;
    expect(sent.url).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(JSON.parse(sent.body)).toMatchObject({ model: 'gpt-test', stream: true, max_completion_tokens: 50, messages: user });
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ host: server.host, feature: 'coach' });
    expect(ledger[0]!.bytesOut).toBeGreaterThan(sent.body.length);
    expect(ledger[0]!.bytesIn).toBeGreaterThan(100);
    expect(JSON.stringify(ledger)).not.toContain(KEY);
    expect(provider.info).toEqual({ id: 'openai:gpt-test', kind: 'cloud', label: 'OpenAI · gpt-test', host: server.host });
  });

  it('401 → bad-key, no retry, and the key never appears in the message', async () => {
    server.script(json(401, { error: { message: `Incorrect API key provided: ${KEY}`, code: 'invalid_api_key' } }));
    const error = await errorOf(collect(openai().stream(user, OPTS)));
    expect(error.code).toBe('bad-key');
    expect(error.message).toMatch(/^OpenAI rejected the API key/);
    expect(error.message).not.toContain(KEY);
    expect(server.requests).toHaveLength(1);
  });

  it('429 with Retry-After waits and then succeeds', async () => {
    server.script(json(429, { error: { message: 'Rate limit reached', code: 'rate_limit_exceeded' } }, { 'Retry-After': '0.05' }), openAiStream(['ok']));
    const started = Date.now();
    expect(await collect(openai().stream(user, OPTS))).toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(server.requests).toHaveLength(2);
    expect(ledger).toHaveLength(2);
  });

  it('429 insufficient_quota → quota, without retrying', async () => {
    server.script(json(429, { error: { message: 'You exceeded your current quota', type: 'insufficient_quota', code: 'insufficient_quota' } }));
    const error = await errorOf(collect(openai().stream(user, OPTS)));
    expect(error.code).toBe('quota');
    expect(server.requests).toHaveLength(1);
  });

  it('429 that persists → rate-limited after the retries', async () => {
    server.script(json(429, { error: { message: 'slow down' } }, { 'Retry-After': '0' }));
    const error = await errorOf(collect(openai().stream(user, OPTS)));
    expect(error.code).toBe('rate-limited');
    expect(server.requests).toHaveLength(3);
  });

  it('500 then success', async () => {
    server.script(json(500, { error: { message: `upstream broke near ${KEY}` } }), openAiStream(['fine']));
    expect(await collect(openai().stream(user, OPTS))).toBe('fine');
    expect(server.requests).toHaveLength(2);
  });

  it('500 every time → provider-error, key redacted from the provider text', async () => {
    server.script(json(500, { error: { message: `upstream broke near ${KEY}` } }));
    const error = await errorOf(collect(openai().stream(user, OPTS)));
    expect(error.code).toBe('provider-error');
    expect(error.message).toMatch(/server problem \(HTTP 500\)/);
    expect(error.message).not.toContain(KEY);
  });

  it('400 is not retried', async () => {
    server.script(json(400, { error: { message: 'model not found' } }));
    const error = await errorOf(collect(openai().stream(user, OPTS)));
    expect(error.code).toBe('provider-error');
    expect(error.message).toMatch(/refused the request \(HTTP 400\): model not found/);
    expect(server.requests).toHaveLength(1);
  });

  it('malformed JSON in the stream → provider-error', async () => {
    server.script(async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.end(`${openAiEvent('a')}data: {"choices": [oops\n\n`);
    });
    const error = await errorOf(collect(openai().stream(user, OPTS)));
    expect(error.code).toBe('provider-error');
    expect(error.message).toMatch(/malformed/);
  });

  it('a stream cut off midway → provider-error "stopped before it finished"', async () => {
    server.script(async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write(openAiEvent('partial '));
      await tick(20);
      res.destroy();
    });
    const seen: string[] = [];
    const error = await errorOf((async () => { for await (const c of openai().stream(user, OPTS)) seen.push(c); })());
    expect(seen).toEqual(['partial ']);
    expect(error.code).toBe('provider-error');
    expect(error.message).toMatch(/the response stopped before it finished/);

    server.script(openAiStream(['no end'], { end: false }));
    const cleanEnd = await errorOf(collect(openai().stream(user, OPTS)));
    expect(cleanEnd.message).toMatch(/the response stopped before it finished/);
  });

  it('an unreachable server → network', async () => {
    const address = server.url;
    await server.close();
    const provider = new OpenAiCompatibleProvider({ preset: 'custom', model: 'm', baseUrl: address, transport: { backoffMs: 1 } });
    const error = await errorOf(collect(provider.stream(user, OPTS)));
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/Could not reach OpenAI-compatible/);
    server = await startScriptedServer();
  });

  it('timeout and cancel', async () => {
    server.script(async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write(openAiEvent('slow'));
      await tick(2000);
      res.end();
    });
    const timedOut = await errorOf(collect(openai().stream(user, { maxTokens: 5, timeoutMs: 100 })));
    expect(timedOut.code).toBe('timeout');

    const controller = new AbortController();
    const cancelled = await errorOf((async () => {
      for await (const _ of openai().stream(user, { ...OPTS, signal: controller.signal })) controller.abort();
    })());
    expect(cancelled.code).toBe('cancelled');
  });

  it('generateJson: json_schema response_format, validation and one repair retry', async () => {
    const schema = { type: 'object', properties: { score: { type: 'integer', minimum: 0, maximum: 10 } }, required: ['score'] };
    const reply = (content: string) => json(200, { choices: [{ message: { role: 'assistant', content }, finish_reason: 'stop' }] });
    server.script(reply('{"score": 42}'), reply('```json\n{"score": 7}\n```'));
    expect(await openai().generateJson(user, schema, OPTS)).toEqual({ score: 7 });
    const first = JSON.parse(server.requests[0]!.body);
    expect(first.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'answer', schema, strict: false } });
    expect(first.stream).toBe(false);
    const second = JSON.parse(server.requests[1]!.body);
    expect(second.messages.at(-1).content).toMatch(/score must be ≤ 10/);

    server.script(reply('not json'), reply('{"nope": 1}'));
    const error = await errorOf(openai().generateJson(user, schema, OPTS));
    expect(error.code).toBe('schema-unsatisfied');
    expect(error.message).toMatch(/score is missing/);
  });

  it('generateJson falls back to JSON mode when the server has no json_schema', async () => {
    server.script(
      json(400, { error: { message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model." } }),
      json(200, { choices: [{ message: { content: '{"a": "b"}' }, finish_reason: 'stop' }] }),
    );
    expect(await openai().generateJson(user, { type: 'object' }, OPTS)).toEqual({ a: 'b' });
    const retry = JSON.parse(server.requests[1]!.body);
    expect(retry.response_format).toEqual({ type: 'json_object' });
    expect(retry.messages[0].content).toMatch(/JSON Schema/);
  });

  it('a non-JSON response body → provider-error', async () => {
    server.script((_req, res) => void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"choices": [ truncated'));
    const error = await errorOf(openai().generateJson(user, { type: 'object' }, OPTS));
    expect(error.code).toBe('provider-error');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('embeddings', async () => {
    server.script(json(200, { data: [{ index: 1, embedding: [0, 1] }, { index: 0, embedding: [1, 0] }] }));
    const vectors = await openai({ embeddingModel: 'emb-small' }).embed(['a', 'b'], { timeoutMs: 5000 });
    expect(vectors).toEqual([[1, 0], [0, 1]]);
    expect(server.requests[0]!.url).toBe('/v1/embeddings');
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ model: 'emb-small', input: ['a', 'b'] });
    expect(ledger[0]!.feature).toBe('llm-embed');
  });

  it('Azure: deployment path, api-version and the api-key header', async () => {
    server.script(openAiStream(['hi']));
    const azure = new OpenAiCompatibleProvider({ preset: 'azure', model: 'my-deploy', apiKey: KEY, baseUrl: server.url, transport: transport() });
    expect(await collect(azure.stream(user, OPTS))).toBe('hi');
    const sent = server.requests[0]!;
    expect(sent.url).toBe('/openai/deployments/my-deploy/chat/completions?api-version=2024-10-21');
    expect(sent.headers['api-key']).toBe(KEY);
    expect(sent.headers.authorization).toBeUndefined();
    expect(JSON.parse(sent.body).max_tokens).toBe(50);
  });

  it('presets: local servers need no key; hosted ones do', () => {
    expect(new OpenAiCompatibleProvider({ preset: 'ollama', model: 'qwen2.5' }).info.host).toBe('127.0.0.1:11434');
    expect(new OpenAiCompatibleProvider({ preset: 'lmstudio', model: 'x' }).info.host).toBe('127.0.0.1:1234');
    expect(new OpenAiCompatibleProvider({ preset: 'groq', model: 'x', apiKey: KEY }).info.host).toBe('api.groq.com');
    expect(new OpenAiCompatibleProvider({ preset: 'openrouter', model: 'x', apiKey: KEY }).info.host).toBe('openrouter.ai');
    expect(() => new OpenAiCompatibleProvider({ preset: 'openai', model: 'x' })).toThrow(/needs an API key/);
    expect(() => new OpenAiCompatibleProvider({ preset: 'azure', model: 'x', apiKey: KEY })).toThrow(/needs the address/);
  });
});

describe('Anthropic provider', () => {
  it('streams text_delta events and sends the right headers', async () => {
    server.script(anthropicStream(['Hi ', 'thére', ' 🙂']));
    const provider = anthropic();
    const messages = [{ role: 'system' as const, content: 'Be kind.' }, ...user];
    expect(await collect(provider.stream(messages, OPTS))).toBe('Hi thére 🙂');
    const sent = server.requests[0]!;
    expect(sent.url).toBe('/v1/messages');
    expect(sent.headers['x-api-key']).toBe(KEY);
    expect(sent.headers['anthropic-version']).toBe('2023-06-01');
    expect(JSON.parse(sent.body)).toMatchObject({ model: 'claude-test', max_tokens: 50, stream: true, system: 'Be kind.', messages: user });
    expect(ledger[0]).toMatchObject({ host: server.host, feature: 'llm-generate' });
  });

  it('401 → bad-key', async () => {
    server.script(json(401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }));
    const error = await errorOf(collect(anthropic().stream(user, OPTS)));
    expect(error.code).toBe('bad-key');
    expect(error.message).toMatch(/^Anthropic rejected the API key/);
  });

  it('429 with Retry-After, then 529 overloaded, then success', async () => {
    server.script(
      json(429, { type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } }, { 'retry-after': '0' }),
      json(529, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }),
      anthropicStream(['done']),
    );
    expect(await collect(anthropic().stream(user, OPTS))).toBe('done');
    expect(server.requests).toHaveLength(3);
  });

  it('an error event mid-stream, malformed data, and a cut-off stream are provider errors', async () => {
    server.script(async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.end(`${anthropicEvent('message_start', {})}${anthropicEvent('error', { error: { type: 'overloaded_error', message: 'Overloaded' } })}`);
    });
    const overloaded = await errorOf(collect(anthropic().stream(user, OPTS)));
    expect(overloaded.code).toBe('provider-error');
    expect(overloaded.message).toMatch(/overloaded_error/);

    server.script((_req, res) => void res.writeHead(200, { 'Content-Type': 'text/event-stream' }).end('event: message_start\ndata: {not json}\n\n'));
    expect((await errorOf(collect(anthropic().stream(user, OPTS)))).message).toMatch(/malformed/);

    server.script(anthropicStream(['half'], { stop: false }));
    expect((await errorOf(collect(anthropic().stream(user, OPTS)))).message).toMatch(/stopped before it finished/);
  });

  it('generateJson through a forced tool call', async () => {
    server.script(json(200, { content: [{ type: 'tool_use', id: 't1', name: 'answer', input: { ok: true } }], stop_reason: 'tool_use' }));
    const schema = { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] };
    expect(await anthropic().generateJson(user, schema, OPTS)).toEqual({ ok: true });
    const body = JSON.parse(server.requests[0]!.body);
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'answer' });
    expect(body.tools[0].input_schema).toEqual(schema);
  });

  it('has no embeddings', async () => {
    expect((await errorOf(anthropic().embed())).message).toMatch(/does not offer embeddings/);
  });
});
