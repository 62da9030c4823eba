/**
 * Entry point of the extraction child process (SECURITY.md B-1). Forked by process-extractor with a
 * heap cap; killed on timeout. It stays alive between files so pdf.js is loaded once (~0.25 s).
 *
 * Works under `child_process.fork` (process.on('message') / process.send) and under Electron's
 * `utilityProcess.fork` (process.parentPort).
 */
import { DEFAULT_EXTRACTION_LIMITS, ExtractionError } from '../../core/documents/types';
import { extractDocument } from './extract-document';
import { FAILURE_MESSAGES } from './messages';
import { decodeBytes, type ExtractRequest, type ExtractResponse } from './worker-protocol';

interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;

function reply(message: ExtractResponse | { ready: true }): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

async function handle(raw: unknown): Promise<void> {
  const request = raw as Partial<ExtractRequest> | null;
  if (!request || typeof request.id !== 'number') return;
  const id = request.id;
  const bytes = decodeBytes(request.bytes);
  if (!bytes) {
    reply({ id, ok: false, reason: 'corrupt', message: FAILURE_MESSAGES.corrupt });
    return;
  }
  try {
    const limits = { ...DEFAULT_EXTRACTION_LIMITS, ...(request.limits ?? {}) };
    const document = await extractDocument(bytes, String(request.fileName ?? ''), limits);
    reply({ id, ok: true, document });
  } catch (error) {
    const e = error instanceof ExtractionError ? error : new ExtractionError('corrupt', FAILURE_MESSAGES.corrupt);
    reply({ id, ok: false, reason: e.reason, message: e.message });
  }
}

// One file at a time: the parent queues, but guard anyway so a burst cannot run in parallel.
let chain: Promise<void> = Promise.resolve();
const enqueue = (message: unknown) => {
  chain = chain.then(() => handle(message));
};
if (parentPort) parentPort.on('message', (event) => enqueue(event.data));
else process.on('message', enqueue);
// Without an IPC channel there is nobody to answer; exit instead of idling forever.
if (!parentPort && !process.send) process.exit(1);
process.on('disconnect', () => process.exit(0));
reply({ ready: true });
