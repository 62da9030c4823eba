/**
 * Numbers in free text, normalized so "$1.2M", "$1.2 million" and "$1,200,000" compare equal and
 * "40%" never passes for "25%". Digits glued to letters ("S3", "ES2015", "Q3", "3D") are names,
 * not quantities, and are skipped.
 */

export type QuantityKind = 'money' | 'percent' | 'count' | 'year' | 'multiplier';

export interface Quantity {
  kind: QuantityKind;
  value: number;
  text: string;
  start: number;
  end: number;
}

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  trillion: 1e12,
};

/**
 * currency? number (.fraction)? (scale)? (+)? (% | x)? (currency word)?
 * The look-behind keeps a match from starting inside a word or another number.
 */
const QUANTITY =
  /(?<![\p{L}\p{N}.,$£€¥₹])(?:(US\$|C\$|A\$|\$|£|€|¥|₹)\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:(k|K|m|M|mm|MM|bn|b|B)(?![\p{L}\p{N}])|\s+(thousand|million|billion|trillion)\b)?(\+)?(?:\s?(%|percent\b|per cent\b)|(x|×)(?![\p{L}\p{N}]))?(?:\s?(USD|EUR|GBP|CAD|AUD|dollars|euros|pounds)\b)?(?![\p{L}\p{N}])/gu;

const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};
const WORD_NUMBER = new RegExp(`\\b(?:a\\s+)?(${Object.keys(WORD_NUMBERS).join('|')})\\b`, 'gi');

const MULTIPLIER_WORDS: Record<string, number> = { doubled: 2, doubling: 2, tripled: 3, tripling: 3, quadrupled: 4, quadrupling: 4 };
const MULTIPLIER_WORD = /\b(doubled|doubling|tripled|tripling|quadrupled|quadrupling)\b/gi;

const YEAR_MIN = 1950;
const YEAR_MAX = 2099;

/** Set phrases whose digits are not claims ("24/7" support). Masked with spaces so offsets stay put. */
const SET_PHRASES = /\b24\/7\b|\b24x7\b|\b360[- ]degree\b/gi;

export function extractQuantities(input: string): Quantity[] {
  const text = input.replace(SET_PHRASES, (phrase) => ' '.repeat(phrase.length));
  const found: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let match = QUANTITY.exec(text); match !== null; match = QUANTITY.exec(text)) {
    const [whole, currency, integer = '', fraction, shortScale, longScale, , percent, times, currencyWord] = match;
    const base = Number(`${integer.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
    if (!Number.isFinite(base)) continue;
    const scale = SCALE[(shortScale ?? longScale ?? '').toLowerCase()] ?? 1;
    const value = base * scale;
    let kind: QuantityKind = 'count';
    if (currency || currencyWord) kind = 'money';
    else if (percent) kind = 'percent';
    else if (times) kind = 'multiplier';
    else if (scale === 1 && !fraction && /^\d{4}$/.test(integer) && base >= YEAR_MIN && base <= YEAR_MAX) kind = 'year';
    found.push({ kind, value, text: whole.trim(), start: match.index, end: match.index + whole.length });
  }
  WORD_NUMBER.lastIndex = 0;
  for (let match = WORD_NUMBER.exec(text); match !== null; match = WORD_NUMBER.exec(text)) {
    const value = WORD_NUMBERS[(match[1] ?? '').toLowerCase()];
    if (value !== undefined) found.push({ kind: 'count', value, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  MULTIPLIER_WORD.lastIndex = 0;
  for (let match = MULTIPLIER_WORD.exec(text); match !== null; match = MULTIPLIER_WORD.exec(text)) {
    const value = MULTIPLIER_WORDS[(match[1] ?? '').toLowerCase()];
    if (value !== undefined)
      found.push({ kind: 'multiplier', value, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Kinds of evidence that can back a claimed kind. Percentages and money must match in kind. */
const BACKED_BY: Record<QuantityKind, QuantityKind[]> = {
  money: ['money', 'count'],
  percent: ['percent'],
  count: ['count', 'money', 'percent', 'year', 'multiplier'],
  year: ['year', 'count'],
  multiplier: ['multiplier'],
};

export function isBacked(claim: Quantity, evidence: readonly Quantity[]): boolean {
  return evidence.some((item) => {
    if (BACKED_BY[claim.kind].includes(item.kind) && sameValue(claim.value, item.value)) return true;
    // "doubled" is backed by "a 100% increase".
    return claim.kind === 'multiplier' && item.kind === 'percent' && sameValue((claim.value - 1) * 100, item.value);
  });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_YEAR =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b/gi;

export interface MonthYear {
  /** `YYYY-MM`. */
  key: string;
  text: string;
  start: number;
  end: number;
}

export function extractMonthYears(text: string): MonthYear[] {
  const found: MonthYear[] = [];
  MONTH_YEAR.lastIndex = 0;
  for (let match = MONTH_YEAR.exec(text); match !== null; match = MONTH_YEAR.exec(text)) {
    const month = MONTHS.indexOf((match[1] ?? '').slice(0, 3).toLowerCase()) + 1;
    if (month < 1) continue;
    found.push({
      key: `${match[2]}-${String(month).padStart(2, '0')}`,
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}

/** Year and `YYYY-MM` keys of an ISO 8601 partial date (`2019`, `2019-03`, `2019-03-01`). */
export function isoDateKeys(date: string): { year: number | null; month: string | null } {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date.trim());
  if (!match) return { year: null, month: null };
  return { year: Number(match[1]), month: match[2] ? `${match[1]}-${match[2]}` : null };
}
