/**
 * A scripted stand-in for a language model, for tests only: no model runs here. It replays the
 * replies it was given, in order, and records every prompt so tests can inspect what a real
 * model would have been sent. It does whatever its script says, including obeying a prompt
 * injection, which is the point: the grounding checker must catch the result regardless.
 */
import {
  LlmError,
  type JsonSchema,
  type LlmCallOptions,
  type LlmMessage,
  type LlmProvider,
  type LlmProviderInfo,
} from '../../llm/llm-provider';

export type ScriptedReply = { text: string; chunkSize?: number } | { json: unknown } | { error: LlmError };

export interface RecordedCall {
  method: 'stream' | 'generateJson';
  messages: LlmMessage[];
  schema?: JsonSchema;
  options: LlmCallOptions;
}

export class ScriptedLlmProvider implements LlmProvider {
  readonly info: LlmProviderInfo;
  readonly calls: RecordedCall[] = [];
  private readonly replies: ScriptedReply[];

  constructor(replies: ScriptedReply[], info: Partial<LlmProviderInfo> = {}) {
    this.replies = [...replies];
    this.info = { id: 'scripted', kind: 'local', label: 'Scripted test model', host: null, ...info };
  }

  private next(): Exclude<ScriptedReply, { error: LlmError }> {
    const reply = this.replies.shift();
    if (!reply) throw new LlmError('provider-error', 'The scripted provider has no reply left.');
    if ('error' in reply) throw reply.error;
    return reply;
  }

  async *stream(messages: LlmMessage[], options: LlmCallOptions): AsyncIterable<string> {
    this.calls.push({ method: 'stream', messages, options });
    const reply = this.next();
    const text = 'text' in reply ? reply.text : JSON.stringify(reply.json);
    const size = 'text' in reply && reply.chunkSize ? reply.chunkSize : 16;
    for (let at = 0; at < text.length; at += size) {
      if (options.signal?.aborted) throw new LlmError('cancelled', 'Cancelled.');
      yield text.slice(at, at + size);
    }
  }

  async generateJson<T>(messages: LlmMessage[], schema: JsonSchema, options: LlmCallOptions): Promise<T> {
    this.calls.push({ method: 'generateJson', messages, schema, options });
    const reply = this.next();
    return ('json' in reply ? reply.json : JSON.parse(reply.text)) as T;
  }

  async embed(texts: string[]): Promise<number[][]> {
    return texts.map((text) => [text.length]);
  }

  async countTokens(text: string): Promise<number> {
    return Math.ceil(text.length / 4);
  }
}
