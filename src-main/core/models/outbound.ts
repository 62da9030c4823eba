/**
 * What every outbound request reports for the outbound ledger (what left the machine, to whom,
 * for which feature). Sizes are approximate bytes on the wire: request line, headers and body out;
 * headers and body in. Never carries URLs with query strings, headers or bodies, so no secret can
 * leak through it.
 */
export interface OutboundRequestReport {
  host: string;
  feature: string;
  bytesOut: number;
  bytesIn: number;
}

export type OnOutboundRequest = (report: OutboundRequestReport) => void;

/** The subset of fetch the adapters use; tests and the app inject globalThis.fetch. */
export type FetchLike = (
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal; redirect?: 'manual' | 'follow' },
) => Promise<Response>;

export function headerBytes(headers: Record<string, string> | Headers): number {
  let total = 0;
  const entries: Iterable<[string, string]> = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) total += name.length + value.length + 4;
  return total;
}

/** Approximate request size: "METHOD path HTTP/1.1", headers, body. */
export function requestBytes(method: string, url: URL, headers: Record<string, string>, body: string | undefined): number {
  let total = method.length + url.pathname.length + url.search.length + 12 + `host: ${url.host}`.length + 2;
  for (const [name, value] of Object.entries(headers)) total += name.length + value.length + 4;
  return total + (body ? Buffer.byteLength(body) : 0);
}

/** Calls the ledger without letting a faulty ledger break the request. */
export function report(onRequest: OnOutboundRequest | undefined, entry: OutboundRequestReport): void {
  try {
    onRequest?.(entry);
  } catch {
    // The ledger is observational; a failure there must not fail the user's request.
  }
}
