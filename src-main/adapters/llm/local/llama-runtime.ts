/**
 * Owns node-llama-cpp for the process: the library is imported on first use (never at start-up:
 * PERFORMANCE.md, "LLM … load lazily"), at most one model is loaded at a time, calls take turns
 * (one context sequence), and the model is unloaded after an idle period to give the memory back.
 * GPU offload when llama.cpp finds one (`gpu: 'auto'`), else CPU; `build: 'never'` so a missing
 * prebuilt binary is an error, never a compile at runtime.
 */
import os from 'node:os';
import type { Llama, LlamaContext, LlamaContextSequence, LlamaEmbeddingContext, LlamaModel } from 'node-llama-cpp';
import { LlmError } from '../../../core/llm/llm-provider';
import { readGgufHeader, type GgufSummary } from '../../../core/models/gguf-header';

export type NodeLlamaCpp = typeof import('node-llama-cpp');

export interface ModelSpec {
  path: string;
  /** Tokens of context for generation. Default: min(trained context, 4096). */
  contextSize?: number;
  /** CPU threads. Default: 1 for tiny models (threads cost more than they give), else the math cores. */
  threads?: number;
  /** Runs after the header check and before loading (the fit guard). */
  beforeLoad?: (header: GgufSummary) => Promise<void>;
}

export interface LoadedModel {
  /** The lazily imported node-llama-cpp module. */
  readonly lib: NodeLlamaCpp;
  readonly path: string;
  readonly header: GgufSummary;
  readonly llama: Llama;
  readonly model: LlamaModel;
  readonly contextSize: number;
  readonly embeddingContextSize: number;
  readonly threads: number;
  /** Created on first generation, reused while the model stays loaded. */
  sequence(): Promise<LlamaContextSequence>;
  /** Forget cached tokens (after an error or cancellation). */
  resetSequence(): Promise<void>;
  embeddingContext(): Promise<LlamaEmbeddingContext>;
  /** Milliseconds the last load took (0 when the model was already loaded). */
  readonly loadMs: number;
}

export interface LlamaRuntimeOptions {
  /** Unload the model after this long without calls. Default 5 minutes; 0 disables. */
  idleUnloadMs?: number;
  gpu?: 'auto' | false;
  /** Injected for tests: how the library is imported. */
  importLibrary?: () => Promise<NodeLlamaCpp>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const TINY_MODEL_BYTES = 64 * 1024 * 1024;
const DISPOSE_CAP_MS = 3000;

export class LlamaRuntime {
  private library: NodeLlamaCpp | null = null;
  private llamaPromise: Promise<Llama> | null = null;
  private current: (LoadedModel & { dispose(): Promise<void> }) | null = null;
  private queue: Promise<void> = Promise.resolve();
  private idleTimer: unknown = null;
  private active = 0;
  private readonly idleUnloadMs: number;

  constructor(private readonly options: LlamaRuntimeOptions = {}) {
    this.idleUnloadMs = options.idleUnloadMs ?? 5 * 60_000;
  }

  /** True once node-llama-cpp has been imported (start-up must not do it). */
  get libraryLoaded(): boolean {
    return this.library !== null;
  }

  get loadedModelPath(): string | null {
    return this.current?.path ?? null;
  }

  async getLlama(): Promise<Llama> {
    this.llamaPromise ??= (async () => {
      const lib = (this.library ??= await (this.options.importLibrary ?? (() => import('node-llama-cpp')))());
      const base = { build: 'never' as const, logLevel: lib.LlamaLogLevel.error, progressLogs: false, skipDownload: true };
      try {
        return await lib.getLlama({ ...base, gpu: this.options.gpu ?? 'auto' });
      } catch (error) {
        if (this.options.gpu === false) throw error;
        // A GPU backend that fails to initialise must not cost the person their local model.
        return lib.getLlama({ ...base, gpu: false });
      }
    })().catch((error: unknown) => {
      this.llamaPromise = null;
      throw new LlmError('model-invalid', `The local model runtime could not start (${(error as Error).message}).`);
    });
    return this.llamaPromise;
  }

  /**
   * Runs `work` with `spec` loaded, after any call already running. Loads (or switches to) the
   * model first. `signal` stops waiting for the turn and stops a load in progress.
   */
  async withModel<T>(spec: ModelSpec, signal: AbortSignal, work: (loaded: LoadedModel) => Promise<T>): Promise<T> {
    const release = await this.acquire(signal);
    this.active++;
    this.clearIdle();
    try {
      const loaded = await this.ensureLoaded(spec, signal);
      return await work(loaded);
    } finally {
      this.active--;
      release();
      this.scheduleIdle();
    }
  }

  /** Unloads the model (waits for the running call). */
  async unload(): Promise<void> {
    const release = await this.acquire(new AbortController().signal);
    try {
      await this.unloadNow();
    } finally {
      release();
    }
  }

  async dispose(): Promise<void> {
    this.clearIdle();
    await this.unload();
    const llama = this.llamaPromise ? await this.llamaPromise.catch(() => null) : null;
    this.llamaPromise = null;
    // llama.dispose() waits for every native handle; in about 1 of 40 test runs one was released
    // late or never (node-llama-cpp 3.22), so shutting down is capped rather than left to hang.
    if (llama) await Promise.race([llama.dispose(), new Promise((resolve) => setTimeout(resolve, DISPOSE_CAP_MS).unref())]);
  }

  private acquire(signal: AbortSignal): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.queue;
    this.queue = previous.then(() => turn);
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        // Give the turn up as soon as it comes, so later callers are not blocked.
        void previous.then(release);
        reject(signal.reason);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      void previous.then(() => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) return;
        resolve(release);
      });
    });
  }

  private clearIdle(): void {
    if (this.idleTimer !== null) (this.options.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout)))(this.idleTimer);
    this.idleTimer = null;
  }

  private scheduleIdle(): void {
    this.clearIdle();
    if (!this.idleUnloadMs || !this.current || this.active > 0) return;
    const set = this.options.setTimer ?? ((fn, ms) => setTimeout(fn, ms).unref());
    this.idleTimer = set(() => {
      this.idleTimer = null;
      if (this.active === 0) void this.unload().catch(() => undefined);
    }, this.idleUnloadMs);
  }

  private async unloadNow(): Promise<void> {
    const current = this.current;
    this.current = null;
    await current?.dispose();
  }

  private async ensureLoaded(spec: ModelSpec, signal: AbortSignal): Promise<LoadedModel> {
    if (this.current && this.current.path === spec.path && (!spec.contextSize || spec.contextSize === this.current.contextSize)) {
      return { ...this.current, loadMs: 0 };
    }
    // Check the file ourselves first: llama.cpp trusts what it reads, and a bad file must not crash us.
    const header = await readGgufHeader(spec.path);
    await spec.beforeLoad?.(header);
    await this.unloadNow();
    const started = performance.now();
    const llama = await this.getLlama();
    let model: LlamaModel;
    try {
      model = await llama.loadModel({ modelPath: spec.path, loadSignal: signal });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const name = spec.path.split(/[\\/]/).pop();
      throw new LlmError('model-invalid', `${name} could not be loaded by llama.cpp (${(error as Error).message}).`);
    }
    const contextSize = Math.max(64, Math.min(spec.contextSize ?? 4096, model.trainContextSize || 4096));
    const threads = spec.threads ?? (header.fileBytes < TINY_MODEL_BYTES ? 1 : Math.max(1, llama.cpuMathCores || os.availableParallelism()));
    let context: LlamaContext | null = null;
    let sequence: LlamaContextSequence | null = null;
    let embedding: LlamaEmbeddingContext | null = null;
    const loaded = {
      lib: this.library!,
      path: spec.path,
      header,
      llama,
      model,
      contextSize,
      embeddingContextSize: Math.min(contextSize, 2048),
      threads,
      loadMs: performance.now() - started,
      async sequence() {
        if (!sequence) {
          context = await model.createContext({ contextSize, threads, batchSize: Math.min(512, contextSize) });
          sequence = context.getSequence();
        }
        return sequence;
      },
      async resetSequence() {
        await sequence?.clearHistory();
      },
      async embeddingContext() {
        embedding ??= await model.createEmbeddingContext({ contextSize: Math.min(contextSize, 2048), threads });
        return embedding;
      },
      async dispose() {
        await embedding?.dispose();
        await (context as LlamaContext | null)?.dispose();
        await model.dispose();
      },
    };
    this.current = loaded;
    return loaded;
  }
}

let shared: LlamaRuntime | null = null;

/** The process-wide runtime (one model loaded at a time across every local provider). */
export function sharedLlamaRuntime(options?: LlamaRuntimeOptions): LlamaRuntime {
  shared ??= new LlamaRuntime(options);
  return shared;
}
