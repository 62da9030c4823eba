/**
 * The model downloader wired to the network: Node's fetch (undici), so the core downloader stays
 * testable with any fetch. Redirects are followed by the downloader itself (each hop reported to
 * the ledger; Hugging Face "resolve" URLs redirect to a CDN).
 */
import { createModelDownloader, type ModelDownloader } from '../../../core/models/model-downloader';
import type { OnOutboundRequest } from '../../../core/models/outbound';

export function createNetworkModelDownloader(options: { userAgent: string; onRequest?: OnOutboundRequest }): ModelDownloader {
  return createModelDownloader({
    fetch: (url, init) => globalThis.fetch(url, init),
    userAgent: options.userAgent,
    onRequest: options.onRequest,
  });
}
