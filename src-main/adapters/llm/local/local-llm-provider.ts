/**
 * LlmProvider on a local GGUF model through node-llama-cpp (ARCHITECTURE.md "LLM"). Nothing
 * leaves the machine. JSON is constrained by a grammar built from the schema, then validated
 * (the grammar does not cover every keyword), with one repair retry.
 */
import type { ChatHistoryItem, LlamaGrammar } from 'node-llama-cpp';
import {
  LlmError, type JsonSchema, type LlmCallOptions, type LlmMessage, type LlmProvider, type LlmProviderInfo,
} from '../../../core/llm/llm-provider';
import { ensureLoadable, estimateRequirements, type MachineProbe, type ModelRequirements } from '../../../core/models/fit';
import { AsyncQueue } from '../async-queue';
import { checkCallOptions, startCall, type CallScope } from '../call-scope';
import { checkJsonAnswer, repairPrompt } from '../json-schema-check';
import { sharedLlamaRuntime, type LlamaRuntime, type LoadedModel, type ModelSpec } from './llama-runtime';

export interface LocalLlmProviderOptions {
  modelPath: string;
  /** Stable id, e.g. the registry id. */
  id?: string;
  /** Shown after "Local · ". Default: the GGUF's general.name or the file name. */
  label?: string;
  runtime?: LlamaRuntime;
  contextSize?: number;
  threads?: number;
  /** From the catalog when known; otherwise estimated from the file size. */
  requirements?: ModelRequirements;
  /** With a probe, a model that will not fit is refused (`model-too-large`) … */
  machineProbe?: MachineProbe;
  /** … unless the person explicitly chose to load it anyway. */
  allowWontFit?: boolean;
}

export interface LocalCallUsage {
  promptTokens: number;
  generatedTokens: number;
  stopReason: string;
  loadMs: number;
}

interface GenerateResult {
  text: string;
  stopReason: string;
}

const WHO = 'The local model';

function toHistory(messages: LlmMessage[]): { history: ChatHistoryItem[]; prompt: string } {
  const last = messages[messages.length - 1];
  if (!last || last.role !== 'user') throw new LlmError('provider-error', 'The conversation must end with a message from the user.');
  const history: ChatHistoryItem[] = messages.slice(0, -1).map((m) =>
    m.role === 'system' ? { type: 'system', text: m.content } : m.role === 'user' ? { type: 'user', text: m.content } : { type: 'model', response: [m.content] },
  );
  return { history, prompt: last.content };
}

export class LocalLlmProvider implements LlmProvider {
  readonly info: LlmProviderInfo;
  /** Token counts of the last finished call (for benchmarks and tests). */
  lastUsage: LocalCallUsage | null = null;
  private readonly runtime: LlamaRuntime;
  private readonly spec: ModelSpec;
  /** Grammars belong to the llama.cpp instance, not to one model. */
  private readonly grammars = new WeakMap<LoadedModel['llama'], Map<string, LlamaGrammar>>();

  constructor(private readonly options: LocalLlmProviderOptions) {
    this.runtime = options.runtime ?? sharedLlamaRuntime();
    const fileName = options.modelPath.split(/[\\/]/).pop() ?? options.modelPath;
    this.info = { id: options.id ?? `local:${fileName}`, kind: 'local', label: `Local · ${options.label ?? fileName.replace(/\.gguf$/i, '')}`, host: null };
    this.spec = {
      path: options.modelPath,
      contextSize: options.contextSize,
      threads: options.threads,
      beforeLoad: async (header) => {
        if (!options.machineProbe) return;
        const requirements = options.requirements ?? estimateRequirements(header.fileBytes);
        ensureLoadable(requirements, await options.machineProbe.probe(), options.allowWontFit);
      },
    };
  }

  async *stream(messages: LlmMessage[], options: LlmCallOptions): AsyncIterable<string> {
    checkCallOptions(options);
    const { history, prompt } = toHistory(messages);
    const call = startCall(options, WHO);
    const queue = new AsyncQueue<string>();
    const done = this.runtime
      .withModel(this.spec, call.signal, (loaded) => this.generate(loaded, call, history, prompt, options, undefined, (text) => queue.push(text)))
      .then(
        () => queue.end(),
        (error: unknown) => queue.fail(call.toError(error, describe)),
      );
    try {
      for await (const chunk of queue) yield chunk;
    } finally {
      // Also runs when the consumer stops early (break): stop generating, wait until the model is free.
      call.stop();
      await done;
      call.dispose();
    }
  }

  async generateJson<T>(messages: LlmMessage[], schema: JsonSchema, options: LlmCallOptions): Promise<T> {
    checkCallOptions(options);
    const call = startCall(options, WHO);
    try {
      return await this.runtime.withModel(this.spec, call.signal, async (loaded) => {
        const grammar = await this.grammarFor(loaded, schema);
        let conversation = messages;
        let problems: string[] = [];
        for (let attempt = 0; attempt < 2; attempt++) {
          const { history, prompt } = toHistory(conversation);
          const result = await this.generate(loaded, call, history, prompt, options, grammar);
          if (result.stopReason === 'maxTokens') {
            throw new LlmError('budget-exceeded', `The JSON answer needed more than ${options.maxTokens} tokens; allow a larger budget or ask for less.`);
          }
          const checked = checkJsonAnswer(result.text, schema);
          if (checked.ok) return checked.value as T;
          problems = checked.problems;
          conversation = [...messages, { role: 'assistant', content: result.text }, { role: 'user', content: repairPrompt(problems, schema) }];
        }
        throw new LlmError('schema-unsatisfied', `The local model's answer did not match the expected shape, even after a retry: ${problems.slice(0, 3).join('; ')}.`);
      });
    } catch (error) {
      throw call.toError(error, describe);
    } finally {
      call.dispose();
    }
  }

  async embed(texts: string[], options: Omit<LlmCallOptions, 'maxTokens'>): Promise<number[][]> {
    checkCallOptions(options);
    const call = startCall(options, WHO);
    try {
      return await this.runtime.withModel(this.spec, call.signal, async (loaded) => {
        const context = await loaded.embeddingContext();
        const vectors: number[][] = [];
        for (const text of texts) {
          call.throwIfStopped();
          const tokens = loaded.model.tokenize(text);
          if (tokens.length > loaded.embeddingContextSize) {
            throw new LlmError('budget-exceeded', `A text of ${tokens.length} tokens is longer than the embedding window (${loaded.embeddingContextSize}); split it first.`);
          }
          const embedding = await context.getEmbeddingFor(tokens);
          vectors.push(Array.from(embedding.vector));
        }
        return vectors;
      });
    } catch (error) {
      throw call.toError(error, describe);
    } finally {
      call.dispose();
    }
  }

  async countTokens(text: string): Promise<number> {
    const call = startCall({ timeoutMs: 120_000 }, WHO);
    try {
      return await this.runtime.withModel(this.spec, call.signal, async (loaded) => loaded.model.tokenize(text).length);
    } catch (error) {
      throw call.toError(error, describe);
    } finally {
      call.dispose();
    }
  }

  private async grammarFor(loaded: LoadedModel, schema: JsonSchema): Promise<LlamaGrammar> {
    const key = JSON.stringify(schema);
    let cache = this.grammars.get(loaded.llama);
    if (!cache) this.grammars.set(loaded.llama, (cache = new Map()));
    let grammar = cache.get(key);
    if (!grammar) {
      try {
        grammar = await loaded.llama.createGrammarForJsonSchema(schema as Parameters<typeof loaded.llama.createGrammarForJsonSchema>[0]);
      } catch {
        // A keyword the grammar builder does not know: constrain to JSON and rely on validation + repair.
        grammar = await loaded.llama.getGrammarFor('json');
      }
      cache.set(key, grammar);
    }
    return grammar;
  }

  private async generate(
    loaded: LoadedModel,
    call: CallScope,
    history: ChatHistoryItem[],
    prompt: string,
    options: LlmCallOptions,
    grammar: LlamaGrammar | undefined,
    onText?: (text: string) => void,
  ): Promise<GenerateResult> {
    const { LlamaChatSession } = loaded.lib;
    const promptTokens = loaded.model.tokenize(history.map((h) => ('text' in h ? h.text : h.response.join(''))).join('\n') + prompt).length;
    if (promptTokens + options.maxTokens > loaded.contextSize) {
      throw new LlmError(
        'budget-exceeded',
        `The prompt (${promptTokens} tokens) plus the answer budget (${options.maxTokens}) is more than this model's ${loaded.contextSize}-token window.`,
      );
    }
    const sequence = await loaded.sequence();
    const session = new LlamaChatSession({ contextSequence: sequence, autoDisposeSequence: false });
    let generatedTokens = 0;
    try {
      session.setChatHistory(history);
      const result = await session.promptWithMeta(prompt, {
        maxTokens: options.maxTokens,
        temperature: options.temperature ?? (grammar ? 0 : 0.7),
        signal: call.signal,
        stopOnAbortSignal: false,
        grammar,
        onToken: (tokens) => void (generatedTokens += tokens.length),
        onTextChunk: onText,
      });
      this.lastUsage = { promptTokens, generatedTokens, stopReason: result.stopReason, loadMs: loaded.loadMs };
      return { text: result.responseText, stopReason: result.stopReason };
    } catch (error) {
      // Whatever was half-evaluated must not leak into the next call.
      await loaded.resetSequence().catch(() => undefined);
      throw error;
    } finally {
      session.dispose({ disposeSequence: false });
    }
  }
}

function describe(error: unknown): LlmError {
  return new LlmError('provider-error', `The local model failed: ${(error as Error)?.message ?? String(error)}`);
}
