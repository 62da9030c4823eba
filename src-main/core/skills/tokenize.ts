/**
 * One tokenizer for taxonomy keys and scanned text, so "C++", "C#", ".NET", "Node.js", "CI/CD",
 * "A/B testing" and "P&L" normalize the same way on both sides.
 * Hyphens and most punctuation separate words ("front-end" = "front end"); `.` is kept only when
 * glued to the following word (".NET", "Node.js") so a full stop never joins two sentences;
 * a spaced "&" reads as "and"; "/" and a glued "&" are kept as tokens.
 */

export interface Token {
  /** Lower-case, accent-free form used for lookups. */
  norm: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
}

const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:\+\+|\+|#)?|\.(?=[\p{L}\p{N}])|[/&]/gu;
const NON_ASCII = /[^ -~]/;

export function normalizeWord(raw: string): string {
  let word = raw;
  if (NON_ASCII.test(word)) {
    word = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
  }
  return word.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match !== null; match = TOKEN_PATTERN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const norm = raw === '&' && isSpaced(text, start, end) ? 'and' : normalizeWord(raw);
    tokens.push({ norm, raw, start, end });
  }
  return tokens;
}

function isSpaced(text: string, start: number, end: number): boolean {
  const before = start === 0 ? ' ' : text.charAt(start - 1);
  const after = end >= text.length ? ' ' : text.charAt(end);
  return /\s/.test(before) && /\s/.test(after);
}

/** The lookup key for a phrase: its normalized tokens joined by single spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((token) => token.norm)
    .join(' ');
}
