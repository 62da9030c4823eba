/**
 * DocumentExtractor that runs every file in a separate, killable process (SECURITY.md B-1):
 * one warm worker, requests queued, a wall-clock timeout that kills the worker, a heap cap through
 * --max-old-space-size, and the input size checked before anything is sent.
 *
 * The process is reached through `ChildLike`, so the Electron shell can pass `utilityProcess.fork`
 * (wrapping postMessage as send) and Node code passes `child_process.fork`.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentExtractor, ExtractedDocument, ExtractionLimits } from '../../core/documents/types';
import { DEFAULT_EXTRACTION_LIMITS, ExtractionError } from '../../core/documents/types';
import { failure, FAILURE_MESSAGES } from './messages';
import type { ExtractRequest, ExtractResponse } from './worker-protocol';

export interface ChildLike {
  send(message: unknown): unknown;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number | null, signal?: string | null) => void): unknown;
  kill(signal?: NodeJS.Signals | number): unknown;
}

export interface ProcessExtractorOptions {
  launch: (entry: string, execArgv: string[]) => ChildLike;
  workerEntry: string;
  limits?: Partial<ExtractionLimits>;
  /** Extra flags for the worker (e.g. ['--import', 'tsx'] when forking TypeScript sources). */
  execArgv?: string[];
}

interface Job {
  id: number;
  input: { bytes: Uint8Array; fileName: string };
  resolve: (doc: ExtractedDocument) => void;
  reject: (error: Error) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

function abortError(): Error {
  const error = new Error('The import was cancelled.');
  error.name = 'AbortError';
  return error;
}

export function createProcessExtractor(options: ProcessExtractorOptions): DocumentExtractor {
  const limits: ExtractionLimits = { ...DEFAULT_EXTRACTION_LIMITS, ...options.limits };
  const execArgv = [...(options.execArgv ?? []), `--max-old-space-size=${limits.maxMemoryMb}`];
  const queue: Job[] = [];
  let child: ChildLike | null = null;
  let current: Job | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let nextId = 1;
  let disposed = false;

  const finish = (job: Job) => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    current = null;
  };

  const killChild = () => {
    const c = child;
    child = null;
    try {
      c?.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  };

  const spawn = (): ChildLike => {
    const c = options.launch(options.workerEntry, execArgv);
    c.on('message', (message: unknown) => {
      if (c !== child) return;
      const response = message as Partial<ExtractResponse>;
      const job = current;
      if (!job || response?.id !== job.id) return;
      finish(job);
      if (response.ok) job.resolve((response as { document: ExtractedDocument }).document);
      else {
        const failed = response as { reason?: ExtractionError['reason']; message?: string };
        const reason = failed.reason && failed.reason in FAILURE_MESSAGES ? failed.reason : 'corrupt';
        job.reject(new ExtractionError(reason, failed.message || FAILURE_MESSAGES[reason]));
      }
      pump();
    });
    c.on('exit', (code: number | null, signal?: string | null) => {
      if (c !== child) return;
      child = null;
      const job = current;
      if (!job) return;
      finish(job);
      // V8 aborts (SIGABRT / 134) when the heap cap is hit: the file needed too much memory.
      const oom = signal === 'SIGABRT' || code === 134 || code === 3221225477;
      job.reject(
        oom
          ? failure('too-large', `reading it needed more than ${limits.maxMemoryMb} MB of memory`)
          : failure('corrupt', 'the reader stopped unexpectedly on this file'),
      );
      pump();
    });
    return c;
  };

  const pump = () => {
    if (current || disposed) return;
    const job = queue.shift();
    if (!job) return;
    current = job;
    try {
      child ??= spawn();
      const request: ExtractRequest = {
        id: job.id,
        bytes: Buffer.from(job.input.bytes.buffer, job.input.bytes.byteOffset, job.input.bytes.byteLength).toString('base64'),
        fileName: job.input.fileName,
        limits,
      };
      timer = setTimeout(() => {
        if (current !== job) return;
        finish(job);
        killChild();
        job.reject(failure('timeout', `over ${Math.round(limits.timeoutMs / 1000)} s`));
        pump();
      }, limits.timeoutMs);
      child.send(request);
    } catch {
      finish(job);
      killChild();
      job.reject(failure('corrupt', 'the document reader could not start'));
      pump();
    }
  };

  return {
    extract(input, opts) {
      if (disposed) return Promise.reject(new Error('The extractor has been disposed.'));
      if (input.bytes.byteLength > limits.maxInputBytes) {
        return Promise.reject(failure('too-large', `over ${Math.round(limits.maxInputBytes / 1048576)} MB`));
      }
      if (input.bytes.byteLength === 0) return Promise.reject(failure('corrupt', 'the file is empty'));
      const signal = opts?.signal;
      if (signal?.aborted) return Promise.reject(abortError());
      return new Promise<ExtractedDocument>((resolve, reject) => {
        const job: Job = { id: nextId++, input, resolve, reject, signal };
        if (signal) {
          job.onAbort = () => {
            const queued = queue.indexOf(job);
            if (queued >= 0) queue.splice(queued, 1);
            else if (current === job) {
              finish(job);
              killChild();
            } else return;
            reject(abortError());
            pump();
          };
          signal.addEventListener('abort', job.onAbort, { once: true });
        }
        queue.push(job);
        pump();
      });
    },
    async dispose() {
      disposed = true;
      const pending = [...(current ? [current] : []), ...queue.splice(0)];
      for (const job of pending) {
        finish(job);
        job.reject(new Error('The extractor was shut down.'));
      }
      killChild();
    },
  };
}

/**
 * Where the worker entry lives. From TypeScript sources (tests, tsx) it is `extract-worker.ts`
 * beside this file; in a bundle the lead builds `extract-worker.js` as its own entry next to the
 * bundle, so pass the bundle's directory. Never resolved from process.cwd().
 */
export function defaultWorkerEntry(baseDir: string): string {
  for (const name of ['extract-worker.js', 'extract-worker.cjs', 'extract-worker.mjs', 'extract-worker.ts']) {
    const candidate = join(baseDir, name);
    if (existsSync(candidate)) return candidate;
  }
  return join(baseDir, 'extract-worker.js');
}

/** Node (CLI, tests, benchmarks): child_process.fork, with tsx loaded when the entry is TypeScript. */
export function createNodeProcessExtractor(
  workerEntry: string = defaultWorkerEntry(__dirname),
  limits?: Partial<ExtractionLimits>,
): DocumentExtractor {
  const typescript = workerEntry.endsWith('.ts');
  return createProcessExtractor({
    workerEntry,
    limits,
    execArgv: typescript ? ['--import', 'tsx'] : [],
    launch: (entry, execArgv) => fork(entry, [], { execArgv, stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'json' }),
  });
}
