/**
 * The lookup keys a bulk import may find in the jobs table, held in memory for the call
 * (PERFORMANCE.md: bulk import ≥ 0.8× a bare insert; an index probe per key costs more than the
 * insert's own JavaScript).
 */
import type { ParsedJob } from '../../../../src-preload/contract/job.types';
import type { JobSearchFields } from '../../../core/matching/job-features';
import type { Sqlite } from './connection';

/** Below this many postings per call, lookups go straight to the indexes. */
const KEY_FILTER_MIN_BATCH = 256;
/** Loading the filter scans three indexes; it pays when the batch is at least this share of the table. */
const KEY_FILTER_MIN_SHARE = 1 / 4;

/** The key scans behind KeyFilter; each reads one covering index (tests/jobs checks the plans). */
export const KEY_FILTER_QUERIES = {
  sources: 'SELECT source, source_id FROM jobs WHERE source_id IS NOT NULL',
  urls: 'SELECT url_key FROM jobs WHERE url_key IS NOT NULL',
  titles: 'SELECT DISTINCT dedupe_key FROM jobs WHERE dedupe_key IS NOT NULL',
};

/** FNV-1a of a key, finalized so its low bits are usable as a bit index. */
function keyHash(key: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

const SALT_SOURCE = 0x1b873593;
const SALT_URL = 0x5bd1e995;
const SALT_TITLE = 0x27d4eb2f;

/** A posting this call inserted, as a duplicate candidate (what the byDedupe query reads). */
export interface BatchCandidate {
  id: number;
  source: string;
  hasSourceId: boolean;
  locationKey: string | null;
  description: string;
  /** length(description) as SQLite counts it, once needed. */
  length?: number;
}

/** The table has rows under this title + company key besides this call's insertions: ask it. */
export const ASK_DATABASE = null;
export type TitleEntry = BatchCandidate[] | typeof ASK_DATABASE;

/**
 * What a bulk import knows about the lookup keys in the table, so the common answer, "not stored
 * yet", costs a hash and two bit tests instead of an index probe:
 *
 * - source ids, URL keys and title + company keys: a Bloom filter (two bits per key, ~16 bits
 *   per key: under 1% false positives), set for every key present when the call starts and every
 *   key written during it, never cleared. A superset: a positive is answered by the index (or the
 *   map below), so results are those of the direct lookups. False positives cost an index probe
 *   and cut short the batch of buffered rows, so they are kept rare.
 * - title + company keys: the postings this call inserted under the key, in id order (what the
 *   byDedupe query would return; it sorts a popular key's every row, so it is the costly probe),
 *   or ASK_DATABASE when older rows, or rows rewritten since (merge, update), share the key.
 */
export class KeyFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  private readonly titles = new Map<string, TitleEntry>();
  /** The last key hashed of each kind: a posting's lookups and its insertion hash the same keys. */
  private readonly last = { source: '', externalId: '', sourceHash: 0, url: '', urlHash: 0, title: '', titleHash: 0 };

  private constructor(keys: number) {
    const size = Math.min(1 << 27, Math.max(1 << 16, 2 ** Math.ceil(Math.log2(keys * 16))));
    this.bits = new Uint32Array(size >>> 5);
    this.mask = size - 1;
  }

  /** A filter for a batch of `batch` postings, or null when direct lookups are cheaper. */
  static forBatch(sqlite: Sqlite, batch: number): KeyFilter | null {
    if (batch < KEY_FILTER_MIN_BATCH) return null;
    const rows = (sqlite.prepare('SELECT max(id) FROM jobs').pluck().get() as number | null) ?? 0;
    if (batch < rows * KEY_FILTER_MIN_SHARE) return null;
    const filter = new KeyFilter(3 * (rows + batch));
    for (const [source, id] of sqlite.prepare(KEY_FILTER_QUERIES.sources).raw().iterate() as Iterable<[string, string]>) filter.set(filter.sourceHash(source, id));
    for (const key of sqlite.prepare(KEY_FILTER_QUERIES.urls).pluck().iterate() as Iterable<string>) filter.set(filter.urlHash(key));
    for (const key of sqlite.prepare(KEY_FILTER_QUERIES.titles).pluck().iterate() as Iterable<string>) filter.setTitle(key, ASK_DATABASE);
    return filter;
  }

  mayHaveSource(source: string, externalId: string): boolean {
    return this.test(this.sourceHash(source, externalId));
  }

  mayHaveUrl(urlKey: string): boolean {
    return this.test(this.urlHash(urlKey));
  }

  /** This call's candidates under a title + company key (none: undefined), or ASK_DATABASE. */
  candidates(dedupeKey: string): TitleEntry | undefined {
    return this.test(this.titleHash(dedupeKey)) ? this.titles.get(dedupeKey) : undefined;
  }

  /** Records a row this call inserted; `entry` is what `candidates` gave for its key. */
  inserted(id: number, job: ParsedJob, f: JobSearchFields, entry: TitleEntry | undefined): void {
    const { name, externalId } = job.source;
    if (externalId) this.set(this.sourceHash(name, externalId));
    if (f.urlKey) this.set(this.urlHash(f.urlKey));
    if (entry === ASK_DATABASE) return;
    const candidate: BatchCandidate = { id, source: name, hasSourceId: Boolean(externalId), locationKey: f.locationKey, description: job.description ?? '' };
    if (entry) entry.push(candidate);
    else this.setTitle(f.dedupeKey, [candidate]);
  }

  /** Records a row rewritten in place (update, merge): under its old and new title + company keys, ask the table. */
  rewritten(oldDedupeKey: string | null, f: JobSearchFields): void {
    if (f.urlKey) this.set(this.urlHash(f.urlKey));
    this.setTitle(f.dedupeKey, ASK_DATABASE);
    if (oldDedupeKey !== null) this.setTitle(oldDedupeKey, ASK_DATABASE);
  }

  private setTitle(dedupeKey: string, entry: TitleEntry): void {
    this.titles.set(dedupeKey, entry);
    this.set(this.titleHash(dedupeKey));
  }

  private sourceHash(source: string, externalId: string): number {
    const last = this.last;
    if (source !== last.source || externalId !== last.externalId) {
      last.source = source;
      last.externalId = externalId;
      last.sourceHash = keyHash(externalId, keyHash(source, SALT_SOURCE));
    }
    return last.sourceHash;
  }

  private urlHash(urlKey: string): number {
    const last = this.last;
    if (urlKey !== last.url) {
      last.url = urlKey;
      last.urlHash = keyHash(urlKey, SALT_URL);
    }
    return last.urlHash;
  }

  private titleHash(dedupeKey: string): number {
    const last = this.last;
    if (dedupeKey !== last.title) {
      last.title = dedupeKey;
      last.titleHash = keyHash(dedupeKey, SALT_TITLE);
    }
    return last.titleHash;
  }

  private test(h: number): boolean {
    const i = h & this.mask;
    const j = (Math.imul(h, 0x9e3779b1) >>> 7) & this.mask;
    return (this.bits[i >>> 5]! & (1 << (i & 31))) !== 0 && (this.bits[j >>> 5]! & (1 << (j & 31))) !== 0;
  }

  private set(h: number): void {
    const i = h & this.mask;
    const j = (Math.imul(h, 0x9e3779b1) >>> 7) & this.mask;
    this.bits[i >>> 5]! |= 1 << (i & 31);
    this.bits[j >>> 5]! |= 1 << (j & 31);
  }
}
