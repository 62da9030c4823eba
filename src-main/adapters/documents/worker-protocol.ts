/** Messages between the main process and the extraction worker (plain, structured-clone-safe data). */
import type { ExtractedDocument, ExtractionLimits } from '../../core/documents/types';
import type { ImportFailureReason } from '../../../src-preload/contract/resume.types';

export interface ExtractRequest {
  id: number;
  /** Base64 string (works over any channel) or raw bytes (structured-clone channels). */
  bytes: string | Uint8Array;
  fileName: string;
  limits: ExtractionLimits;
}

export type ExtractResponse =
  { id: number; ok: true; document: ExtractedDocument } | { id: number; ok: false; reason: ImportFailureReason; message: string };

/** Sent once when the worker has loaded its parsers. */
export interface WorkerReady {
  ready: true;
}

export function decodeBytes(bytes: unknown): Uint8Array | null {
  if (typeof bytes === 'string') return Buffer.from(bytes, 'base64');
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  // child_process 'json' serialization turns a Buffer into { type: 'Buffer', data: [...] }.
  if (
    bytes &&
    typeof bytes === 'object' &&
    (bytes as { type?: unknown }).type === 'Buffer' &&
    Array.isArray((bytes as { data?: unknown }).data)
  ) {
    return Uint8Array.from((bytes as { data: number[] }).data);
  }
  return null;
}
