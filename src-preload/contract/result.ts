/**
 * Every IPC/bridge call answers with plain JSON: a value or a typed error the UI can act on.
 * ARCHITECTURE.md "The IPC contract".
 */
import type { ImportFailureReason } from './resume.types';

export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  | 'cancelled'
  | 'unavailable'
  | 'database-newer-than-app'
  | 'internal'
  | ImportFailureReason
  | AiErrorCode;

/**
 * AI-layer failures the UI acts on: ask for consent or a key, send the person to the model
 * settings, offer "load anyway", or suggest trying again later / using the offline coach.
 */
export type AiErrorCode =
  /** A cloud provider was chosen but the person has not allowed sending text to it (ask, then retry). */
  | 'consent-required'
  /** The provider needs an API key and none is stored. */
  | 'key-required'
  /** The provider refused the key (wrong, revoked, or no access to the model). */
  | 'bad-key'
  /** The OS keyring is locked: ask the person to unlock it (not the same as "no key", S-4). */
  | 'keyring-locked'
  /** Only plaintext-equivalent storage is available; a key can be kept for this session only. */
  | 'keyring-insecure'
  /** No usable local model (none chosen, or the file is gone). */
  | 'no-model'
  /** The file is not a usable GGUF model. */
  | 'model-invalid'
  /** The model will not fit in this computer's memory (can be overridden explicitly). */
  | 'model-too-large'
  /** The model's answer was unusable (wrong shape, failed mid-way). */
  | 'llm-failed'
  /** The prompt plus answer does not fit the token budget or context window. */
  | 'llm-budget-exceeded'
  | 'rate-limited'
  | 'quota-exceeded'
  /** The provider or download server could not be reached. */
  | 'network'
  /** A downloaded model did not match its recorded sha256 (deleted). */
  | 'checksum-mismatch'
  /** The download server refused the request. */
  | 'download-failed'
  | 'disk-full';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Thrown by services for expected failures; the registration layer turns it into `{ ok: false }`. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
