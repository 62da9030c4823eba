/**
 * Tailoring as a task through the real TaskRunner: progress per step and per suggestion, the same
 * result the direct functions give, Stop aborting the model call through its signal (and no result
 * at all for a stopped run), and clear errors. The model is scripted (no model runs in unit tests;
 * tests/ai/coach-tailoring.test.ts drives real providers through the app).
 */
import { describe, expect, it } from 'vitest';
import type { TailoringResult } from '../../../src-preload/contract/coach.types';
import type { TaskEvent } from '../../../src-preload/contract/tasks.contract';
import { LlmError, type JsonSchema, type LlmCallOptions, type LlmMessage } from '../llm/llm-provider';
import { TaskRunner } from '../tasks/task-runner';
import { llmTailoring, offlineTailoring } from './tailoring';
import { runTailoringTask, type TailoringSource } from './tailoring-task';
import { NOW, sampleJob, sampleProfile } from './testing/fixtures';
import { ScriptedLlmProvider } from './testing/scripted-llm-provider';

const input = () => ({ profile: sampleProfile(), job: sampleJob(), now: NOW });

const MODEL_ANSWER = {
  suggestions: [
    { path: 'work[0].highlights[0]', suggested: 'Designed the REST APIs used by 3 mobile apps', reason: 'Stronger verb.' },
    { path: 'work[0].highlights[3]', suggested: 'Led a team of 12 engineers to ship the payments platform in Go', reason: 'Bigger.' },
    { path: 'work[9].highlights[0]', suggested: 'Nothing there', reason: 'Unknown line.' },
  ],
};

function harness() {
  const events: TaskEvent[] = [];
  const runner = new TaskRunner({ emit: (channel, payload) => channel === 'task:event' && events.push(payload as TaskEvent) });
  const start = (source: TailoringSource) => runner.start('coach:tailor', (ctx) => runTailoringTask(ctx, input(), source)).taskId;
  const finished = async (taskId: string) => {
    for (let i = 0; i < 500 && !events.some((e) => e.taskId === taskId && e.type === 'finished'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const mine = events.filter((e) => e.taskId === taskId);
    return {
      progress: mine.filter((e): e is Extract<TaskEvent, { type: 'progress' }> => e.type === 'progress'),
      items: mine.filter((e): e is Extract<TaskEvent, { type: 'item' }> => e.type === 'item'),
      finished: mine.find((e): e is Extract<TaskEvent, { type: 'finished' }> => e.type === 'finished'),
    };
  };
  return { runner, events, start, finished };
}

/**
 * A model that only answers when told to. By default it stops when its signal aborts, like the real
 * adapters; `obeysSignal: false` plays one that answers anyway.
 */
class HeldProvider extends ScriptedLlmProvider {
  signal: AbortSignal | undefined;
  answered = false;
  private answer: (() => void) | null = null;
  readonly asked: Promise<void>;
  private markAsked!: () => void;

  constructor(private readonly obeysSignal = true) {
    super([]);
    this.asked = new Promise((resolve) => (this.markAsked = resolve));
  }

  release(): void {
    this.answer?.();
  }

  override generateJson<T>(_messages: LlmMessage[], _schema: JsonSchema, options: LlmCallOptions): Promise<T> {
    this.signal = options.signal;
    this.markAsked();
    return new Promise<T>((resolve, reject) => {
      this.answer = () => {
        this.answered = true;
        resolve(MODEL_ANSWER as T);
      };
      if (this.obeysSignal)
        options.signal?.addEventListener('abort', () => reject(new LlmError('cancelled', 'Cancelled.')), { once: true });
    });
  }
}

describe('tailoring as a task', () => {
  it('offline: reports each step and each suggestion checked, then gives the same result as the direct path as item 0', async () => {
    const h = harness();
    const out = await h.finished(h.start({ mode: 'offline' }));
    const expected = offlineTailoring(input());
    const count = expected.suggestions.length + expected.unsupported.length;
    expect(out.items).toHaveLength(1);
    expect(out.items[0]).toMatchObject({ index: 0, result: { ok: true, value: expected } });
    expect(out.finished).toMatchObject({ cancelled: false });
    expect(out.progress.map((p) => p.message)).toEqual([
      'Reading your resume and the posting…',
      'Finding changes with the offline coach…',
      ...Array.from({ length: count }, (_, i) => `Checking suggestion ${i + 1} of ${count} against your resume…`),
      'Done',
    ]);
    const last = out.progress.at(-1)!;
    expect([last.done, last.total]).toEqual([2 * count, 2 * count]);
    expect(out.progress.slice(2, -1).map((p) => [p.done, p.total])).toEqual(
      Array.from({ length: count }, (_, i) => [count + i, 2 * count]),
    );
    // The bar only moves forward.
    const fractions = out.progress.map((p) => p.done / p.total);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('model: passes the task signal and limits to the model, checks each suggestion and keeps the grounding split', async () => {
    const h = harness();
    const provider = new ScriptedLlmProvider([{ json: MODEL_ANSWER }]);
    const out = await h.finished(h.start({ mode: 'model', provider, call: { timeoutMs: 5_000, maxTokens: 900 } }));
    expect(provider.calls[0]?.options).toMatchObject({ timeoutMs: 5_000, maxTokens: 900, signal: expect.any(AbortSignal) });
    const direct = await llmTailoring(new ScriptedLlmProvider([{ json: MODEL_ANSWER }]), input());
    const result = (out.items[0]?.result as { ok: true; value: TailoringResult }).value;
    expect(result).toEqual(direct);
    expect(result.producedBy).toEqual({ provider: 'Scripted test model' });
    expect(result.suggestions.map((s) => s.target.path)).toEqual(['work[0].highlights[0]']);
    // The invented "12 engineers" is listed as unsupported, never offered.
    expect(result.unsupported.map((s) => s.claims.map((c) => c.text))).toEqual([['12']]);
    expect(result.droppedCount).toBe(1);
    expect(out.progress.map((p) => p.message)).toEqual([
      'Reading your resume and the posting…',
      'Writing suggestions with Scripted test model…',
      'Checking suggestion 1 of 2 against your resume…',
      'Checking suggestion 2 of 2 against your resume…',
      'Done',
    ]);
  });

  it('Stop aborts the model call at once: the task ends cancelled with no result', async () => {
    const h = harness();
    const provider = new HeldProvider();
    const taskId = h.start({ mode: 'model', provider, call: { timeoutMs: 60_000 } });
    await provider.asked;
    const stoppedAt = Date.now();
    expect(h.runner.cancel(taskId)).toBe(true);
    expect(provider.signal?.aborted).toBe(true);
    const out = await h.finished(taskId);
    expect(Date.now() - stoppedAt).toBeLessThan(1_000);
    expect(out.finished).toMatchObject({ cancelled: true });
    expect(out.items).toEqual([]);
    expect(provider.answered).toBe(false);
    expect(out.progress.map((p) => p.message)).not.toContain('Done');
    expect(h.runner.size).toBe(0);
  });

  it('while the model writes, says how long it has been working, so a slow model does not look stuck', async () => {
    const h = harness();
    const provider = new HeldProvider();
    const taskId = h.start({ mode: 'model', provider, call: { timeoutMs: 60_000 } });
    await provider.asked;
    await new Promise((resolve) => setTimeout(resolve, 1_150));
    provider.release();
    const out = await h.finished(taskId);
    const writing = out.progress.filter((p) => p.message.startsWith('Writing suggestions'));
    expect(writing.map((p) => p.message)).toEqual([
      'Writing suggestions with Scripted test model…',
      'Writing suggestions with Scripted test model… 1 s',
    ]);
    expect(writing.every((p) => p.done === 1 && p.total === 2)).toBe(true);
    expect(out.items[0]?.result).toMatchObject({ ok: true });
  });

  it('a model that answers after Stop anyway still gives no result', async () => {
    const h = harness();
    const provider = new HeldProvider(false);
    const taskId = h.start({ mode: 'model', provider, call: { timeoutMs: 60_000 } });
    await provider.asked;
    h.runner.cancel(taskId);
    provider.release();
    const out = await h.finished(taskId);
    expect(provider.answered).toBe(true);
    expect(out.finished).toMatchObject({ cancelled: true });
    expect(out.items).toEqual([]);
    expect(out.progress.map((p) => p.message).filter((m) => m.startsWith('Checking') || m === 'Done')).toEqual([]);
  });

  it('a Stop that lands while suggestions are being checked still sends no result', async () => {
    const h = harness();
    let taskId = '';
    h.events.length = 0;
    const runner = new TaskRunner({
      emit: (channel, payload) => {
        if (channel !== 'task:event') return;
        const event = payload as TaskEvent;
        h.events.push(event);
        if (event.type === 'progress' && event.message.startsWith('Checking suggestion 1 of')) runner.cancel(taskId);
      },
    });
    taskId = runner.start('coach:tailor', (ctx) => runTailoringTask(ctx, input(), { mode: 'offline' })).taskId;
    const out = await h.finished(taskId);
    expect(out.finished).toMatchObject({ cancelled: true });
    expect(out.items).toEqual([]);
    expect(out.progress.filter((p) => p.message.startsWith('Checking'))).toHaveLength(1);
  });

  it.each([
    [
      new LlmError('timeout', 'The local model did not finish within 300 s.'),
      'timeout',
      /^The local model did not finish within 300 s\. No suggestions were made and your resume is unchanged\./,
    ],
    [
      new LlmError('model-invalid', 'tiny.gguf is not a usable model: its header is corrupt.'),
      'model-invalid',
      /^The local model could not be loaded for tailoring: tiny\.gguf is not a usable model: its header is corrupt\./,
    ],
    [
      new LlmError('no-model', 'The model file tiny.gguf does not exist.'),
      'no-model',
      /could not be loaded for tailoring: The model file tiny\.gguf does not exist\./,
    ],
    [
      new LlmError('schema-unsatisfied', 'The answer did not match.'),
      'llm-failed',
      /^The model's answer could not be used as suggestions: The answer did not match\./,
    ],
    [new LlmError('cancelled', 'Cancelled.'), 'cancelled', /^Tailoring was stopped before it finished\./],
    [new LlmError('network', 'Could not reach api.example.com.'), 'network', /^Could not reach api\.example\.com\.$/],
  ])('a failing model (%s) gives item 0 an error with its own code and a clear message', async (error, code, message) => {
    const h = harness();
    const out = await h.finished(h.start({ mode: 'model', provider: new ScriptedLlmProvider([{ error }]), call: {} }));
    expect(out.items).toHaveLength(1);
    expect(out.items[0]?.result).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
    expect(out.finished).toMatchObject({ cancelled: false });
  });
});
