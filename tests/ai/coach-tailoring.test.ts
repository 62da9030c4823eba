/**
 * Tailoring as a cancellable task through the app's wiring (dispatcher, real SQLite in a temp
 * folder, real extraction worker): `coach:tailor` answers with a task id at once, progress arrives
 * per step and per suggestion checked, item 0 carries the result. The model path runs the real
 * OpenAI-compatible adapter against a real HTTP server on 127.0.0.1 (STYLE.md 15), so Stop is
 * shown to close the request, and a corrupt local model file to fail with a clear error.
 * A stopped run gives no result, creates no version and leaves the resume as it was.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InstalledModelView, TaskEvent } from '../../src-preload/contract';
import type { TailoringResult } from '../../src-preload/contract/coach.types';
import { tempDir } from '../helpers/temp-dir';
import { buildTinyLlamaGguf } from '../helpers/tiny-gguf';
import { json, startScriptedServer, type ScriptedServer } from '../llm/scripted-server';
import { addSampleJob, aiHarness, importSampleResume, type AiHarness } from './ai-helpers';

let h: AiHarness;
let server: ScriptedServer;
let resumeId: number;
let jobId: number;

const KEY = `sk-test-${randomUUID()}`;

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

const progressOf = (events: TaskEvent[]) => events.filter((e): e is Extract<TaskEvent, { type: 'progress' }> => e.type === 'progress');

async function useCloudForTailoring(): Promise<void> {
  const provider = await h.call('providers:save', { kind: 'openai', baseUrl: `${server.url}/v1`, model: 'gpt-test' });
  await h.call('ai:updateSettings', { features: { tailoring: { cloud: provider.id } } });
  await h.call('secrets:setKey', { providerId: provider.id, key: KEY });
  await h.call('consent:grant', { providerId: provider.id });
}

/** What a stopped or failed run must leave: the one resume, byte for byte, and no tailored version. */
function resumeRows(): unknown[] {
  return h.services.store.sqlite.prepare('SELECT * FROM resumes ORDER BY id').all();
}

describe('coach:tailor as a task', () => {
  it('offline: answers with a task id at once, reports progress per suggestion, and gives the result as item 0', async () => {
    const started = await h.call('coach:tailor', { resumeId, jobId });
    expect(Object.keys(started)).toEqual(['taskId']);
    const outcome = await h.waitForTask(started.taskId);
    expect(outcome.cancelled).toBe(false);
    expect(outcome.chunks).toEqual([]);
    expect(outcome.item).toMatchObject({ ok: true, value: { producedBy: 'offline', jobTitle: 'Staff Backend Engineer' } });
    const result = (outcome.item as { ok: true; value: TailoringResult }).value;
    const count = result.suggestions.length + result.unsupported.length;
    expect(count).toBeGreaterThan(0);
    const progress = progressOf(outcome.events);
    expect(progress.every((p) => p.kind === 'coach:tailor')).toBe(true);
    expect(progress.filter((p) => p.message.startsWith('Checking suggestion'))).toHaveLength(count);
    expect(progress.at(-1)).toMatchObject({ message: 'Done', done: 2 * count, total: 2 * count });
    // Nothing is applied by asking for suggestions.
    expect(await h.call('resumes:list')).toHaveLength(1);
  });

  it('model: sends the prompt to the provider, checks each suggestion, and keeps invented claims out of the offer', async () => {
    await useCloudForTailoring();
    const answer = {
      suggestions: [
        { path: 'work[0].highlights[3]', suggested: 'Directed 8 engineers who shipped the Go payments platform', reason: 'Leadership' },
        {
          path: 'work[0].highlights[2]',
          suggested: 'Cut infrastructure costs by 40% by moving services to Kubernetes',
          reason: 'Stronger',
        },
      ],
    };
    server.script(json(200, { choices: [{ message: { role: 'assistant', content: JSON.stringify(answer) }, finish_reason: 'stop' }] }));
    const { taskId } = await h.call('coach:tailor', { resumeId, jobId });
    const outcome = await h.waitForTask(taskId);
    expect(outcome.item).toMatchObject({ ok: true });
    const result = (outcome.item as { ok: true; value: TailoringResult }).value;
    expect(result.producedBy).toEqual({ provider: 'OpenAI · gpt-test' });
    expect(result.suggestions.map((s) => s.suggested)).toEqual(['Directed 8 engineers who shipped the Go payments platform']);
    expect(result.unsupported.map((s) => s.claims.map((c) => c.text))).toEqual([['40%']]);
    // Leave out the "… N s" heartbeat a slow machine may add while the model writes.
    const steps = progressOf(outcome.events).filter((p) => !/… \d+ s$/.test(p.message));
    expect(steps.map((p) => p.message)).toEqual([
      'Reading your resume and the posting…',
      'Writing suggestions with OpenAI · gpt-test…',
      'Checking suggestion 1 of 2 against your resume…',
      'Checking suggestion 2 of 2 against your resume…',
      'Done',
    ]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.body).toContain('Initech');
    // Main still re-checks grounding when suggestions come back: the invented 40% cannot be applied.
    const forged = { ...result.unsupported[0]!, grounded: true, claims: [] };
    expect(await h.result('coach:applySuggestions', { resumeId, jobId, suggestionIds: [forged.id], suggestions: [forged] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('Stop closes the model request promptly; the run gives no result and nothing is applied', async () => {
    await useCloudForTailoring();
    let closed = false;
    let asked!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    server.script(async (req, res) => {
      req.socket.on('close', () => void (closed = true));
      asked();
      await new Promise((resolve) => setTimeout(resolve, 10_000)); // the model never finishes on its own
      res.destroy();
    });
    const before = resumeRows();
    const { taskId } = await h.call('coach:tailor', { resumeId, jobId });
    await requested;
    const stoppedAt = Date.now();
    expect(await h.call('task:cancel', { taskId })).toEqual({ cancelled: true });
    const outcome = await h.waitForTask(taskId);
    expect(Date.now() - stoppedAt).toBeLessThan(2_000);
    expect(outcome).toMatchObject({ cancelled: true, item: null, chunks: [] });
    expect(progressOf(outcome.events).map((p) => p.message)).not.toContain('Done');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(true);
    expect(resumeRows()).toEqual(before);
    expect(await h.call('resumes:list')).toHaveLength(1);
    // Cancelling again is a no-op, and a fresh run works.
    expect(await h.call('task:cancel', { taskId })).toEqual({ cancelled: false });
    const again = await h.waitForTask((await h.call('coach:tailor', { resumeId, jobId, offline: true })).taskId);
    expect(again.item).toMatchObject({ ok: true, value: { producedBy: 'offline' } });
  });

  it('refuses before starting a task when consent is missing, and for a resume that does not exist', async () => {
    await useCloudForTailoring();
    const providerId = (await h.call('providers:list'))[0]!.id;
    await h.call('consent:revoke', { providerId });
    expect(await h.result('coach:tailor', { resumeId, jobId })).toMatchObject({ ok: false, error: { code: 'consent-required' } });
    expect(await h.result('coach:tailor', { resumeId: 999, jobId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(h.events.filter((e) => e.channel === 'task:event')).toHaveLength(0);
    expect(server.requests).toHaveLength(0);
  });

  it('a local model that fails to load ends the task with model-invalid and says so; nothing changes', async () => {
    const file = path.join(tempDir(), 'tiny.gguf');
    fs.writeFileSync(file, buildTinyLlamaGguf());
    const added = await h.waitForTask((await h.call('models:addFromDisk', { path: file })).taskId);
    const model = (added.item as { ok: true; value: InstalledModelView }).value;
    await h.call('models:setActive', { id: model.id });
    // The file is damaged after it was added (a bad disk, another program writing to it).
    const installed = h.services.ai.registry.get(model.id)!;
    fs.writeFileSync(installed.path, Buffer.from('GGUF but then not a model at all'));
    const before = resumeRows();

    const outcome = await h.waitForTask((await h.call('coach:tailor', { resumeId, jobId })).taskId);
    expect(outcome.cancelled).toBe(false);
    expect(outcome.item).toEqual({
      ok: false,
      error: {
        code: 'model-invalid',
        message: expect.stringMatching(
          /^The local model could not be loaded for tailoring: .*not a usable model.*No suggestions were made/,
        ),
      },
    });
    expect(resumeRows()).toEqual(before);
  }, 60_000);
});
