/**
 * Cloud providers through the app's wiring, against a real OpenAI-compatible server on 127.0.0.1
 * (STYLE.md 15): nothing is sent without consent for the provider's host; with consent and a key
 * the call goes through, streams chunks, records host and sizes (no content) in the ledger; and the
 * key never lands in the data folder, the database (and its WAL), the ledger or any result (S-5).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SavedCoverLetter } from '../../src-preload/contract';
import type { FeedbackResult } from '../../src-preload/contract/coach.types';
import { tempDir } from '../helpers/temp-dir';
import { json, startScriptedServer, writeInPieces, type Handler, type ScriptedServer } from '../llm/scripted-server';
import { addSampleJob, aiHarness, importSampleResume, type AiHarness } from './ai-helpers';

let h: AiHarness;
let server: ScriptedServer;
let resumeId: number;
let jobId: number;

const KEY = `sk-CANARY-${randomUUID()}`;

const event = (content: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
const end = `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`;

function chatStream(parts: string[]): Handler {
  return async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    await writeInPieces(res, `${parts.map(event).join('')}${end}`, [9, 31, 4]);
    res.end();
  };
}

const LETTER = [
  'Dear Globex hiring team,\n\n',
  'I am a Senior Software Engineer at Initech, where I led a team of 8 engineers to ship the payments platform in Go. ',
  'I reduced infrastructure costs by 25% by migrating services to Kubernetes.\n\n',
  'Sincerely,\nAda Example',
];

beforeEach(async () => {
  server = await startScriptedServer();
  h = await aiHarness();
  resumeId = await importSampleResume(h.services);
  jobId = await addSampleJob(h.services);
});
afterEach(async () => {
  await h.services.dispose();
  await server.close();
});

async function setUpProvider(): Promise<string> {
  const provider = await h.call('providers:save', { kind: 'openai', baseUrl: `${server.url}/v1`, model: 'gpt-test' });
  expect(provider).toMatchObject({ id: 'openai', host: server.host, requiresKey: true, consent: null });
  await h.call('ai:updateSettings', { features: { coverLetter: { cloud: provider.id }, feedback: { cloud: provider.id } } });
  return provider.id;
}

describe('cloud providers: consent, keys, ledger', () => {
  it('refuses with consent-required before sending anything, and again after consent is revoked', async () => {
    const providerId = await setUpProvider();
    expect((await h.call('secrets:setKey', { providerId, key: KEY })).hasKey).toBe(true);
    const status = await h.call('ai:status');
    expect(status.find((s) => s.feature === 'coverLetter')).toMatchObject({ effective: 'cloud', needsConsent: true });

    const refused = await h.result('coach:coverLetter', { jobId, tone: 'warm', length: 'short' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'consent-required', message: expect.stringContaining(server.host) } });
    expect(await h.result('coach:feedback', { resumeId })).toMatchObject({ ok: false, error: { code: 'consent-required' } });
    expect(server.requests).toHaveLength(0);
    expect(h.events.filter((e) => e.channel === 'task:event')).toHaveLength(0);

    await h.call('consent:grant', { providerId });
    await h.call('consent:revoke', { providerId });
    expect(await h.result('coach:coverLetter', { jobId, tone: 'warm', length: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'consent-required' },
    });
    // The offline coach is always available instead.
    const { taskId } = await h.call('coach:coverLetter', { jobId, tone: 'warm', length: 'short', offline: true });
    expect((await h.waitForTask(taskId)).item).toMatchObject({ ok: true, value: { producedBy: 'offline' } });
    expect(server.requests).toHaveLength(0);
    expect(await h.call('ledger:list')).toEqual([]);
  });

  it('asks for a key when the provider needs one, and consent follows the host', async () => {
    const providerId = await setUpProvider();
    await h.call('consent:grant', { providerId });
    expect(await h.result('coach:coverLetter', { jobId, tone: 'warm', length: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'key-required' },
    });
    expect(await h.call('secrets:hasKey', { providerId })).toEqual({ hasKey: false });
    // Pointing the provider at another host withdraws the consent given for the old one.
    const moved = await h.call('providers:save', {
      id: providerId,
      kind: 'openai',
      baseUrl: 'https://llm.example.org/v1',
      model: 'gpt-test',
    });
    expect(moved.consent).toBeNull();
    expect(await h.result('secrets:setKey', { providerId: 'nope', key: KEY })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await h.result('secrets:setKey', { providerId, key: 'has spaces in it' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('with consent and a key: streams a cover letter, records the ledger without content, and never stores the key', async () => {
    const providerId = await setUpProvider();
    await h.call('secrets:setKey', { providerId, key: KEY });
    await h.call('consent:grant', { providerId });
    server.script(chatStream(LETTER), chatStream(['Your resume is strong. ', 'Add a summary.']));

    const { taskId } = await h.call('coach:coverLetter', { jobId, tone: 'professional', length: 'short' });
    const outcome = await h.waitForTask(taskId);
    expect(outcome.item).toMatchObject({ ok: true });
    const letter = (outcome.item as { ok: true; value: SavedCoverLetter }).value;
    expect(letter.producedBy).toEqual({ provider: 'OpenAI · gpt-test' });
    expect(outcome.chunks.join('')).toBe(LETTER.join(''));
    expect(letter.text).toBe(LETTER.join('').trim());
    expect(letter.flagged).toEqual([]);

    const feedbackTask = await h.call('coach:feedback', { resumeId });
    const feedback = await h.waitForTask(feedbackTask.taskId);
    expect((feedback.item as { ok: true; value: FeedbackResult }).value).toMatchObject({
      narrative: 'Your resume is strong. Add a summary.',
      producedBy: { provider: 'OpenAI · gpt-test' },
    });

    // The key went to the provider, in a header only.
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(server.requests[0]!.body).toContain('Initech');
    expect(server.requests[0]!.body).not.toContain(KEY);

    const ledger = await h.call('ledger:list');
    expect(ledger.map((e) => [e.host, e.feature])).toEqual([
      [server.host, 'feedback'],
      [server.host, 'coverLetter'],
    ]);
    for (const entry of ledger) {
      expect(entry.bytesOut).toBeGreaterThan(server.requests[0]!.body.length / 2);
      expect(entry.bytesIn).toBeGreaterThan(0);
    }
    const ledgerRows = JSON.stringify(h.services.store.sqlite.prepare('SELECT * FROM ledger').all());
    expect(ledgerRows).not.toMatch(/Initech|Globex|Ada|gpt-test|Bearer|CANARY/);

    // S-5 canary: nothing the app wrote or returned holds the key.
    await h.call('letters:export', { id: letter.id, format: 'docx' });
    expect(JSON.stringify(h.events)).not.toContain(KEY);
    expect(JSON.stringify(await h.call('providers:list'))).not.toContain(KEY);
    expect(await h.call('secrets:hasKey', { providerId })).toEqual({ hasKey: true });
    const grep = spawnSync('grep', ['-rFal', KEY, h.dataDir], { encoding: 'utf8' });
    expect(grep.stdout).toBe('');
    expect(grep.status).toBe(1); // 1 = searched everything, no match
    // Positive control: the same grep does find the key when it is on disk.
    const control = tempDir();
    fs.writeFileSync(path.join(control, 'control.bin'), Buffer.concat([Buffer.from([0, 1]), Buffer.from(KEY)]));
    expect(spawnSync('grep', ['-rFal', KEY, control]).status).toBe(0);
    const files = spawnSync('find', [h.dataDir, '-name', 'pathwise.db*'], { encoding: 'utf8' }).stdout;
    expect(files).toMatch(/pathwise\.db-wal/);
  });

  it('maps a rejected key to bad-key in the task result without echoing it', async () => {
    const providerId = await setUpProvider();
    await h.call('secrets:setKey', { providerId, key: KEY });
    await h.call('consent:grant', { providerId });
    server.script(json(401, { error: { message: `Incorrect API key provided: ${KEY}`, code: 'invalid_api_key' } }));
    const { taskId } = await h.call('coach:coverLetter', { jobId, tone: 'professional', length: 'short' });
    const outcome = await h.waitForTask(taskId);
    expect(outcome.item).toMatchObject({ ok: false, error: { code: 'bad-key' } });
    expect(JSON.stringify(outcome)).not.toContain(KEY);
    expect(await h.call('letters:list', { jobId })).toEqual([]);
    expect((await h.call('ledger:list'))[0]).toMatchObject({ host: server.host, feature: 'coverLetter' });
  });

  it('never follows a redirect: the resume text and the key stay away from the other host', async () => {
    const providerId = await setUpProvider();
    await h.call('secrets:setKey', { providerId, key: KEY });
    await h.call('consent:grant', { providerId });
    const elsewhere = await startScriptedServer();
    try {
      elsewhere.script(chatStream(LETTER));
      server.script((_req, res) => void res.writeHead(307, { Location: `${elsewhere.url}/v1/chat/completions` }).end());
      const { taskId } = await h.call('coach:coverLetter', { jobId, tone: 'professional', length: 'short' });
      const outcome = await h.waitForTask(taskId);
      expect(outcome.item).toMatchObject({ ok: false, error: { message: expect.stringContaining(`redirect to ${elsewhere.host}`) } });
      expect(server.requests).toHaveLength(1);
      expect(elsewhere.requests).toHaveLength(0);
      expect(await h.call('letters:list', { jobId })).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it('cancelling the task stops the stream and saves nothing (the page closed)', async () => {
    const providerId = await setUpProvider();
    await h.call('secrets:setKey', { providerId, key: KEY });
    await h.call('consent:grant', { providerId });
    let closed = false;
    server.script(async (req, res) => {
      req.socket.on('close', () => void (closed = true));
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write(event('Dear Globex hiring team, '));
      await new Promise((resolve) => setTimeout(resolve, 10_000)); // never finishes on its own
      res.end();
    });
    const { taskId } = await h.call('coach:coverLetter', { jobId, tone: 'warm', length: 'long' });
    while (!h.events.some((e) => e.channel === 'coach:chunk')) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await h.call('task:cancel', { taskId })).toEqual({ cancelled: true });
    const outcome = await h.waitForTask(taskId);
    expect(outcome).toMatchObject({ cancelled: true, item: null, chunks: ['Dear Globex hiring team, '] });
    expect(await h.call('letters:list', { jobId })).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(true);
  });

  it('removing a provider deletes its key and consent and sends its features back to local', async () => {
    const providerId = await setUpProvider();
    await h.call('secrets:setKey', { providerId, key: KEY });
    await h.call('consent:grant', { providerId });
    expect(await h.call('providers:remove', { id: providerId })).toEqual({ removed: true });
    expect(await h.call('providers:list')).toEqual([]);
    expect(await h.call('consent:list')).toEqual([]);
    expect((await h.call('ai:getSettings')).features).toEqual({ feedback: 'local', tailoring: 'local', coverLetter: 'local' });
    expect(await h.call('secrets:hasKey', { providerId })).toEqual({ hasKey: false });
    expect((await h.call('secrets:status')).backend).toBe('session-only');
    expect(await h.result('ai:updateSettings', { features: { tailoring: { cloud: providerId } } })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('lists presets for the provider form', async () => {
    const presets = await h.call('providers:presets');
    expect(presets.map((p) => p.kind)).toEqual(['openai', 'azure', 'groq', 'openrouter', 'ollama', 'lmstudio', 'custom', 'anthropic']);
    expect(presets.find((p) => p.kind === 'azure')).toMatchObject({ needsBaseUrl: true, needsApiVersion: true, requiresKey: true });
    expect(await h.result('providers:save', { kind: 'azure', model: 'gpt-4o' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    // A key never travels in clear text to another computer; keyless local servers may use http.
    expect(await h.result('providers:save', { kind: 'openai', baseUrl: 'http://llm.example.org/v1', model: 'm' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/https/) },
    });
    expect(await h.call('providers:save', { kind: 'ollama', baseUrl: 'http://192.168.1.20:11434/v1', model: 'llama3.2' })).toMatchObject({
      id: 'ollama',
      host: '192.168.1.20:11434',
      runsLocally: false,
    });
    expect(await h.result('providers:save', { kind: 'openai', baseUrl: 'file:///etc/passwd', model: 'm' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
