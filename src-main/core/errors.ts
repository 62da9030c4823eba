import { AppFailure, type ErrorCode } from '../../src-preload/contract/result';
import { ExtractionError } from './documents/types';

/** Maps expected failures to the contract's error codes; anything else is a bug (null). */
export function toAppError(error: unknown): { code: ErrorCode; message: string } | null {
  if (error instanceof AppFailure) return { code: error.code, message: error.message };
  if (error instanceof ExtractionError) return { code: error.reason, message: error.message };
  if (error instanceof Error && error.name === 'AbortError') return { code: 'cancelled', message: 'Cancelled.' };
  return null;
}
