/**
 * Tailoring as a cancellable task, like feedback and cover letters (ARCHITECTURE.md "The IPC
 * contract": long work returns a task id, reports progress and is cancellable by id).
 *
 * Steps, each reported as `task:event` progress: read the resume and posting; write drafts (the
 * model, through the task's AbortSignal and the feature's time and token limits, or the offline
 * rules); run the grounding checker on each draft, one progress step per suggestion; then the
 * TailoringResult as item 0, exactly what `llmTailoring`/`offlineTailoring` return.
 *
 * Stop aborts the model call through the signal. A stopped run emits no item at all (the finished
 * event says `cancelled: true`), so no partial result can reach the renderer; nothing is applied
 * here in any case: applying is `coach:applySuggestions`, which re-checks grounding in main.
 */
import type { AppError } from '../../../src-preload/contract/result';
import type { TailoringSuggestion } from '../../../src-preload/contract/coach.types';
import { toAppError } from '../errors';
import { LlmError, type LlmProvider } from '../llm/llm-provider';
import type { TaskContext } from '../tasks/task-runner';
import { buildEvidence } from './grounding';
import type { CoachCallOptions } from './prompt';
import {
  groundDraft,
  offlineTailoringDrafts,
  requestTailoringDrafts,
  tailoringResult,
  type TailoringDraft,
  type TailoringInput,
} from './tailoring';
import { errorForLog } from '../secrets/log-safe';

/** Where the drafts come from: the offline rules, or a model with the call's limits (its signal is the task's). */
export type TailoringSource = { mode: 'offline' } | { mode: 'model'; provider: LlmProvider; call: CoachCallOptions };

/**
 * The bar: its first half is reading and writing (two steps; the model's answer comes in one piece),
 * its second half the grounding check, one step per suggestion, so it only ever moves forward.
 */
const STEPS_BEFORE_CHECKING = 2;
const HEARTBEAT_MS = 1_000;

export async function runTailoringTask(ctx: TaskContext, input: TailoringInput, source: TailoringSource): Promise<void> {
  try {
    ctx.progress(0, STEPS_BEFORE_CHECKING, 'Reading your resume and the posting…');
    const { drafts, dropped } = await writeDrafts(ctx, input, source);
    stopIfCancelled(ctx.signal);
    const checked = await checkEach(ctx, input, drafts);
    const producedBy = source.mode === 'offline' ? 'offline' : { provider: source.provider.info.label };
    const result = tailoringResult(input, checked, producedBy, dropped);
    // A Stop that lands after the last check still wins: no result is sent for a stopped run.
    stopIfCancelled(ctx.signal);
    const total = Math.max(STEPS_BEFORE_CHECKING, 2 * drafts.length);
    ctx.progress(total, total, 'Done');
    ctx.item(0, { ok: true, value: result });
  } catch (error) {
    if (ctx.signal.aborted) return;
    ctx.item(0, { ok: false, error: tailoringError(error) });
  }
}

async function writeDrafts(
  ctx: TaskContext,
  input: TailoringInput,
  source: TailoringSource,
): Promise<{ drafts: TailoringDraft[]; dropped?: number }> {
  if (source.mode === 'offline') {
    ctx.progress(1, STEPS_BEFORE_CHECKING, 'Finding changes with the offline coach…');
    return { drafts: offlineTailoringDrafts(input, buildEvidence(input.profile, input.now)) };
  }
  const writing = `Writing suggestions with ${source.provider.info.label}…`;
  ctx.progress(1, STEPS_BEFORE_CHECKING, writing);
  // The model answers in one piece (JSON); say how long it has been working so a slow local model
  // does not look stuck.
  const started = Date.now();
  const heartbeat = setInterval(() => {
    if (ctx.signal.aborted) return;
    const seconds = Math.round((Date.now() - started) / 1000);
    ctx.progress(1, STEPS_BEFORE_CHECKING, `${writing} ${seconds} s`);
  }, HEARTBEAT_MS);
  try {
    return await requestTailoringDrafts(source.provider, input, { ...source.call, signal: ctx.signal });
  } finally {
    clearInterval(heartbeat);
  }
}

/** The grounding checker on each draft, one progress step each; yields between drafts so a Stop can land. */
async function checkEach(ctx: TaskContext, input: TailoringInput, drafts: TailoringDraft[]): Promise<TailoringSuggestion[]> {
  const index = buildEvidence(input.profile, input.now);
  const checked: TailoringSuggestion[] = [];
  for (const [position, draft] of drafts.entries()) {
    const message = `Checking suggestion ${position + 1} of ${drafts.length} against your resume…`;
    ctx.progress(drafts.length + position, 2 * drafts.length, message);
    checked.push(groundDraft(draft, input, index));
    await nextTurn();
    stopIfCancelled(ctx.signal);
  }
  return checked;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function stopIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new LlmError('cancelled', 'Tailoring was stopped.');
}

const NOTHING_CHANGED = 'No suggestions were made and your resume is unchanged.';

/** The contract error for a failed run, worded for tailoring; the code stays the one the UI acts on. */
export function tailoringError(error: unknown): AppError {
  const known = toAppError(error);
  if (!known) {
    console.error('coach:tailor failed', errorForLog(error));
    return { code: 'internal', message: `Tailoring failed unexpectedly. ${NOTHING_CHANGED}` };
  }
  switch (known.code) {
    case 'timeout':
      return { code: 'timeout', message: `${known.message} ${NOTHING_CHANGED} Try again, or use the offline coach.` };
    case 'no-model':
    case 'model-invalid':
    case 'model-too-large':
      return { code: known.code, message: `The local model could not be loaded for tailoring: ${known.message} ${NOTHING_CHANGED}` };
    case 'llm-failed':
      return { code: known.code, message: `The model's answer could not be used as suggestions: ${known.message} ${NOTHING_CHANGED}` };
    case 'cancelled':
      return { code: 'cancelled', message: `Tailoring was stopped before it finished. ${NOTHING_CHANGED}` };
    default:
      return known;
  }
}
