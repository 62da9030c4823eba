/**
 * The 'local' choice through the app's wiring with the real llama.cpp and a tiny random-weight
 * GGUF (tests/helpers/tiny-gguf.ts): nothing is imported until a feature runs, then the feature
 * streams from the active model and says so. The text is gibberish; the wiring is what is tested.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LlamaRuntime } from '../../src-main/adapters/llm/local';
import type { InstalledModelView } from '../../src-preload/contract';
import type { FeedbackResult } from '../../src-preload/contract/coach.types';
import { tempDir } from '../helpers/temp-dir';
import { buildTinyLlamaGguf } from '../helpers/tiny-gguf';
import { aiHarness, importSampleResume, type AiHarness } from './ai-helpers';

let h: AiHarness;
let runtime: LlamaRuntime;

beforeEach(async () => {
  runtime = new LlamaRuntime({ gpu: false, idleUnloadMs: 0 });
  h = await aiHarness({ llamaRuntime: runtime });
});
afterEach(async () => {
  await h.services.dispose();
  await runtime.dispose();
});

describe('local model through the app', () => {
  it('loads lazily on first use and streams feedback produced by the local model', async () => {
    const file = path.join(tempDir(), 'tiny.gguf');
    fs.writeFileSync(file, buildTinyLlamaGguf({ contextLength: 16_384 }));
    const added = await h.waitForTask((await h.call('models:addFromDisk', { path: file })).taskId);
    const model = (added.item as { ok: true; value: InstalledModelView }).value;
    await h.call('models:setActive', { id: model.id });
    const resumeId = await importSampleResume(h.services);
    expect(runtime.libraryLoaded).toBe(false);

    const { taskId } = await h.call('coach:feedback', { resumeId });
    const outcome = await h.waitForTask(taskId);
    expect(outcome.item).toMatchObject({ ok: true });
    const feedback = (outcome.item as { ok: true; value: FeedbackResult }).value;
    expect(feedback.producedBy).toEqual({ provider: 'Local · pathwise-tiny-random' });
    expect(outcome.chunks.join('').trim()).toBe(feedback.narrative);
    expect(runtime.libraryLoaded).toBe(true);
    // Nothing left the machine.
    expect(await h.call('ledger:list')).toEqual([]);
  }, 120_000);
});
