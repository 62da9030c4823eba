/**
 * The only module that touches `window.api` or the browser-mode bridge (STYLE.md 11).
 * Pages import `api` from here and never know which transport they run on.
 */
import { createApiClient, type PathwiseApi } from '../../../src-preload/contract/client';
import type { AppError, Result } from '../../../src-preload/contract/result';
import { bridgeInvoke, bridgeSubscribe, takeBridgeToken } from './bridge-client';

function createBrowserApi(): PathwiseApi {
  const token = takeBridgeToken();
  const invoke = bridgeInvoke(token);
  return createApiClient(async (channel, input) => {
    // A web page cannot hand links to the OS: open them in a new tab, with the same allowlist.
    if (channel === 'app:openExternal') {
      const url = (input as { url?: string } | undefined)?.url ?? '';
      const safe = /^(https:|mailto:)/i.test(url);
      if (safe) window.open(url, '_blank', 'noopener,noreferrer');
      return { ok: true, value: { opened: safe } };
    }
    return invoke(channel, input);
  }, bridgeSubscribe(token));
}

export const api: PathwiseApi = window.api ?? createBrowserApi();
export const isDesktop = Boolean(window.api);

/** Raised by `unwrap` so React code can use try/catch; carries the contract's error code. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Reads a File for upload as base64 (the contract is plain JSON). */
export async function fileToBase64(file: Blob): Promise<string> {
  const buffer = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < buffer.length; i += chunk) binary += String.fromCharCode(...buffer.subarray(i, i + chunk));
  return btoa(binary);
}
