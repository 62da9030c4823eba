/** Document extraction adapter: public surface. Parsing libraries load only inside the worker. */
export { createProcessExtractor, createNodeProcessExtractor, defaultWorkerEntry } from './process-extractor';
export type { ChildLike, ProcessExtractorOptions } from './process-extractor';
export { FAILURE_MESSAGES } from './messages';
export type { ExtractRequest, ExtractResponse } from './worker-protocol';
