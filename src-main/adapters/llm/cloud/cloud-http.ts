/**
 * The HTTP side every cloud provider shares: POST JSON, retries with backoff on 429 (honouring
 * Retry-After) and 5xx but never on other 4xx, typed LlmErrors with messages a person can act on,
 * SSE reading, and one outbound-ledger report per request. The API key travels only in headers and
 * is redacted from anything that could reach a message or a log.
 */
import { LlmError } from '../../../core/llm/llm-provider';
import { headerBytes, report, requestBytes, type FetchLike, type OnOutboundRequest } from '../../../core/models/outbound';
import type { CallScope } from '../call-scope';
import { SseParser, type SseEvent } from './sse';

export interface CloudTransportOptions {
  fetch?: FetchLike;
  onRequest?: OnOutboundRequest;
  /** Extra attempts after a 429/5xx/network failure. Default 2. */
  retries?: number;
  /** A Retry-After longer than this fails at once as rate-limited. Default 30 s. */
  maxRetryAfterMs?: number;
  /** Base backoff; doubles per attempt, with jitter. Default 500 ms. */
  backoffMs?: number;
  random?: () => number;
}

/** An HTTP failure, with the status for callers that adapt (e.g. drop response_format on 400). */
export class CloudHttpError extends LlmError {
  constructor(
    code: LlmError['code'],
    message: string,
    readonly status: number | null,
    readonly providerMessage: string,
  ) {
    super(code, message);
  }
}

const MAX_ERROR_BODY = 64 * 1024;
const KEY_PATTERNS = [/\b(?:sk|gsk|pk|rk)-[A-Za-z0-9_-]{8,}/g, /\bsk-ant-[A-Za-z0-9_-]{8,}/g, /Bearer\s+[A-Za-z0-9._~+/-]+=*/gi];

/** Removes the key itself and anything shaped like an API key. */
export function redact(text: string, secrets: Array<string | null | undefined>): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  for (const pattern of KEY_PATTERNS) out = out.replace(pattern, '[redacted]');
  return out;
}

export function parseRetryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The provider's own error text from a JSON error body (OpenAI, Anthropic and most compatibles). */
function providerError(text: string): { message: string; code: string } {
  try {
    const data = JSON.parse(text) as { error?: { message?: string; code?: string; type?: string } | string; message?: string };
    if (typeof data.error === 'string') return { message: data.error, code: '' };
    return { message: data.error?.message ?? data.message ?? '', code: `${data.error?.code ?? ''} ${data.error?.type ?? ''}`.trim() };
  } catch {
    return { message: text.slice(0, 300), code: '' };
  }
}

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
      if (total > MAX_ERROR_BODY) {
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
  } catch {
    // A broken error body still leaves the status to act on.
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface PostRequest {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  feature: string;
  call: CallScope;
}

export interface OpenResponse {
  response: Response;
  /** Report the request to the ledger once the body has been read. */
  finish(bytesIn: number): void;
}

export class CloudTransport {
  private readonly fetch: FetchLike;
  private readonly retries: number;
  private readonly maxRetryAfterMs: number;
  private readonly backoffMs: number;
  private readonly random: () => number;

  constructor(
    /** "OpenAI", "Anthropic"…: names the provider in messages. */
    readonly name: string,
    private readonly secrets: Array<string | null | undefined>,
    private readonly options: CloudTransportOptions = {},
  ) {
    this.fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.retries = options.retries ?? 2;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.backoffMs = options.backoffMs ?? 500;
    this.random = options.random ?? Math.random;
  }

  redact(text: string): string {
    return redact(text, this.secrets);
  }

  /** POSTs JSON; resolves with a 2xx response whose body is still unread. */
  async post(request: PostRequest): Promise<OpenResponse> {
    const url = new URL(request.url);
    const body = JSON.stringify(request.body);
    const headers = { 'Content-Type': 'application/json', ...request.headers };
    const bytesOut = requestBytes('POST', url, headers, body);
    const ledger = (bytesIn: number): void => report(this.options.onRequest, { host: url.host, feature: request.feature, bytesOut, bytesIn });

    for (let attempt = 0; ; attempt++) {
      request.call.throwIfStopped();
      const canRetry = attempt < this.retries;
      const backoff = (): number => Math.round(this.backoffMs * 2 ** attempt * (1 + this.random() * 0.5));
      let response: Response;
      try {
        // Never follow a redirect: a 307/308 would re-send the resume text and the key to a host the
        // person did not consent to (SECURITY.md: consent is per host). A 3xx is a provider error.
        response = await this.fetch(url.href, { method: 'POST', headers, body, signal: request.call.signal, redirect: 'manual' });
      } catch (error) {
        ledger(0);
        request.call.throwIfStopped();
        if (canRetry) {
          await sleep(backoff(), request.call.signal);
          continue;
        }
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        throw new CloudHttpError('network', `Could not reach ${this.name} at ${url.host}${cause ? ` (${cause})` : ''}. Check the internet connection or the address.`, null, '');
      }
      if (response.ok) {
        const inHeaders = headerBytes(response.headers);
        return { response, finish: (bytesIn) => ledger(inHeaders + bytesIn) };
      }

      const text = await readCapped(response);
      ledger(headerBytes(response.headers) + Buffer.byteLength(text));
      const status = response.status;
      const detail = providerError(text);
      const said = detail.message ? `: ${this.redact(detail.message)}` : '';
      if (status >= 300 && status < 400) {
        const to = redirectHost(response.headers.get('location'), url);
        throw new CloudHttpError(
          'provider-error',
          `${this.name} answered with a redirect${to ? ` to ${to}` : ''} (HTTP ${status}). It was not followed, so nothing was sent there; check the provider's address in Settings.`,
          status,
          '',
        );
      }
      if (status === 401 || status === 403) {
        // Never echo the provider's text here: some quote part of the key back.
        throw new CloudHttpError('bad-key', `${this.name} rejected the API key (HTTP ${status}). Check the key in Settings.`, status, '');
      }
      const quota = /insufficient_quota|billing|credit balance|quota/i.test(`${detail.code} ${detail.message}`);
      if ((status === 429 || status === 400 || status === 402) && quota) {
        throw new CloudHttpError('quota', `${this.name} says the account is out of credit or over its quota${said}.`, status, detail.message);
      }
      if (status === 429 || status >= 500) {
        const retryAfter = status === 429 ? parseRetryAfterMs(response.headers.get('retry-after')) : null;
        if (canRetry && (retryAfter === null || retryAfter <= this.maxRetryAfterMs)) {
          await sleep(retryAfter ?? backoff(), request.call.signal);
          continue;
        }
        if (status === 429) {
          const wait = retryAfter !== null ? ` Try again in ${Math.ceil(retryAfter / 1000)} s.` : ' Try again in a minute.';
          throw new CloudHttpError('rate-limited', `${this.name} is limiting how often it can be asked.${wait}`, status, detail.message);
        }
        throw new CloudHttpError('provider-error', `${this.name} had a server problem (HTTP ${status})${said}.`, status, detail.message);
      }
      throw new CloudHttpError('provider-error', `${this.name} refused the request (HTTP ${status})${said}.`, status, detail.message);
    }
  }

  /** Reads a JSON response body; bad JSON is a provider error. */
  async readJson<T>(open: OpenResponse, call: CallScope): Promise<T> {
    let text = '';
    try {
      text = await open.response.text();
    } catch (error) {
      call.throwIfStopped();
      throw new CloudHttpError('provider-error', `${this.name}: the response stopped before it finished.`, open.response.status, String(error));
    } finally {
      open.finish(Buffer.byteLength(text));
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new CloudHttpError('provider-error', `${this.name} sent a response that is not valid JSON.`, open.response.status, '');
    }
  }

  /** Yields SSE events; a body that breaks off is a provider error ("stopped before it finished"). */
  async *events(open: OpenResponse, call: CallScope): AsyncGenerator<SseEvent> {
    const parser = new SseParser();
    let bytesIn = 0;
    const body = open.response.body;
    if (!body) throw new CloudHttpError('provider-error', `${this.name} sent an empty response.`, open.response.status, '');
    const reader = body.getReader();
    try {
      for (;;) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch (error) {
          call.throwIfStopped();
          throw new CloudHttpError('provider-error', `${this.name}: the response stopped before it finished.`, open.response.status, String(error));
        }
        if (chunk.done) break;
        bytesIn += chunk.value.byteLength;
        for (const event of parser.pushBytes(chunk.value)) yield event;
      }
      for (const event of parser.end()) yield event;
    } finally {
      await reader.cancel().catch(() => undefined);
      open.finish(bytesIn);
    }
  }

  cutOff(): CloudHttpError {
    return new CloudHttpError('provider-error', `${this.name}: the response stopped before it finished.`, null, '');
  }

  malformed(): CloudHttpError {
    return new CloudHttpError('provider-error', `${this.name} sent malformed data in its streamed response.`, null, '');
  }
}

/** Anything unexpected, worded without leaking a key. */
export function describeCloudError(transport: CloudTransport): (error: unknown) => LlmError {
  return (error) => new LlmError('provider-error', transport.redact(`${transport.name} failed: ${(error as Error)?.message ?? String(error)}`));
}

/** Rough token estimate for cloud models (no tokenizer here, and sending text just to count it would leak it). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The host a redirect points at, for the error message; null when it is unreadable. */
function redirectHost(location: string | null, from: URL): string | null {
  if (!location) return null;
  try {
    return new URL(location, from).host;
  } catch {
    return null;
  }
}
