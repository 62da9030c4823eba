/**
 * LlmProvider for Anthropic's Messages API (`/v1/messages`, `x-api-key`, `anthropic-version`).
 * Streaming reads the SSE events message_start → content_block_delta (text_delta) → message_stop;
 * an `error` event or a stream without message_stop is a provider error. JSON for object schemas
 * goes through a forced tool call (the API's structured-output path), otherwise through the
 * prompt; validated either way, with one repair retry. Anthropic has no embeddings endpoint.
 */
import {
  LlmError, type JsonSchema, type LlmCallOptions, type LlmMessage, type LlmProvider, type LlmProviderInfo,
} from '../../../core/llm/llm-provider';
import { checkCallOptions, startCall, type CallScope } from '../call-scope';
import { checkJsonAnswer, repairPrompt } from '../json-schema-check';
import { CloudTransport, describeCloudError, estimateTokens, type CloudTransportOptions } from './cloud-http';
import { ANTHROPIC_DEFAULTS } from './presets';

export interface AnthropicOptions {
  model: string;
  apiKey: string;
  baseUrl?: string;
  version?: string;
  transport?: CloudTransportOptions;
}

interface StreamEventData {
  type?: string;
  delta?: { type?: string; text?: string; stop_reason?: string | null };
  error?: { type?: string; message?: string };
}

interface MessageResponse {
  content?: Array<{ type: string; text?: string; input?: unknown }>;
  stop_reason?: string | null;
}

const STREAM_ERRORS: Record<string, LlmError['code']> = {
  overloaded_error: 'provider-error',
  rate_limit_error: 'rate-limited',
  authentication_error: 'bad-key',
  permission_error: 'bad-key',
};

export class AnthropicProvider implements LlmProvider {
  readonly info: LlmProviderInfo;
  private readonly base: string;
  private readonly transport: CloudTransport;

  constructor(private readonly options: AnthropicOptions) {
    if (!options.apiKey) throw new LlmError('bad-key', 'Anthropic needs an API key.');
    const base = (options.baseUrl ?? ANTHROPIC_DEFAULTS.baseUrl).replace(/\/+$/, '');
    let host: string;
    try {
      host = new URL(base).host;
    } catch {
      throw new LlmError('provider-error', `"${base}" is not a web address.`);
    }
    this.base = base;
    this.transport = new CloudTransport(ANTHROPIC_DEFAULTS.name, [options.apiKey], options.transport);
    this.info = { id: `anthropic:${options.model}`, kind: 'cloud', label: `Anthropic · ${options.model}`, host };
  }

  async *stream(messages: LlmMessage[], options: LlmCallOptions): AsyncIterable<string> {
    checkCallOptions(options);
    const call = startCall(options, 'Anthropic');
    try {
      const open = await this.post({ ...this.body(messages, options), stream: true }, options.feature ?? 'llm-generate', call);
      let stopped = false;
      for await (const event of this.transport.events(open, call)) {
        let data: StreamEventData;
        try {
          data = JSON.parse(event.data) as StreamEventData;
        } catch {
          throw this.transport.malformed();
        }
        const type = data.type ?? event.event;
        if (type === 'content_block_delta' && data.delta?.type === 'text_delta' && data.delta.text) yield data.delta.text;
        else if (type === 'message_stop') {
          stopped = true;
          break;
        } else if (type === 'error') {
          const kind = data.error?.type ?? 'error';
          throw new LlmError(STREAM_ERRORS[kind] ?? 'provider-error', this.transport.redact(`Anthropic stopped with an error (${kind}): ${data.error?.message ?? 'no details'}`));
        }
      }
      if (!stopped) throw this.transport.cutOff();
    } catch (error) {
      throw call.toError(error, describeCloudError(this.transport));
    } finally {
      call.stop();
      call.dispose();
    }
  }

  async generateJson<T>(messages: LlmMessage[], schema: JsonSchema, options: LlmCallOptions): Promise<T> {
    checkCallOptions(options);
    const call = startCall(options, 'Anthropic');
    try {
      let conversation = messages;
      let problems: string[] = [];
      for (let attempt = 0; attempt < 2; attempt++) {
        const answer = await this.answerJson(conversation, schema, options, call);
        const checked = checkJsonAnswer(answer, schema);
        if (checked.ok) return checked.value as T;
        problems = checked.problems;
        conversation = [...messages, { role: 'assistant', content: answer }, { role: 'user', content: repairPrompt(problems, schema) }];
      }
      throw new LlmError('schema-unsatisfied', `Anthropic's answer did not match the expected shape, even after a retry: ${problems.slice(0, 3).join('; ')}.`);
    } catch (error) {
      throw call.toError(error, describeCloudError(this.transport));
    } finally {
      call.dispose();
    }
  }

  async embed(): Promise<number[][]> {
    throw new LlmError('provider-error', 'Anthropic does not offer embeddings; use a local embedding model or an OpenAI-compatible provider for them.');
  }

  /** An estimate (see OpenAiCompatibleProvider.countTokens). */
  async countTokens(text: string): Promise<number> {
    return estimateTokens(text);
  }

  /** The answer as JSON text (a tool call's input, or the text reply). */
  private async answerJson(messages: LlmMessage[], schema: JsonSchema, options: LlmCallOptions, call: CallScope): Promise<string> {
    const useTool = schema.type === 'object';
    const instruction: LlmMessage = { role: 'system', content: `Reply with only a JSON value that satisfies this JSON Schema:\n${JSON.stringify(schema)}` };
    const body: Record<string, unknown> = this.body(useTool ? messages : [instruction, ...messages], options);
    if (useTool) {
      body.tools = [{ name: 'answer', description: 'Give the answer in the required structure.', input_schema: schema }];
      body.tool_choice = { type: 'tool', name: 'answer' };
    }
    const open = await this.post(body, options.feature ?? 'llm-json', call);
    const data = await this.transport.readJson<MessageResponse>(open, call);
    if (data.stop_reason === 'max_tokens') {
      throw new LlmError('budget-exceeded', `The JSON answer needed more than ${options.maxTokens} tokens; allow a larger budget or ask for less.`);
    }
    const blocks = Array.isArray(data.content) ? data.content : [];
    const tool = blocks.find((b) => b.type === 'tool_use');
    if (tool) return JSON.stringify(tool.input);
    const text = blocks.filter((b) => b.type === 'text').map((b) => b.text ?? '').join('');
    if (!text) throw new LlmError('provider-error', 'Anthropic sent an answer without content.');
    return text;
  }

  private post(body: Record<string, unknown>, feature: string, call: CallScope) {
    return this.transport.post({
      url: `${this.base}/v1/messages`,
      headers: { 'x-api-key': this.options.apiKey, 'anthropic-version': this.options.version ?? ANTHROPIC_DEFAULTS.version, Accept: 'application/json, text/event-stream' },
      body,
      feature,
      call,
    });
  }

  /** System messages go to `system`; consecutive same-role turns are merged (the API wants alternation). */
  private body(messages: LlmMessage[], options: LlmCallOptions): Record<string, unknown> {
    const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
    const turns: Array<{ role: 'user' | 'assistant'; content: string }> = [];
    for (const m of messages) {
      if (m.role === 'system') continue;
      const last = turns[turns.length - 1];
      if (last && last.role === m.role) last.content += `\n\n${m.content}`;
      else turns.push({ role: m.role, content: m.content });
    }
    const body: Record<string, unknown> = { model: this.options.model, max_tokens: options.maxTokens, messages: turns };
    if (system) body.system = system;
    if (options.temperature !== undefined) body.temperature = options.temperature;
    return body;
  }
}
