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
  | ImportFailureReason;

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
