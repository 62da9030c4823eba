/**
 * LlmProvider for OpenAI-compatible chat APIs (`/chat/completions` with SSE streaming,
 * `/embeddings`). Structured output uses `response_format: json_schema` where the server has it,
 * falling back to JSON mode and then to prompt-only; the answer is validated either way, with one
 * repair retry. Opt-in only: the lead's consent layer decides whether text may go to `info.host`.
 */
import {
  LlmError, type JsonSchema, type LlmCallOptions, type LlmMessage, type LlmProvider, type LlmProviderInfo,
} from '../../../core/llm/llm-provider';
import { checkCallOptions, startCall, type CallScope } from '../call-scope';
import { checkJsonAnswer, repairPrompt } from '../json-schema-check';
import { CloudHttpError, CloudTransport, describeCloudError, estimateTokens, type CloudTransportOptions } from './cloud-http';
import { OPENAI_PRESETS, type JsonMode, type OpenAiPreset, type OpenAiPresetId } from './presets';

export interface OpenAiCompatibleOptions {
  preset: OpenAiPresetId;
  /** Model name; for Azure, the deployment name. */
  model: string;
  /** From the keychain; never stored or logged here. */
  apiKey?: string | null;
  /** Overrides the preset's address (required for Azure: https://<resource>.openai.azure.com, and custom). */
  baseUrl?: string;
  /** Azure only. */
  apiVersion?: string;
  /** Embedding model (Azure: embedding deployment). Default: `model`. */
  embeddingModel?: string;
  transport?: CloudTransportOptions;
}

interface ChatChunk {
  choices?: Array<{ delta?: { content?: string | null }; finish_reason?: string | null }>;
  error?: { message?: string };
}

interface ChatResponse {
  choices?: Array<{ message?: { content?: string | null }; finish_reason?: string | null }>;
}

const JSON_FALLBACK: Record<JsonMode, JsonMode | null> = { json_schema: 'json_object', json_object: 'prompt', prompt: null };

export class OpenAiCompatibleProvider implements LlmProvider {
  readonly info: LlmProviderInfo;
  private readonly preset: OpenAiPreset;
  private readonly base: string;
  private readonly transport: CloudTransport;
  private jsonMode: JsonMode;

  constructor(private readonly options: OpenAiCompatibleOptions) {
    this.preset = OPENAI_PRESETS[options.preset];
    const base = options.baseUrl ?? this.preset.baseUrl;
    if (!base) throw new LlmError('provider-error', `${this.preset.name} needs the address of the service.`);
    let url: URL;
    try {
      url = new URL(base);
    } catch {
      throw new LlmError('provider-error', `"${base}" is not a web address.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new LlmError('provider-error', 'The service address must start with https:// (or http:// for a local server).');
    if (this.preset.requiresKey && !options.apiKey) throw new LlmError('bad-key', `${this.preset.name} needs an API key.`);
    this.base = base.replace(/\/+$/, '');
    this.jsonMode = this.preset.jsonMode;
    this.transport = new CloudTransport(this.preset.name, [options.apiKey], options.transport);
    this.info = { id: `${options.preset}:${options.model}`, kind: 'cloud', label: `${this.preset.name} · ${options.model}`, host: url.host };
  }

  async *stream(messages: LlmMessage[], options: LlmCallOptions): AsyncIterable<string> {
    checkCallOptions(options);
    const call = startCall(options, this.preset.name);
    try {
      const open = await this.transport.post({
        url: this.url('chat/completions', this.options.model),
        headers: this.headers(),
        body: { ...this.chatBody(messages, options), stream: true },
        feature: options.feature ?? 'llm-generate',
        call,
      });
      let finished = false;
      for await (const event of this.transport.events(open, call)) {
        if (event.data === '[DONE]') {
          finished = true;
          break;
        }
        let chunk: ChatChunk;
        try {
          chunk = JSON.parse(event.data) as ChatChunk;
        } catch {
          throw this.transport.malformed();
        }
        if (chunk.error) throw new LlmError('provider-error', this.transport.redact(`${this.preset.name} stopped with an error: ${chunk.error.message ?? 'unknown error'}`));
        const choice = chunk.choices?.[0];
        const text = choice?.delta?.content;
        if (text) yield text;
        if (choice?.finish_reason) finished = true;
      }
      if (!finished) throw this.transport.cutOff();
    } catch (error) {
      throw call.toError(error, describeCloudError(this.transport));
    } finally {
      call.stop();
      call.dispose();
    }
  }

  async generateJson<T>(messages: LlmMessage[], schema: JsonSchema, options: LlmCallOptions): Promise<T> {
    checkCallOptions(options);
    const call = startCall(options, this.preset.name);
    try {
      let conversation = messages;
      let problems: string[] = [];
      for (let attempt = 0; attempt < 2; attempt++) {
        const text = await this.completeJson(conversation, schema, options, call);
        const checked = checkJsonAnswer(text, schema);
        if (checked.ok) return checked.value as T;
        problems = checked.problems;
        conversation = [...messages, { role: 'assistant', content: text }, { role: 'user', content: repairPrompt(problems, schema) }];
      }
      throw new LlmError('schema-unsatisfied', `${this.preset.name}'s answer did not match the expected shape, even after a retry: ${problems.slice(0, 3).join('; ')}.`);
    } catch (error) {
      throw call.toError(error, describeCloudError(this.transport));
    } finally {
      call.dispose();
    }
  }

  async embed(texts: string[], options: Omit<LlmCallOptions, 'maxTokens'>): Promise<number[][]> {
    checkCallOptions(options);
    const call = startCall(options, this.preset.name);
    try {
      if (texts.length === 0) return [];
      const model = this.options.embeddingModel ?? this.options.model;
      const open = await this.transport.post({
        url: this.url('embeddings', model),
        headers: this.headers(),
        body: { model, input: texts },
        feature: options.feature ?? 'llm-embed',
        call,
      });
      const data = await this.transport.readJson<{ data?: Array<{ index?: number; embedding?: unknown }> }>(open, call);
      const rows = Array.isArray(data.data) ? [...data.data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)) : [];
      const vectors = rows.map((row) => row.embedding);
      if (vectors.length !== texts.length || !vectors.every((v) => Array.isArray(v) && v.every((x) => typeof x === 'number'))) {
        throw new LlmError('provider-error', `${this.preset.name} sent embeddings in an unexpected shape.`);
      }
      return vectors as number[][];
    } catch (error) {
      throw call.toError(error, describeCloudError(this.transport));
    } finally {
      call.dispose();
    }
  }

  /** An estimate: cloud tokenizers are not available offline, and counting remotely would send the text. */
  async countTokens(text: string): Promise<number> {
    return estimateTokens(text);
  }

  private async completeJson(messages: LlmMessage[], schema: JsonSchema, options: LlmCallOptions, call: CallScope): Promise<string> {
    for (;;) {
      const mode = this.jsonMode;
      const instruction: LlmMessage = { role: 'system', content: `Reply with only a JSON value that satisfies this JSON Schema:\n${JSON.stringify(schema)}` };
      const body: Record<string, unknown> = { ...this.chatBody(mode === 'json_schema' ? messages : [instruction, ...messages], options), stream: false };
      if (mode === 'json_schema') body.response_format = { type: 'json_schema', json_schema: { name: 'answer', schema, strict: false } };
      if (mode === 'json_object') body.response_format = { type: 'json_object' };
      let open;
      try {
        open = await this.transport.post({ url: this.url('chat/completions', this.options.model), headers: this.headers(), body, feature: options.feature ?? 'llm-json', call });
      } catch (error) {
        // Servers without structured output answer 400 naming response_format: step down and ask again.
        const fallback = JSON_FALLBACK[mode];
        if (error instanceof CloudHttpError && error.status === 400 && fallback && /response_format|json_schema|json_object|structured/i.test(error.providerMessage)) {
          this.jsonMode = fallback;
          continue;
        }
        throw error;
      }
      const data = await this.transport.readJson<ChatResponse>(open, call);
      const choice = data.choices?.[0];
      if (choice?.finish_reason === 'length') {
        throw new LlmError('budget-exceeded', `The JSON answer needed more than ${options.maxTokens} tokens; allow a larger budget or ask for less.`);
      }
      const content = choice?.message?.content;
      if (typeof content !== 'string') throw new LlmError('provider-error', `${this.preset.name} sent an answer without text.`);
      return content;
    }
  }

  private chatBody(messages: LlmMessage[], options: LlmCallOptions): Record<string, unknown> {
    const body: Record<string, unknown> = {
      model: this.options.model,
      messages: messages.map((m) => ({ role: m.role, content: m.content })),
      [this.preset.maxTokensField]: options.maxTokens,
    };
    if (options.temperature !== undefined) body.temperature = options.temperature;
    return body;
  }

  private url(path: 'chat/completions' | 'embeddings', model: string): string {
    if (this.preset.id === 'azure') {
      const version = encodeURIComponent(this.options.apiVersion ?? this.preset.defaultApiVersion ?? '2024-10-21');
      return `${this.base}/openai/deployments/${encodeURIComponent(model)}/${path}?api-version=${version}`;
    }
    return `${this.base}/${path}`;
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json, text/event-stream', ...this.preset.extraHeaders };
    const key = this.options.apiKey;
    if (key) {
      if (this.preset.auth === 'api-key-header') headers['api-key'] = key;
      else headers.Authorization = `Bearer ${key}`;
    }
    return headers;
  }
}
