/**
 * A posting's top terms for ranking: its most telling words (stemmed), best first. TF-IDF-ish:
 * term frequency times a prior that drops stopwords, job-ad boilerplate, digits and very short
 * tokens, with a bonus for title words; computed from the posting alone, so a job's terms never
 * change when others are imported.
 *
 * Import leaves them to ranking (`loadRankCorpus` fills them in once; PERFORMANCE.md: bulk import
 * ≥ 0.8× a bare insert). Words are hashed as they are read and counted in typed arrays; only the
 * winners become strings. Same terms, in the same order, as the earlier Map-based scan.
 */
import { SENIORITY_WORDS, stem, STOPWORDS, TOP_TERMS, words } from './text';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

// Stopword hashes in an open-addressing table (a Set of numbers boxes most 32-bit hashes).
const STOP_TABLE = new Int32Array(2048);
const STOP_USED = new Uint8Array(2048);
for (const w of STOPWORDS) {
  const h = hashWord(w);
  let i = Math.imul(h, 0x9e3779b1) >>> 21;
  while (STOP_USED[i] && STOP_TABLE[i] !== h) i = (i + 1) & 2047;
  STOP_TABLE[i] = h;
  STOP_USED[i] = 1;
}

function isStopHash(h: number): boolean {
  for (let i = Math.imul(h, 0x9e3779b1) >>> 21; STOP_USED[i]; i = (i + 1) & 2047) if (STOP_TABLE[i] === h) return true;
  return false;
}

/** Word characters for the scanner: ASCII letters and digits, and non-ASCII except common punctuation. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return !((c >= 0xa0 && c <= 0xbf) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x25a0 && c <= 0x25ff) || (c >= 0x3000 && c <= 0x303f));
}

// Term counting in an open-addressing table reused across calls: entries keep first-seen order,
// which breaks ties between equally frequent terms (text order, then title order).
let slots = new Int32Array(1024);
let entryKey = new Int32Array(512);
let entryCount = new Int32Array(512);
let entryAt = new Float64Array(512);
let entrySlot = new Int32Array(512);
let entries = 0;
let mask = 1023;

function reset(capacity: number): void {
  if (capacity > entryKey.length) {
    const size = 1 << Math.ceil(Math.log2(capacity));
    slots = new Int32Array(size * 2);
    entryKey = new Int32Array(size);
    entryCount = new Int32Array(size);
    entryAt = new Float64Array(size);
    entrySlot = new Int32Array(size);
  }
  for (let e = 0; e < entries; e++) slots[entrySlot[e]!] = 0;
  entries = 0;
  mask = slots.length - 1;
}

/** Adds `by` to the count of `key`; a new key gets `at` (start × 64 + length, or -1). */
function bump(key: number, by: number, at: number): void {
  let s = Math.imul(key, 0x9e3779b1) & mask;
  for (;;) {
    const e = slots[s]!;
    if (e === 0) break;
    if (entryKey[e - 1] === key) {
      entryCount[e - 1]! += by;
      return;
    }
    s = (s + 1) & mask;
  }
  slots[s] = entries + 1;
  entryKey[entries] = key;
  entryCount[entries] = by;
  entryAt[entries] = at;
  entrySlot[entries] = s;
  entries++;
}

/** Drops `key` (count 0 takes no part in the selection). */
function drop(key: number): void {
  for (let s = Math.imul(key, 0x9e3779b1) & mask; slots[s] !== 0; s = (s + 1) & mask) {
    if (entryKey[slots[s]! - 1] === key) {
      entryCount[slots[s]! - 1] = 0;
      return;
    }
  }
}

/** Top terms of a posting from its normalized (lower-case) title, company and text. */
export function topTerms(ftsTitle: string, ftsCompany: string, ftsDescription: string, limit = TOP_TERMS): string[] {
  const text = ftsDescription;
  const n = text.length;
  const titleWords = words(ftsTitle);
  reset((n >> 2) + titleWords.length + 2);
  let h = FNV_OFFSET;
  let hPrev = FNV_OFFSET;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) {
        start = i;
        h = FNV_OFFSET;
      }
      hPrev = h;
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (start < 0) continue;
    const len = i - start;
    const c0 = text.charCodeAt(start);
    if (len >= 3 && len < 64 && !(c0 >= 48 && c0 <= 57) && !isStopHash(h | 0)) {
      let key = h | 0;
      let keyLen = len;
      if (len > 4 && text.charCodeAt(i - 1) === 115) {
        const p = text.charCodeAt(i - 2);
        if (p !== 115 && p !== 117 && p !== 105) {
          key = hPrev | 0;
          keyLen = len - 1;
        }
      }
      bump(key, 1, start * 64 + keyLen);
    }
    start = -1;
  }
  const titleTerm = new Map<number, string>();
  for (const w of titleWords) {
    if (w.length < 3 || STOPWORDS.has(w) || SENIORITY_WORDS.has(w)) continue;
    const s = stem(w);
    const key = hashWord(s);
    titleTerm.set(key, s);
    bump(key, 3, -1);
  }
  // The employer's own name is not a skill or keyword the person could add.
  for (const w of words(ftsCompany)) {
    drop(hashWord(w));
    drop(hashWord(stem(w)));
  }
  return pickTop(text, titleTerm, limit);
}

function pickTop(text: string, titleTerm: Map<number, string>, limit: number): string[] {
  // Only the entries at or above the limit-th highest count need sorting (stable: ties keep first-seen order).
  const histogram = new Int32Array(66);
  for (let e = 0; e < entries; e++) histogram[Math.min(65, entryCount[e]!)]!++;
  let threshold = 65;
  for (let seen = histogram[65]!; threshold > 1 && seen < limit; ) seen += histogram[--threshold]!;
  const top: number[] = [];
  for (let e = 0; e < entries; e++) if (entryCount[e]! > threshold) top.push(e);
  top.sort((x, y) => entryCount[y]! - entryCount[x]!);
  for (let e = 0; e < entries && top.length < limit; e++) if (entryCount[e] === threshold) top.push(e);
  const out: string[] = [];
  for (let i = 0; i < top.length && out.length < limit; i++) {
    const e = top[i]!;
    const at = entryAt[e]!;
    out.push(at < 0 ? titleTerm.get(entryKey[e]!)! : text.slice(Math.floor(at / 64), Math.floor(at / 64) + (at % 64)));
  }
  return out;
}
