/**
 * The one interface every language model sits behind (ARCHITECTURE.md "LLM"): a local GGUF model
 * through node-llama-cpp, or an opt-in cloud provider. Core features depend on this, never on a
 * library. Every call takes an AbortSignal, a token budget and a timeout.
 */

export interface LlmCallOptions {
  signal?: AbortSignal;
  /** Maximum tokens to generate. */
  maxTokens: number;
  /** Wall-clock limit for the whole call (ms). */
  timeoutMs: number;
  temperature?: number;
  /** Names the calling feature ("coach", "tailor"…) in the outbound ledger for cloud providers. */
  feature?: string;
}

export interface LlmMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A JSON Schema (draft-07 subset: object/array/string/number/integer/boolean/enum/required). */
export type JsonSchema = Record<string, unknown>;

export interface LlmProviderInfo {
  id: string;
  kind: 'local' | 'cloud';
  /** Shown to the person: "Local · Qwen2.5 1.5B Instruct" or "OpenAI · gpt-4o-mini". */
  label: string;
  /** Host that receives the text, for cloud providers (consent and the outbound ledger). */
  host: string | null;
}

export interface LlmProvider {
  readonly info: LlmProviderInfo;
  /** Streams generated text; yields chunks as they arrive. */
  stream(messages: LlmMessage[], options: LlmCallOptions): AsyncIterable<string>;
  /** Generates JSON valid against the schema (constrained decoding locally; validated + repaired either way). */
  generateJson<T>(messages: LlmMessage[], schema: JsonSchema, options: LlmCallOptions): Promise<T>;
  embed(texts: string[], options: Omit<LlmCallOptions, 'maxTokens'>): Promise<number[][]>;
  countTokens(text: string): Promise<number>;
}

/** Typed failures the UI can act on. */
export type LlmErrorCode =
  | 'no-model'
  | 'model-invalid'
  | 'model-too-large'
  | 'schema-unsatisfied'
  | 'budget-exceeded'
  | 'timeout'
  | 'cancelled'
  | 'bad-key'
  | 'quota'
  | 'rate-limited'
  | 'network'
  | 'provider-error'
  | 'consent-required';

export class LlmError extends Error {
  constructor(
    readonly code: LlmErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}
