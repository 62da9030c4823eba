/**
 * The port through which job intake reaches the network. Core code depends on this interface only;
 * the one implementation lives in src-main/adapters/http (rate limits, cache, size caps, retries:
 * DATA-SOURCES.md section 2 "General rules").
 */

export type NetworkErrorCode = 'timeout' | 'too-large' | 'http-status' | 'malformed' | 'network' | 'blocked';

/** Every expected network or response-shape failure. `message` is written for people and names the source. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly code: NetworkErrorCode;
  /** Host the failure concerns, when known. */
  readonly host: string | null;
  /** HTTP status for `http-status` (and the last status seen for other codes, when any). */
  readonly status: number | null;

  constructor(code: NetworkErrorCode, message: string, details: { host?: string | null; status?: number | null; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.host = details.host ?? null;
    this.status = details.status ?? null;
  }
}

export interface HttpRequestOptions {
  /** Accept header; defaults to a generic HTML/JSON preference. */
  accept?: string;
  signal?: AbortSignal;
  /** Human name of the source for messages ("Greenhouse did not answer within 15 s"); defaults to the host. */
  sourceName?: string;
}

export interface HttpTextResponse {
  /** Final URL after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  text: string;
  fromCache: boolean;
}

export interface HttpJsonResponse<T> extends Omit<HttpTextResponse, 'text'> {
  data: T;
}

export interface HttpClient {
  /** GET a URL as text. Non-2xx answers (after retries) reject with NetworkError `http-status`. */
  getText(url: string, options?: HttpRequestOptions): Promise<HttpTextResponse>;
  /** GET and parse JSON; invalid JSON rejects with NetworkError `malformed`. The shape is NOT checked. */
  getJson<T = unknown>(url: string, options?: HttpRequestOptions): Promise<HttpJsonResponse<T>>;
}

/** Host of a URL for messages; never throws. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
