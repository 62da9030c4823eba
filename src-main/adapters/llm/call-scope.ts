/**
 * One LLM call's limits in one place: the caller's AbortSignal, the wall-clock timeout and a stop
 * when the consumer walks away, combined into a single signal, and turned into the right LlmError
 * afterwards (`cancelled` vs `timeout`), whatever the library threw.
 */
import { LlmError, type LlmCallOptions } from '../../core/llm/llm-provider';

export interface CallScope {
  readonly signal: AbortSignal;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
  /** Stop the work because the consumer no longer wants it (not an error). */
  stop(): void;
  /** Throws the matching LlmError when the call was cancelled or timed out. */
  throwIfStopped(): void;
  /** Maps any failure to an LlmError; `describe` words an unexpected one. */
  toError(error: unknown, describe: (error: unknown) => LlmError): LlmError;
  dispose(): void;
}

export function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

export function checkCallOptions(options: Pick<LlmCallOptions, 'timeoutMs'> & { maxTokens?: number }): void {
  if (!(options.timeoutMs > 0)) throw new LlmError('provider-error', 'timeoutMs must be a positive number of milliseconds.');
  if (options.maxTokens !== undefined && !(Number.isInteger(options.maxTokens) && options.maxTokens > 0)) {
    throw new LlmError('budget-exceeded', 'maxTokens must be a positive whole number.');
  }
}

export function startCall(options: Pick<LlmCallOptions, 'signal' | 'timeoutMs'>, who: string): CallScope {
  const controller = new AbortController();
  let timedOut = false;
  let cancelled = false;
  const timeoutError = (): LlmError => new LlmError('timeout', `${who} did not finish within ${formatSeconds(options.timeoutMs)}.`);
  const cancelledError = (): LlmError => new LlmError('cancelled', 'Cancelled.');
  const onAbort = (): void => {
    cancelled = true;
    controller.abort(cancelledError());
  };
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    if (controller.signal.aborted) return;
    timedOut = true;
    controller.abort(timeoutError());
  }, options.timeoutMs);

  return {
    signal: controller.signal,
    get timedOut() { return timedOut; },
    get cancelled() { return cancelled; },
    stop() {
      if (!controller.signal.aborted) controller.abort(cancelledError());
    },
    throwIfStopped() {
      if (timedOut) throw timeoutError();
      if (cancelled) throw cancelledError();
    },
    toError(error, describe) {
      if (timedOut) return timeoutError();
      if (cancelled) return cancelledError();
      if (error instanceof LlmError) return error;
      return describe(error);
    },
    dispose() {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    },
  };
}
