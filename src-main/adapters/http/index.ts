/** Network adapter: the one place that talks to the network. Core code depends on HttpClient only. */
export { createHttpClient, parseRetryAfter } from './http-client';
export type { HttpClientOptions } from './http-client';
export { NetworkError } from '../../core/jobs/intake/http-client.types';
export type { HttpClient, NetworkErrorCode, HttpRequestOptions, HttpTextResponse } from '../../core/jobs/intake/http-client.types';
