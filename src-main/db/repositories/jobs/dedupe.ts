/**
 * Which stored posting an incoming one is: same source + external id, else the same URL, else the
 * same title and company with near-identical text (shingle similarity; identical text is 1.0).
 * Never two distinct ids of one source.
 */
import type { ParsedJob } from '../../../../src-preload/contract/job.types';
import type { JobSearchFields } from '../../../core/matching/job-features';
import { jaccard, shingles } from '../../../core/matching/shingles';
import { normalizeForIndex } from '../../../core/matching/text';
import type { Statements } from './connection';
import { ASK_DATABASE, type KeyFilter, type TitleEntry } from './key-filter';

/** Shingle similarity above which two postings with the same title and company are one job. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

/** Rows an import has decided to insert but not yet written (see PendingInserts in upsert.ts). */
export interface Buffered {
  /** Writes them: before a row is read in full or rewritten. */
  flush(): void;
  hasSource(source: string, externalId: string): boolean;
  /** The first buffered row with this URL key. */
  urlId(urlKey: string): number | null;
}

export const NOTHING_BUFFERED: Buffered = { flush: () => {}, hasSource: () => false, urlId: () => null };

export interface SameSourceRow {
  id: number;
  dedupe_key: string | null;
  parsed_json: string | null;
  description: string;
  sources_json: string;
}

/** The row stored (or buffered: then written first) under the posting's source + external id, if any. */
export function findSameSource(st: Statements, job: ParsedJob, keys: KeyFilter | null, buffered: Buffered): SameSourceRow | undefined {
  const { name, externalId } = job.source;
  if (!externalId || (keys && !keys.mayHaveSource(name, externalId))) return undefined;
  if (buffered.hasSource(name, externalId)) buffered.flush();
  return st.bySource.get(name, externalId) as SameSourceRow | undefined;
}

/**
 * Shingles of postings compared during one import: zipf-like data brings the same popular
 * title + company keys up again and again, so each text is shingled once. Bounded.
 */
export class ShingleCache {
  private readonly byId = new Map<number, Int32Array>();

  constructor(private readonly st: Statements) {}

  /** Shingles of a stored posting, or of one this call wrote with `description`. */
  of(id: number, description?: string): Int32Array {
    let out = this.byId.get(id);
    if (!out) {
      if (this.byId.size >= 4096) this.byId.clear();
      const text = description ?? (this.st.description.get(id) as { description: string }).description;
      this.byId.set(id, (out = shingles(normalizeForIndex(text))));
    }
    return out;
  }

  /** A posting's text changed. */
  forget(id: number): void {
    this.byId.delete(id);
  }
}

interface DedupeCandidate {
  id: number;
  location_key: string | null;
  /** length(description) as SQLite counts it (characters). */
  length: number;
}

/** Characters as SQLite's length() counts them: code points, not UTF-16 units. */
function sqliteLength(text: string): number {
  if (!/[\uD800-\uDFFF]/.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export interface Duplicate {
  /** The stored posting this one duplicates, or null. */
  id: number | null;
  /** What KeyFilter.candidates gave for the posting's title + company key (for `inserted`). */
  entry: TitleEntry | undefined;
}

/**
 * Same URL, or same title + company with near-identical text; never two distinct ids of one
 * source. Buffered rows count as stored (they have the highest ids).
 */
export function findDuplicate(st: Statements, job: ParsedJob, f: JobSearchFields, keys: KeyFilter | null, seen: ShingleCache, buffered: Buffered): Duplicate {
  const entry = keys ? keys.candidates(f.dedupeKey) : ASK_DATABASE;
  if (f.urlKey && (!keys || keys.mayHaveUrl(f.urlKey))) {
    const hit = (st.byUrl.get(f.urlKey) as { id: number } | undefined)?.id ?? buffered.urlId(f.urlKey);
    if (hit !== null) return { id: hit, entry };
  }
  if (entry === undefined) return { id: null, entry };
  const hasSourceId = Boolean(job.source.externalId);
  const near = new NearDuplicate(f);
  if (entry === ASK_DATABASE) {
    buffered.flush();
    for (const c of st.byDedupe.all(f.dedupeKey, job.source.name, hasSourceId ? 1 : 0) as DedupeCandidate[]) {
      if (samePlace(f, c.location_key) && near.similar(c.length, () => seen.of(c.id))) return { id: c.id, entry };
    }
    return { id: null, entry };
  }
  // The query's filter and order over this call's postings: not the same source's other ids, newest first, 20 at most.
  for (let i = entry.length - 1, n = 0; i >= 0 && n < 20; i--) {
    const c = entry[i]!;
    if (c.source === job.source.name && c.hasSourceId && hasSourceId) continue;
    n++;
    if (samePlace(f, c.locationKey) && near.similar((c.length ??= sqliteLength(c.description)), () => seen.of(c.id, c.description))) {
      return { id: c.id, entry };
    }
  }
  return { id: null, entry };
}

/** Different places only when both postings say where. */
function samePlace(f: JobSearchFields, locationKey: string | null): boolean {
  return !(locationKey && f.locationKey && locationKey !== f.locationKey);
}

/** Shingle similarity of one posting's text with candidates', its own shingles computed once. */
class NearDuplicate {
  private mine: Int32Array | null = null;

  constructor(private readonly f: JobSearchFields) {}

  similar(theirLength: number, theirs: () => Int32Array): boolean {
    // Jaccard ≥ t needs the shorter text to be at least t of the longer: skip the rest unread.
    const length = this.f.ftsDescription.length;
    if (Math.min(length, theirLength) < NEAR_DUPLICATE_SIMILARITY * Math.max(length, theirLength)) return false;
    this.mine ??= shingles(this.f.ftsDescription);
    return jaccard(this.mine, theirs()) >= NEAR_DUPLICATE_SIMILARITY;
  }
}

/** Keeps what the stored posting has and fills its gaps from the duplicate; the longer text wins. */
export function mergeParsed(kept: ParsedJob, other: ParsedJob): ParsedJob {
  const merged: ParsedJob = { ...kept };
  for (const key of Object.keys(other) as (keyof ParsedJob)[]) {
    const mine = merged[key];
    const theirs = other[key];
    if ((mine === null || mine === undefined || (Array.isArray(mine) && mine.length === 0)) && theirs !== null && theirs !== undefined) {
      (merged as unknown as Record<string, unknown>)[key] = theirs;
    }
  }
  if ((other.description ?? '').length > (kept.description ?? '').length) {
    merged.description = other.description;
    merged.descriptionHtml = other.descriptionHtml ?? kept.descriptionHtml;
  }
  merged.source = kept.source;
  return merged;
}
