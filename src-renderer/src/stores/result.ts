import type { AppError, Result } from '../../../src-preload/contract/result';

/**
 * Same as `unwrap` in src/api, repeated here so the store never imports the transport module
 * (which reads `window` at load): slices stay testable in plain Node.
 */
export class StoreApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

export function take<T>(result: Result<T>): T {
  if (!result.ok) throw new StoreApiError(result.error);
  return result.value;
}
