/**
 * THE module for network access (DATA-SOURCES.md section 2 "General rules"): descriptive
 * User-Agent, at most one request per second per host, retries with backoff on 429/5xx/network
 * errors honouring Retry-After, an on-disk cache, a size cap enforced while streaming, redirects
 * followed by hand so every hop is checked (http/https only; never onto a loopback, private or
 * link-local address of another host) and rate limited.
 */
import {
  NetworkError,
  hostOf,
  type HttpClient,
  type HttpJsonResponse,
  type HttpRequestOptions,
  type HttpTextResponse,
} from '../../core/jobs/intake/http-client.types';
import { createDiskCache } from './disk-cache';
import { createHostGate } from './host-gate';
import { lookup } from 'node:dns/promises';
import { isIpLiteral, isPrivateAddress, isPrivateHostname } from './private-address';

export interface HttpClientOptions {
  /** App name, version and contact URL. */
  userAgent: string;
  /** Per request hop, headers and body included. Default 15 s. */
  timeoutMs?: number;
  /** Default 5 MB. */
  maxBytes?: number;
  /** Default 1000 ms (≤ 1 request/s per host). */
  minIntervalMsPerHost?: number;
  /** Extra attempts after a 429/5xx/network failure. Default 2. */
  retries?: number;
  /** A Retry-After longer than this fails instead of waiting. Default 120 s. */
  maxRetryAfterMs?: number;
  cache?: { dir: string; ttlMs: number };
  fetchImpl?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source, 0 ≤ x < 1. */
  random?: () => number;
  /** Resolves a redirect target's host name to its addresses (default: the system resolver). */
  lookupHost?: (hostname: string) => Promise<string[]>;
}

const systemLookup = async (hostname: string): Promise<string[]> => (await lookup(hostname, { all: true })).map((a) => a.address);

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8';

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Retry-After as milliseconds (delta-seconds or HTTP-date), or null. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function checkUrl(raw: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new NetworkError('blocked', `"${raw}" is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NetworkError('blocked', `Only http and https addresses can be fetched (${name} gave "${url.protocol}")`, { host: url.host });
  }
  return url;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function charsetOf(contentType: string | null): string {
  const match = contentType ? /charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  const label = match?.[1] ?? 'utf-8';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const retries = options.retries ?? 2;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const fetchImpl = options.fetchImpl ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const lookupHost = options.lookupHost ?? systemLookup;
  const gate = createHostGate(options.minIntervalMsPerHost ?? 1000, now, sleep);
  const cache = options.cache ? createDiskCache(options.cache.dir, options.cache.ttlMs, now) : null;

  async function readBody(response: Response, name: string, host: string): Promise<string> {
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new NetworkError('too-large', `${name} sent more than ${formatBytes(maxBytes)}; the response was not read`, {
        host,
        status: response.status,
      });
    }
    if (!response.body) return '';
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new NetworkError('too-large', `${name} sent more than ${formatBytes(maxBytes)}; stopped reading`, {
          host,
          status: response.status,
        });
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return new TextDecoder(charsetOf(response.headers.get('content-type'))).decode(bytes);
  }

  /** One hop under its own timeout. Reads the body unless the answer is a redirect or a retryable status. */
  async function hop(
    url: URL,
    accept: string,
    name: string,
    signal: AbortSignal | undefined,
  ): Promise<{ response: Response; text: string | null }> {
    const host = url.host;
    await gate.acquire(host);
    if (signal?.aborted) throw abortError(signal);
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(), timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
    try {
      const response = await fetchImpl(url.href, {
        method: 'GET',
        redirect: 'manual',
        signal: combined,
        headers: { 'User-Agent': options.userAgent, Accept: accept, 'Accept-Language': 'en' },
      });
      const status = response.status;
      if (REDIRECT_STATUSES.has(status) || status === 429 || status >= 500 || status < 200 || status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        return { response, text: null };
      }
      return { response, text: await readBody(response, name, host) };
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      if (timer.signal.aborted)
        throw new NetworkError('timeout', `${name} did not answer within ${formatSeconds(timeoutMs)}`, { host, cause: error });
      if (error instanceof NetworkError) throw error;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const detail = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new NetworkError('network', `Could not reach ${name} (${detail})`, { host, cause: error });
    } finally {
      clearTimeout(timeout);
    }
  }

  /**
   * Whether a host name is, or resolves to, a loopback/private/link-local address. A name that
   * does not resolve is left to fetch to fail on. (fetch resolves again when it connects, so a
   * rebinding DNS server could still answer differently then: this stops the plain cases.)
   */
  async function pointsInside(hostname: string): Promise<boolean> {
    if (isPrivateHostname(hostname)) return true;
    if (isIpLiteral(hostname)) return false;
    try {
      return (await lookupHost(hostname)).some(isPrivateAddress);
    } catch {
      return false;
    }
  }

  /** One attempt: follows redirects (each hop checked and rate limited). */
  async function attempt(start: URL, accept: string, name: string, signal: AbortSignal | undefined) {
    let url = start;
    for (let redirects = 0; ; redirects++) {
      const { response, text } = await hop(url, accept, name, signal);
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || !location) return { url, response, text };
      if (redirects >= MAX_REDIRECTS) {
        throw new NetworkError('http-status', `${name} redirected more than ${MAX_REDIRECTS} times`, {
          host: url.host,
          status: response.status,
        });
      }
      const next = checkUrl(new URL(location, url).href, name);
      // A redirect may not steer the request onto this computer or the private network (SSRF):
      // only a request that started at that very host may stay there.
      if (next.hostname !== start.hostname && (await pointsInside(next.hostname))) {
        throw new NetworkError('blocked', `${name} redirected to a private or local address (${next.host}); it was not followed`, {
          host: url.host,
          status: response.status,
        });
      }
      url = next;
    }
  }

  async function getText(rawUrl: string, requestOptions: HttpRequestOptions = {}): Promise<HttpTextResponse> {
    const name = requestOptions.sourceName ?? hostOf(rawUrl);
    const start = checkUrl(rawUrl, name);
    const accept = requestOptions.accept ?? DEFAULT_ACCEPT;
    const signal = requestOptions.signal;
    const cacheKey = `${accept} ${start.href}`;
    const cached = await cache?.get(cacheKey);
    if (cached) return { url: cached.url, status: cached.status, contentType: cached.contentType, text: cached.text, fromCache: true };

    for (let attemptNumber = 0; ; attemptNumber++) {
      if (signal?.aborted) throw abortError(signal);
      const canRetry = attemptNumber < retries;
      const backoff = (): number => Math.round(500 * 2 ** attemptNumber * (1 + random()));
      let result: Awaited<ReturnType<typeof attempt>>;
      try {
        result = await attempt(start, accept, name, signal);
      } catch (error) {
        if (error instanceof NetworkError && error.code === 'network' && canRetry) {
          gate.pushBack(error.host ?? start.host, backoff());
          continue;
        }
        throw error;
      }
      const { url, response, text } = result;
      const status = response.status;
      if ((status === 429 || status >= 500) && canRetry) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now());
        if (retryAfter !== null && retryAfter > maxRetryAfterMs) {
          throw new NetworkError(
            'http-status',
            `${name} answered ${status} and asked us to wait ${formatSeconds(retryAfter)}; try again later`,
            { host: url.host, status },
          );
        }
        // Push the whole host back so concurrent callers wait too.
        gate.pushBack(url.host, retryAfter ?? backoff());
        continue;
      }
      if (text === null) {
        const reason = response.statusText ? ` ${response.statusText}` : '';
        throw new NetworkError('http-status', `${name} answered ${status}${reason}`, { host: url.host, status });
      }
      const contentType = response.headers.get('content-type');
      await cache?.set(cacheKey, { requestUrl: start.href, url: url.href, status, contentType, text, storedAt: now() });
      return { url: url.href, status, contentType, text, fromCache: false };
    }
  }

  async function getJson<T>(url: string, requestOptions: HttpRequestOptions = {}): Promise<HttpJsonResponse<T>> {
    const response = await getText(url, { accept: 'application/json', ...requestOptions });
    const name = requestOptions.sourceName ?? hostOf(url);
    let data: T;
    try {
      data = JSON.parse(response.text.replace(/^\uFEFF/, '')) as T;
    } catch (error) {
      throw new NetworkError('malformed', `${name} sent a response that is not valid JSON`, {
        host: hostOf(response.url),
        status: response.status,
        cause: error,
      });
    }
    return { url: response.url, status: response.status, contentType: response.contentType, fromCache: response.fromCache, data };
  }

  return { getText, getJson };
}
