/** Shared shapes for aggregator feeds. Each feed credits its source on every posting (DATA-SOURCES.md terms). */
import type { RawPosting } from '../types';

export interface AggregatorResult {
  postings: RawPosting[];
  /** Credit/terms text to show with the list (also copied to each posting's source.attribution). */
  attribution: string;
  /** Link back to the source. */
  sourceUrl: string;
}

export interface AggregatorOptions {
  baseUrl?: string;
  signal?: AbortSignal;
}
