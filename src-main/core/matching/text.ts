/**
 * Text normalization shared by the job index (FTS, dedupe keys) and matching, so both sides of
 * every comparison normalize the same way. SQLite here has no ICU (STYLE.md "Pitfalls"): its
 * lower() is ASCII-only, so everything that reaches FTS or a search key is normalized in code.
 */

const NON_ASCII = /[^\x20-\x7e\t\n\r]/;
const MARKS = /\p{M}+/gu;

/** NFKD, accents stripped, lower case. Cheap for ASCII text (the common case). */
export function normalizeText(text: string): string {
  if (NON_ASCII.test(text)) return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  return text.toLowerCase();
}

const TECH_FORMS = /(^|[^\p{L}\p{N}])(?:([a-z])(\+\+|#)|\.net\b)/gu;

/**
 * Normalized text for the FTS index and FTS queries: the unicode61 tokenizer drops `+`, `#` and
 * a leading `.`, so C++, C#, F# and .NET are rewritten to single tokens first.
 */
export function normalizeForIndex(text: string): string {
  const normalized = normalizeText(text);
  if (!/[+#]|\.net/.test(normalized)) return normalized;
  return normalized.replace(TECH_FORMS, (_m, pre: string, letter: string | undefined, op: string | undefined) =>
    letter ? `${pre}${letter}${op === '#' ? 'sharp' : 'plusplus'}` : `${pre}dotnet`,
  );
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Word tokens of already-normalized text. */
export function words(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

/** A light plural stemmer: enough for "pipelines" = "pipeline", never mangles short tokens. */
export function stem(word: string): string {
  const n = word.length;
  if (n > 4 && word.charCodeAt(n - 1) === 115 /* s */) {
    const prev = word.charCodeAt(n - 2);
    if (prev !== 115 && prev !== 117 /* u */ && prev !== 105 /* i */) return word.slice(0, -1);
  }
  return word;
}

// Function words and the boilerplate every posting repeats; they carry no signal for matching.
const STOP_LIST =
  'a about above across after again all also am an and any are as at be because been before being below between both but by can could did do does doing down during each etc few for from further had has have having he her here hers him his how i if in into is it its itself just let like may me might more most must my no nor not of off on once only or other our ours out over own per same shall she should so some such than that the their theirs them then there these they this those through to too under until up upon us very via was we were what when where which while who whom why will with within without would you your yours ' +
  'ability able across applicant applicants apply candidate candidates company day days description duties employer equal etc excellent experience experienced familiarity fast good great help ideal including job jobs join knowledge looking new opportunity opportunities paced plus position preferred qualification qualifications related required requirement requirements responsibilities responsibility role roles skill skills strong team teams understanding using well work working world year years ' +
  // Header-block labels and logistics every posting states; location and pay are scored by their own parts.
  'annual annually apply base benefit benefits bonus compensation contract employment full hiring hire hour hourly hours hybrid location locations month monthly nice note office onsite part please range remote salary time title type week weekly';

export const STOPWORDS: ReadonlySet<string> = new Set(STOP_LIST.split(' '));

/** Words in titles that say seniority, not the kind of job (scored by the seniority part). */
export const SENIORITY_WORDS: ReadonlySet<string> = new Set(
  'senior sr junior jr lead principal staff chief head intern internship entry level mid associate i ii iii iv'.split(' '),
);

/** Stemmed content terms of a title (seniority words and stopwords removed). */
export function titleTerms(title: string): string[] {
  const out: string[] = [];
  for (const w of words(normalizeForIndex(title))) {
    if (SENIORITY_WORDS.has(w) || STOPWORDS.has(w)) continue;
    const s = stem(w);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

export const TOP_TERMS = 32;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

const STOP_HASHES = new Set([...STOPWORDS].map(hashWord));

/** Word characters for the scanner: ASCII letters and digits, and non-ASCII except common punctuation. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return !((c >= 0xa0 && c <= 0xbf) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x25a0 && c <= 0x25ff) || (c >= 0x3000 && c <= 0x303f));
}

export interface PostingScan {
  /** The posting's most telling terms (stemmed), best first. */
  topTerms: string[];
  /** Hash of the word sequence of title, company and text: equal for cosmetic differences. */
  contentHash: string;
}

/**
 * One pass over a posting's normalized text. Top terms are TF-IDF-ish: term frequency times a prior
 * that drops stopwords, job-ad boilerplate, digits and very short tokens, with a bonus for title
 * words; computed from the posting alone, so a job's terms never change when others are imported.
 * Words are hashed as they are read and only the winners become strings (import runs this for
 * every posting, so it avoids allocating a string per word).
 */
export function scanPosting(ftsTitle: string, ftsCompany: string, ftsDescription: string, limit = TOP_TERMS): PostingScan {
  const counts = new Map<number, number>();
  const firstAt = new Map<number, number>();
  const text = ftsDescription;
  const n = text.length;
  let seqA = FNV_OFFSET;
  let seqB = 0x5bd1e995;
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
    seqA = Math.imul(seqA ^ h, FNV_PRIME);
    seqB = Math.imul(seqB ^ h, 0x5bd1e995) ^ (seqB >>> 15);
    const c0 = text.charCodeAt(start);
    if (len >= 3 && len < 64 && !(c0 >= 48 && c0 <= 57) && !STOP_HASHES.has(h | 0)) {
      let key = h | 0;
      let keyLen = len;
      if (len > 4 && text.charCodeAt(i - 1) === 115) {
        const p = text.charCodeAt(i - 2);
        if (p !== 115 && p !== 117 && p !== 105) {
          key = hPrev | 0;
          keyLen = len - 1;
        }
      }
      const prior = counts.get(key);
      if (prior === undefined) {
        counts.set(key, 1);
        firstAt.set(key, start * 64 + keyLen);
      } else counts.set(key, prior + 1);
    }
    start = -1;
  }
  const titleWords = new Map<number, string>();
  for (const w of words(ftsTitle)) {
    if (w.length < 3 || STOPWORDS.has(w) || SENIORITY_WORDS.has(w)) continue;
    const s = stem(w);
    const key = hashWord(s);
    titleWords.set(key, s);
    counts.set(key, (counts.get(key) ?? 0) + 3);
  }
  // The employer's own name is not a skill or keyword the person could add.
  for (const w of words(ftsCompany)) {
    counts.delete(hashWord(w) | 0);
    counts.delete(hashWord(stem(w)) | 0);
  }
  return { topTerms: pickTop(counts, firstAt, titleWords, text, limit), contentHash: mixHash(ftsTitle, ftsCompany, seqA, seqB) };
}

function pickTop(counts: Map<number, number>, firstAt: Map<number, number>, titleWords: Map<number, string>, text: string, limit: number): string[] {
  // Only the entries at or above the limit-th highest count need sorting (stable: ties keep text order).
  const histogram = new Int32Array(66);
  for (const c of counts.values()) histogram[Math.min(65, c)]!++;
  let threshold = 65;
  for (let seen = histogram[65]!; threshold > 1 && seen < limit; ) seen += histogram[--threshold]!;
  const top: [number, number][] = [];
  for (const entry of counts) if (entry[1] > threshold) top.push(entry);
  top.sort((a, b) => b[1] - a[1]);
  // Ties at the threshold keep text order: append them without sorting.
  for (const entry of counts) {
    if (top.length >= limit) break;
    if (entry[1] === threshold) top.push(entry);
  }
  const out: string[] = [];
  for (let i = 0; i < top.length && out.length < limit; i++) {
    const key = top[i]![0];
    const at = firstAt.get(key);
    out.push(at === undefined ? titleWords.get(key)! : text.slice(Math.floor(at / 64), Math.floor(at / 64) + (at % 64)));
  }
  return out;
}

function mixHash(title: string, company: string, seqA: number, seqB: number): string {
  let a = seqA;
  let b = seqB;
  for (const w of [...words(title), '|', ...words(company)]) {
    const h = hashWord(w);
    a = Math.imul(a ^ h, FNV_PRIME);
    b = Math.imul(b ^ h, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Weight of the i-th top term: TF-IDF order decays from 1 to 0.5 across the list. */
export function termWeight(index: number): number {
  return 1 - index / (2 * TOP_TERMS);
}

/** Key of a skill name that has no taxonomy id: normalized, runs of separators as `-`. */
export function skillKey(name: string): string {
  return normalizeText(name)
    .trim()
    .replace(/[^\p{L}\p{N}+#.]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** 64-bit FNV-1a over a string, as 16 hex digits (two 32-bit lanes with different offsets). */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

const TRACKING_PARAM = /^(utm_|gh_src|gh_jid$|source$|ref$|src$|lever-|trk)/i;

/** URL identity for dedupe: no scheme, `www.`, fragment, tracking parameters or trailing slash. */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    const params = [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([x], [y]) => (x < y ? -1 : 1));
    const query = params.length ? '?' + params.map(([k, v]) => `${k}=${v}`).join('&') : '';
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    return `${host}${u.pathname.replace(/\/+$/, '')}${query}`;
  } catch {
    return normalizeText(url.trim()).replace(/\/+$/, '') || null;
  }
}

const TITLE_ABBREVIATIONS: Record<string, string> = { sr: 'senior', jr: 'junior', eng: 'engineer', mgr: 'manager', dev: 'developer' };

/** Title + company identity for near-duplicate detection ("Sr. Engineer" = "Senior Engineer"). */
export function titleCompanyKey(title: string, company: string | null): string {
  const t = words(normalizeForIndex(title))
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w)
    .join(' ');
  const c = words(normalizeText(company ?? ''))
    .filter((w) => !/^(inc|llc|ltd|gmbh|corp|co|sa|ag|plc|bv)$/.test(w))
    .join(' ');
  return hash64(`${t}|${c}`);
}

/** Word 3-shingles of normalized text, hashed to 32-bit ints. */
export function shingles(normalized: string): Set<number> {
  const w = words(normalized);
  const out = new Set<number>();
  for (let i = 0; i + 2 < w.length; i++) {
    const s = `${w[i]} ${w[i + 1]} ${w[i + 2]}`;
    let h = 0x811c9dc5;
    for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    out.add(h >>> 0);
  }
  if (w.length > 0 && w.length < 3) out.add(w.join(' ').length);
  return out;
}

/** Jaccard similarity of two shingle sets. */
export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
