import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackResult, SavedCoverLetter, TailoringResult, TaskEvent } from '../../../src-preload/contract';
import { fakeMain, flush, type FakeMain } from '../test/fake-api';
import { installFakeAi, type FakeAiWorld } from '../test/fake-ai';
import { feedbackKey, letterKey, tailorKey, type CoachRun } from './ai-coach.slice';
import { connectStoreToEvents, createPathwiseStore, type PathwiseStore } from './create-store';

let main: FakeMain;
let world: FakeAiWorld;
let store: PathwiseStore;

async function until(check: () => boolean) {
  for (let i = 0; i < 50 && !check(); i++) await flush();
  expect(check()).toBe(true);
}

function setup(activeModel: boolean) {
  main = fakeMain();
  world = installFakeAi(main, { activeModel });
  const deps = { api: main.api, readFileBase64: async () => '' };
  store = createPathwiseStore(deps);
  connectStoreToEvents(store, deps);
}

describe('streamed feedback', () => {
  beforeEach(() => setup(true));

  it('accumulates chunks in order, then keeps the final result with who produced it', async () => {
    await store.getState().startFeedback(1);
    expect(store.getState().coachRuns[feedbackKey(1)]).toMatchObject({ taskId: 'fb-1', status: 'running', text: '' });
    await until(() => store.getState().coachRuns[feedbackKey(1)]?.status === 'done');
    const run = store.getState().coachRuns[feedbackKey(1)]!;
    expect(run.text).toBe('Your resume reads well. Add numbers.');
    const result = run.result as FeedbackResult;
    expect(result.producedBy).toEqual({ provider: 'Local · Qwen2.5 1.5B Instruct (Q4_K_M)' });
    expect(result.topFixes[0]?.title).toBe('Add numbers to your bullets');
  });

  it('runs the offline coach when asked, with no chunks', async () => {
    await store.getState().startFeedback(1, true);
    expect(main.calls.at(-1)).toEqual({ channel: 'coach:feedback', input: { resumeId: 1, offline: true } });
    await until(() => store.getState().coachRuns[feedbackKey(1)]?.status === 'done');
    expect(store.getState().coachRuns[feedbackKey(1)]).toMatchObject({ text: '', result: { producedBy: 'offline' } });
  });

  it('stops: cancels the task, keeps the text so far and ignores what arrives later', async () => {
    world.hold = true;
    await store.getState().startFeedback(1);
    await until(() => store.getState().coachRuns[feedbackKey(1)]?.text.length === 36);
    await store.getState().stopCoachRun(feedbackKey(1));
    expect(main.calls.at(-1)).toEqual({ channel: 'task:cancel', input: { taskId: 'fb-1' } });
    expect(world.cancelled).toEqual(['fb-1']);
    main.emit('coach:chunk', { taskId: 'fb-1', text: ' late' });
    await flush();
    expect(store.getState().coachRuns[feedbackKey(1)]).toMatchObject({ status: 'cancelled', text: 'Your resume reads well. Add numbers.' });
  });

  it('cancels as soon as the task id is known when stopped while starting (page closed at once)', async () => {
    world.hold = true;
    const starting = store.getState().startFeedback(1);
    await store.getState().stopCoachRun(feedbackKey(1));
    expect(main.calls.some((c) => c.channel === 'task:cancel')).toBe(false);
    await starting;
    expect(main.calls.at(-1)).toEqual({ channel: 'task:cancel', input: { taskId: 'fb-1' } });
    expect(store.getState().coachRuns[feedbackKey(1)]?.status).toBe('cancelled');
  });

  it('replays chunks and events that beat the start call’s answer', async () => {
    const ev = (e: Record<string, unknown>) => ({ taskId: 'x1', kind: 'coach:feedback', ...e }) as TaskEvent;
    main.handlers['coach:feedback'] = () => {
      main.emit('coach:chunk', { taskId: 'x1', text: 'Early ' });
      main.emit('coach:chunk', { taskId: 'x1', text: 'text' });
      main.emit('task:event', ev({ type: 'item', index: 0, result: { ok: true, value: { producedBy: 'offline' } } }));
      return { ok: true, value: { taskId: 'x1' } };
    };
    await store.getState().startFeedback(2);
    expect(store.getState().coachRuns[feedbackKey(2)]).toMatchObject({ status: 'done', text: 'Early text' });
  });
});

describe('actionable errors', () => {
  beforeEach(() => setup(false));

  it('keeps the contract code (consent-required, key-required) so the page can offer the fix', async () => {
    world.providers.push({ id: 'openai', kind: 'openai', name: 'OpenAI', baseUrl: null, model: 'gpt-4o-mini', apiVersion: null });
    world.settings.features.feedback = { cloud: 'openai' };
    await store.getState().startFeedback(1);
    expect(store.getState().coachRuns[feedbackKey(1)]).toMatchObject({ status: 'error', error: { code: 'key-required' } });
    world.keys.set('openai', 'sk-test-123456');
    await store.getState().startFeedback(1);
    expect(store.getState().coachRuns[feedbackKey(1)]?.error?.code).toBe('consent-required');
  });

  it('reports an error item from the task', async () => {
    main.handlers['coach:feedback'] = () => {
      setTimeout(() => {
        main.emit('task:event', {
          taskId: 't',
          kind: 'coach:feedback',
          type: 'item',
          index: 0,
          result: { ok: false, error: { code: 'llm-failed', message: 'The model’s answer was unusable.' } },
        });
        main.emit('task:event', { taskId: 't', kind: 'coach:feedback', type: 'finished', cancelled: false });
      }, 0);
      return { ok: true, value: { taskId: 't' } };
    };
    await store.getState().startFeedback(1);
    await until(() => store.getState().coachRuns[feedbackKey(1)]?.status === 'error');
    expect(store.getState().coachRuns[feedbackKey(1)]?.error).toEqual({ code: 'llm-failed', message: 'The model’s answer was unusable.' });
  });
});

describe('cover letters', () => {
  beforeEach(() => setup(false));

  it('generates (offline), adds the saved letter to the job’s list, edits, exports and deletes it', async () => {
    await store.getState().loadLetters(5);
    expect(store.getState().letters[5]?.data).toEqual([]);
    await store.getState().startCoverLetter(5, { tone: 'warm', length: 'short' });
    await until(() => store.getState().coachRuns[letterKey(5)]?.status === 'done');
    const letter = store.getState().coachRuns[letterKey(5)]!.result as SavedCoverLetter;
    expect(letter).toMatchObject({ jobId: 5, tone: 'warm', length: 'short', producedBy: 'offline' });
    expect(letter.flagged[0]?.sentence).toBe('I led a team of 50 people.');
    expect(store.getState().letters[5]?.data?.map((l) => l.id)).toEqual([letter.id]);

    const saved = await store.getState().updateLetter(letter, 'Dear team, I build pipelines.');
    expect(saved.flagged).toEqual([]);
    expect(store.getState().letters[5]?.data?.[0]?.text).toBe('Dear team, I build pipelines.');
    await expect(store.getState().updateLetter(letter, '   ')).rejects.toThrow();

    const file = await store.getState().exportLetter(letter.id, 'docx');
    expect(file).toMatchObject({ fileName: 'cover-letter.docx' });
    expect(atob(file.dataBase64)).toBe('Dear team, I build pipelines.');

    await store.getState().deleteLetter(letter);
    expect(store.getState().letters[5]?.data).toEqual([]);
  });
});

describe('tailoring', () => {
  beforeEach(() => setup(false));
  const run = () => store.getState().coachRuns[tailorKey(7)] as CoachRun<TailoringResult> | undefined;

  it('runs as a task, then sends the suggestions back exactly as returned with the accepted ids', async () => {
    await store.getState().startTailoring(7, 1);
    expect(main.calls.find((c) => c.channel === 'coach:tailor')?.input).toEqual({ jobId: 7, resumeId: 1 });
    expect(run()).toMatchObject({ taskId: 'tl-1', resumeId: 1 });
    await until(() => run()?.status === 'done');
    const result = run()!.result!;
    expect(result.suggestions).toHaveLength(3);
    expect(result.unsupported[0]?.claims[0]?.text).toBe('40%');
    expect(run()).toMatchObject({ message: '', progress: { done: 8, total: 8 }, text: '' });
    const created = await store.getState().applyTailoring(7, ['s1', 's3']);
    expect(created.id).toBe(99);
    expect(world.applied[0]).toEqual({ resumeId: 1, jobId: 7, suggestionIds: ['s1', 's3'], suggestions: result.suggestions });
    expect(store.getState().toasts.at(-1)).toMatchObject({ title: 'Tailored version created', link: { href: '#/resumes/99' } });
    await expect(store.getState().applyTailoring(7, [])).rejects.toThrow('Accept at least one suggestion.');
  });

  it('mirrors progress, and Stop cancels the task: the run is cancelled, ignores a late result and has nothing to apply', async () => {
    world.hold = true;
    await store.getState().startTailoring(7, 1);
    await until(() => run()?.progress?.done === 1);
    expect(run()).toMatchObject({ status: 'running', message: 'Finding changes with the offline coach…', progress: { done: 1, total: 2 } });
    await store.getState().stopCoachRun(tailorKey(7));
    expect(main.calls.at(-1)).toEqual({ channel: 'task:cancel', input: { taskId: 'tl-1' } });
    expect(world.cancelled).toEqual(['tl-1']);
    // A result that was already on its way is ignored.
    main.emit('task:event', { taskId: 'tl-1', kind: 'coach:tailor', type: 'item', index: 0, result: { ok: true, value: {} } });
    await flush();
    expect(run()).toMatchObject({ status: 'cancelled', result: null });
    await expect(store.getState().applyTailoring(7, ['s1'])).rejects.toThrow('Get suggestions first.');
    expect(world.applied).toEqual([]);
  });

  it('keeps the error code when the feature needs consent', async () => {
    world.providers.push({ id: 'ollama', kind: 'ollama', name: 'Ollama', baseUrl: null, model: 'llama3', apiVersion: null });
    world.settings.features.tailoring = { cloud: 'ollama' };
    await store.getState().startTailoring(7, 1);
    expect(run()).toMatchObject({ status: 'error', result: null, error: { code: 'consent-required' } });
    await store.getState().startTailoring(7, 1, true);
    await until(() => run()?.status === 'done');
    expect(run()?.result?.producedBy).toBe('offline');
  });
});
