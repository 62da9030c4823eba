/**
 * A streamed text result: the chunks as they arrive, and the final result once the stream ends.
 * Iterate `chunks` to drive the stream; `result` settles when iteration finishes (or fails), so
 * a caller that only wants the end result can use `finishStream`.
 */
import { LlmError } from '../llm/llm-provider';

export interface TextStream<T> {
  chunks: AsyncIterable<string>;
  result: Promise<T>;
}

export function streamWithResult<T>(source: AsyncIterable<string>, finish: (text: string) => T): TextStream<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const result = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  // The caller may iterate and never await `result`; a failure is still thrown from the iteration.
  result.catch(() => undefined);
  let started = false;
  async function* chunks(): AsyncGenerator<string> {
    if (started) throw new Error('This stream has already been read.');
    started = true;
    let text = '';
    let finished = false;
    try {
      for await (const chunk of source) {
        text += chunk;
        yield chunk;
      }
      finished = true;
      resolve(finish(text));
    } catch (error) {
      reject(error);
      throw error;
    } finally {
      if (!finished) reject(new LlmError('cancelled', 'The generation was stopped before it finished.'));
    }
  }
  return { chunks: chunks(), result };
}

/** Reads a stream to the end and returns its result (for callers that do not show chunks). */
export async function finishStream<T>(stream: TextStream<T>): Promise<T> {
  for await (const _chunk of stream.chunks) {
    // drained
  }
  return stream.result;
}
