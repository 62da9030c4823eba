import { AppFailure, type ErrorCode } from '../../src-preload/contract/result';
import { ExtractionError } from './documents/types';
import { LlmError, type LlmErrorCode } from './llm/llm-provider';
import { ModelDownloadError, type DownloadErrorCode } from './models/model-downloader';
import { ModelRegistryError } from './models/model-registry';
import { SecretStoreError, type SecretStoreErrorCode } from './secrets/secret-store';

const LLM_CODES: Record<LlmErrorCode, ErrorCode> = {
  'no-model': 'no-model',
  'model-invalid': 'model-invalid',
  'model-too-large': 'model-too-large',
  'schema-unsatisfied': 'llm-failed',
  'budget-exceeded': 'llm-budget-exceeded',
  timeout: 'timeout',
  cancelled: 'cancelled',
  'bad-key': 'bad-key',
  quota: 'quota-exceeded',
  'rate-limited': 'rate-limited',
  network: 'network',
  'provider-error': 'llm-failed',
  'consent-required': 'consent-required',
};

const DOWNLOAD_CODES: Record<DownloadErrorCode, ErrorCode> = {
  cancelled: 'cancelled',
  network: 'network',
  'http-status': 'download-failed',
  'checksum-mismatch': 'checksum-mismatch',
  'invalid-file': 'model-invalid',
  disk: 'disk-full',
};

const SECRET_CODES: Record<SecretStoreErrorCode, ErrorCode> = {
  locked: 'keyring-locked',
  unavailable: 'unavailable',
  'refused-insecure': 'keyring-insecure',
  'invalid-account': 'invalid-input',
  failed: 'unavailable',
};

/** Maps expected failures to the contract's error codes; anything else is a bug (null). */
export function toAppError(error: unknown): { code: ErrorCode; message: string } | null {
  if (error instanceof AppFailure) return { code: error.code, message: error.message };
  if (error instanceof ExtractionError) return { code: error.reason, message: error.message };
  // These messages are written by Pathwise (cloud errors are redacted at the transport, S-5).
  if (error instanceof LlmError) return { code: LLM_CODES[error.code] ?? 'llm-failed', message: error.message };
  if (error instanceof ModelDownloadError) return { code: DOWNLOAD_CODES[error.code] ?? 'download-failed', message: error.message };
  if (error instanceof ModelRegistryError) return { code: error.code, message: error.message };
  if (error instanceof SecretStoreError) return { code: SECRET_CODES[error.code] ?? 'unavailable', message: error.message };
  if (error instanceof Error && error.name === 'AbortError') return { code: 'cancelled', message: 'Cancelled.' };
  return null;
}
