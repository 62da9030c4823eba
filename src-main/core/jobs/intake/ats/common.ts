/** Shared plumbing for the ATS board clients: typed errors with clear messages, URL building. */
import { NetworkError, type HttpClient } from '../http-client.types';
import type { RawPosting } from '../types';

export interface AtsRequestOptions {
  /** API base URL (tests point it at 127.0.0.1). */
  baseUrl?: string;
  region?: 'eu';
  signal?: AbortSignal;
  /** Employer name when the API does not say (Lever, Ashby). */
  companyName?: string;
}

export interface AtsClient {
  name: string;
  fetchBoard(http: HttpClient, token: string, options?: AtsRequestOptions): Promise<RawPosting[]>;
  /** One posting; rejects with NetworkError `http-status` 404 when the board no longer lists it. */
  fetchJob(http: HttpClient, token: string, jobId: string, options?: AtsRequestOptions): Promise<RawPosting>;
}

export const encode = encodeURIComponent;

export function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}

/** Turns a 404 into "Unknown Greenhouse board 'acme' (404)"; other errors pass through. */
export async function boardRequest<T>(name: string, token: string, request: () => Promise<T>, jobId?: string): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof NetworkError && error.code === 'http-status' && error.status === 404) {
      const message = jobId ? `${name} board '${token}' has no job '${jobId}' (404)` : `Unknown ${name} board '${token}' (404)`;
      throw new NetworkError('http-status', message, { host: error.host, status: 404, cause: error });
    }
    throw error;
  }
}

export function wrongShape(name: string, what: string): NetworkError {
  return new NetworkError('malformed', `${name} answered with an unexpected shape (${what})`);
}

export function jobNotFound(name: string, token: string, jobId: string): NetworkError {
  return new NetworkError('http-status', `${name} board '${token}' has no job '${jobId}' (404)`, { status: 404 });
}
