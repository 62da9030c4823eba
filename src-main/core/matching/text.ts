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
const NON_ASCII_CHAR = /[\u0080-\uffff]/;

/**
 * Whether normalizing does more than lower-case the text: anything non-ASCII, or something
 * TECH_FORMS could rewrite (`+`, `#`, `.net` in any case). Import asks this of every description,
 * so it uses native searches (one pattern with all three alternatives reads the text ~2× slower).
 */
function needsMore(text: string): boolean {
  return NON_ASCII_CHAR.test(text) || text.indexOf('+') >= 0 || text.indexOf('#') >= 0 || hasDotNet(text, '.n') || hasDotNet(text, '.N');
}

function hasDotNet(text: string, start: string): boolean {
  for (let i = text.indexOf(start); i >= 0; i = text.indexOf(start, i + 2)) {
    if ((text.charCodeAt(i + 2) | 32) === 101 && (text.charCodeAt(i + 3) | 32) === 116) return true;
  }
  return false;
}

/**
 * Normalized text for the FTS index and FTS queries: the unicode61 tokenizer drops `+`, `#` and
 * a leading `.`, so C++, C#, F# and .NET are rewritten to single tokens first.
 */
export function normalizeForIndex(text: string): string {
  return needsMore(text) ? normalizeFully(text) : text.toLowerCase();
}

/**
 * The text the FTS index gets for a posting: `normalizeForIndex(text)`, or the text itself when
 * normalizing would only lower-case it (the unicode61 tokenizer folds ASCII case itself, so the
 * index holds the same tokens; import skips a copy of every description).
 */
export function indexText(text: string): string {
  return needsMore(text) ? normalizeFully(text) : text;
}

function normalizeFully(text: string): string {
  const ascii = !NON_ASCII_CHAR.test(text);
  const normalized = ascii ? text.toLowerCase() : normalizeText(text);
  if (!/[+#]|\.net/.test(normalized)) return normalized;
  if (ascii) return techFormsAscii(normalized);
  return normalized.replace(TECH_FORMS, (_m, pre: string, letter: string | undefined, op: string | undefined) =>
    letter ? `${pre}${letter}${op === '#' ? 'sharp' : 'plusplus'}` : `${pre}dotnet`,
  );
}

const TECH_HINT = /[+#]|\.net/g;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/**
 * `text.replace(TECH_FORMS, …)` for lower-case ASCII text, found from its `+`, `#` and `.net`
 * instead of trying the pattern at every position: the same matches (leftmost first, none
 * starting inside the previous one), the same replacements.
 */
function techFormsAscii(text: string): string {
  let out = '';
  let copied = 0;
  TECH_HINT.lastIndex = 0;
  for (let m = TECH_HINT.exec(text); m; m = TECH_HINT.exec(text)) {
    const p = m.index;
    let body: number;
    let stop: number;
    let replacement: string;
    if (text.charCodeAt(p) === 46) {
      // `.net\b`: no word character after it.
      const after = text.charCodeAt(p + 4);
      if (isAlnum(after) || after === 95) continue;
      body = p;
      stop = p + 4;
      replacement = 'dotnet';
    } else {
      // `[a-z](\+\+|#)`, the hint being its `+` or `#`.
      const letter = text.charCodeAt(p - 1);
      if (!(letter >= 97 && letter <= 122)) continue;
      if (text.charCodeAt(p) === 43) {
        if (text.charCodeAt(p + 1) !== 43) continue;
        stop = p + 2;
        replacement = `${text[p - 1]}plusplus`;
      } else {
        stop = p + 1;
        replacement = `${text[p - 1]}sharp`;
      }
      body = p - 1;
    }
    // `(^|[^\p{L}\p{N}])` before the body, not inside the previous match.
    const start = body === 0 ? 0 : body - 1;
    if (start < copied || (body > 0 && isAlnum(text.charCodeAt(body - 1)))) continue;
    out += text.slice(copied, body) + replacement;
    copied = stop;
    TECH_HINT.lastIndex = Math.max(TECH_HINT.lastIndex, stop);
  }
  return copied === 0 ? text : out + text.slice(copied);
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

const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** Two 32-bit values as 16 lower-case hex digits (what `toString(16).padStart(8, '0')` twice gives). */
export function hex16(a: number, b: number): string {
  return String.fromCharCode(
    HEX[(a >>> 28) & 15]!, HEX[(a >>> 24) & 15]!, HEX[(a >>> 20) & 15]!, HEX[(a >>> 16) & 15]!,
    HEX[(a >>> 12) & 15]!, HEX[(a >>> 8) & 15]!, HEX[(a >>> 4) & 15]!, HEX[a & 15]!,
    HEX[(b >>> 28) & 15]!, HEX[(b >>> 24) & 15]!, HEX[(b >>> 20) & 15]!, HEX[(b >>> 16) & 15]!,
    HEX[(b >>> 12) & 15]!, HEX[(b >>> 8) & 15]!, HEX[(b >>> 4) & 15]!, HEX[b & 15]!,
  );
}

/** The two lanes of `hash64` part way through a string. */
export interface Hash64Lanes {
  a: number;
  b: number;
}

export const HASH64_START: Hash64Lanes = { a: 0x811c9dc5, b: 0x01000193 ^ 0x5bd1e995 };

/** `hash64`'s lanes after reading `text` on from `lanes` (hash64(x + y) continues from x's lanes). */
export function hash64Lanes(lanes: Hash64Lanes, text: string): Hash64Lanes {
  let a = lanes.a;
  let b = lanes.b;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return { a, b };
}

/** 64-bit FNV-1a over a string, as 16 hex digits (two 32-bit lanes with different offsets). */
export function hash64(text: string): string {
  const { a, b } = hash64Lanes(HASH64_START, text);
  return hex16(a, b);
}

const TRACKING_PARAM = /^(utm_|gh_src|gh_jid$|source$|ref$|src$|lever-|trk)/i;

/**
 * http(s) URLs that `new URL` would only lower-case the host of: a host of plain labels whose last
 * one starts with a letter (so not an IP address or punycode), a path of plain characters, and no
 * port, credentials, query or fragment. Most posting URLs; they skip the parser (import runs this
 * for every posting). `.` and `..` segments, which the parser resolves, are checked separately.
 */
const PLAIN_URL = /^https?:\/\/((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)((?:\/[a-z0-9._~-]*)*)$/i;
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)|xn--/i;

/** URL identity for dedupe: no scheme, `www.`, fragment, tracking parameters or trailing slash. */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  // Surrounding white space fails the pattern: such URLs take the parser's path, which trims.
  const plain = PLAIN_URL.exec(url);
  if (plain && !DOT_SEGMENT.test(plain[0])) {
    const host = plain[1]!.toLowerCase();
    const path = plain[2]!;
    return (host.startsWith('www.') ? host.slice(4) : host) + (path.endsWith('/') ? path.replace(/\/+$/, '') : path);
  }
  try {
    const u = new URL(url.trim());
    // Most URLs have no query: skip building its parameter list.
    const params = u.search.length > 1 ? [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([x], [y]) => (x < y ? -1 : 1)) : [];
    const query = params.length ? '?' + params.map(([k, v]) => `${k}=${v}`).join('&') : '';
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    return `${host}${u.pathname.replace(/\/+$/, '')}${query}`;
  } catch {
    return normalizeText(url.trim()).replace(/\/+$/, '') || null;
  }
}

const TITLE_ABBREVIATIONS: Record<string, string> = { sr: 'senior', jr: 'junior', eng: 'engineer', mgr: 'manager', dev: 'developer' };

/** The title's part of `titleCompanyKey`. */
export function titleKeyPart(title: string): string {
  return words(normalizeForIndex(title))
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w)
    .join(' ');
}

/** The company's part of `titleCompanyKey`: legal-form words dropped. */
export function companyKeyPart(company: string | null): string {
  return words(normalizeText(company ?? ''))
    .filter((w) => !/^(inc|llc|ltd|gmbh|corp|co|sa|ag|plc|bv)$/.test(w))
    .join(' ');
}

/** Title + company identity for near-duplicate detection ("Sr. Engineer" = "Senior Engineer"). */
export function titleCompanyKey(title: string, company: string | null): string {
  return hash64(`${titleKeyPart(title)}|${companyKeyPart(company)}`);
}
