/**
 * Date forms seen on resumes, in English, French, Spanish and German, → ISO partial dates.
 *
 * Output: `YYYY` or `YYYY-MM`. "Present" words (present, current, now, aujourd'hui, actual,
 * actualidad, heute, ...) end a range with no endDate (JSON Resume: absent endDate = ongoing).
 * Seasons map to a month, documented here so the UI can explain it:
 * Winter → 01, Spring → 03, Summer → 06, Fall/Autumn → 09.
 */

import { OPEN_END, monthYearShortRange, shortEndYear } from './date-short-forms';

const MONTHS: Record<string, number> = {};
const addMonths = (names: string[][]) => names.forEach((forms, i) => forms.forEach((f) => (MONTHS[f] = i + 1)));
addMonths([
  ['jan', 'january', 'janvier', 'janv', 'enero', 'ene', 'januar', 'jänner', 'janeiro'],
  ['feb', 'february', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'fev', 'febrero', 'februar'],
  ['mar', 'march', 'mars', 'marzo', 'märz', 'maerz', 'mär', 'mrz'],
  ['apr', 'april', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo', 'may'],
  ['jun', 'june', 'juin', 'junio', 'juni'],
  ['jul', 'july', 'juillet', 'juil', 'julio', 'juli'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'ago'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'set'],
  ['oct', 'october', 'octobre', 'octubre', 'oktober', 'okt'],
  ['nov', 'november', 'novembre', 'noviembre'],
  ['dec', 'december', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezember', 'dez'],
]);
const SEASONS: Record<string, number> = {
  winter: 1,
  hiver: 1,
  invierno: 1,
  spring: 3,
  printemps: 3,
  primavera: 3,
  frühling: 3,
  fruehling: 3,
  summer: 6,
  été: 6,
  ete: 6,
  verano: 6,
  sommer: 6,
  fall: 9,
  autumn: 9,
  automne: 9,
  otoño: 9,
  otono: 9,
  herbst: 9,
};
const PRESENT = [
  'present',
  'current',
  'currently',
  'now',
  'today',
  'ongoing',
  'to date',
  'date',
  "aujourd'hui",
  'aujourd’hui',
  'ce jour',
  'actuel',
  'actuellement',
  'présent',
  'en cours',
  'actual',
  'actualidad',
  'presente',
  'hoy',
  'la fecha',
  'heute',
  'jetzt',
  'aktuell',
  'derzeit',
  'dato',
];

const monthAlt = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const seasonAlt = Object.keys(SEASONS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const presentAlt = PRESENT.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|');
const YEAR = '((?:19|20)\\d{2})';

/**
 * One date token; groups: 1 month name, 2 year | 3 'yy, 4 season, 5 year, 6 MM, 7 YYYY, 8 YYYY, 9 MM, 10 present, 11 year,
 * 12–15 a full date (day and month in either order, separator, year), 16–17 a quarter ("Q3 2019").
 */
const TOKEN = new RegExp(
  [
    `(?<![\\p{L}])(${monthAlt})\\.?,?\\s*(?:de\\s+|del\\s+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?${YEAR}|['’](\\d{2}))(?!\\d)`,
    `(?<![\\p{L}])(${seasonAlt})\\s*,?\\s*${YEAR}(?!\\d)`,
    `(?<![\\d/.])(0?[1-9]|1[0-2])\\s*[/.]\\s*${YEAR}(?!\\d)`,
    `(?<!\\d)${YEAR}[/.-](0[1-9]|1[0-2])(?![\\d/.-])`,
    `(?<![\\p{L}])(${presentAlt})(?![\\p{L}])`,
    `(?<![\\d$€£#.,])${YEAR}(?![\\d%+]|,\\d)`,
    `(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\13${YEAR}(?!\\d)`,
    `(?<![\\p{L}\\d])Q([1-4])\\s*${YEAR}(?!\\d)`,
  ].join('|'),
  'giu',
);

export interface DateToken {
  /** ISO partial date, or 'present'. */
  value: string;
  index: number;
  end: number;
}

function twoDigitYear(yy: string): string {
  const n = Number(yy);
  return String(n > 50 ? 1900 + n : 2000 + n);
}

const tokenCache = new Map<string, DateToken[]>();
/** Drops memoized results (called at the start of each parse, so timings stay honest). */
export function resetDateCache(): void {
  tokenCache.clear();
}

/** Memoized: the same header line is asked about several times while entries are split. */
export function findDateTokens(text: string): DateToken[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    tokens = /\d/.test(text) || /present|current|now|heute|aujourd|actual/i.test(text) ? scanDateTokens(text) : [];
    if (tokenCache.size > 5000) tokenCache.clear();
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/**
 * "03/15/2019" or "15.03.2019" → "2019-03". The number over 12 is the day; when both could be
 * months, a slash reads month first (US) and a dot day first (Europe).
 */
function fullDate(a: number, sep: string, b: number, year: string): string | null {
  const month = a > 12 ? b : b > 12 ? a : sep === '/' ? a : b;
  return month >= 1 && month <= 12 && Math.min(a, b) >= 1 ? `${year}-${String(month).padStart(2, '0')}` : null;
}

function scanDateTokens(text: string): DateToken[] {
  const tokens: DateToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let value: string | null = null;
    const pad = (n: number) => String(n).padStart(2, '0');
    if (m[1]) {
      const month = MONTHS[m[1].toLowerCase()];
      const year = m[2] ?? (m[3] ? twoDigitYear(m[3]) : undefined);
      if (month && year) value = `${year}-${pad(month)}`;
    } else if (m[4] && m[5]) value = `${m[5]}-${pad(SEASONS[m[4].toLowerCase()]!)}`;
    else if (m[6] && m[7]) value = `${m[7]}-${pad(Number(m[6]))}`;
    else if (m[8] && m[9]) value = `${m[8]}-${m[9]}`;
    else if (m[10]) {
      // "date" alone is only "present" after a range dash ("2019 – date").
      const word = m[10].toLowerCase();
      if (
        (word === 'date' || word === 'dato' || word === 'now' || word === 'today') &&
        !/(?:[-–—]|\b(?:to|till|until|bis|hasta|à))\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
      )
        continue;
      value = 'present';
    } else if (m[11]) value = m[11];
    else if (m[12] && m[14] && m[15]) value = fullDate(Number(m[12]), m[13]!, Number(m[14]), m[15]);
    else if (m[16] && m[17]) value = `${m[17]}-${pad((Number(m[16]) - 1) * 3 + 1)}`;
    if (value) tokens.push({ value, index: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export interface DateRange {
  startDate?: string;
  endDate?: string;
  /** True when the range ends in a "present" word. */
  present: boolean;
  /** Character span covered in the source text, so callers can remove it. */
  index: number;
  end: number;
  /** Only one date was written (a graduation date, a single-season job). */
  single: boolean;
}

/** What may stand between the two ends of a range: a dash, a word, or both ("– bis heute", "- to date"). */
const JOINER =
  /^\s*(?:[-–—~‐‑→>/]+)?\s*(?:to|until|till|through|thru|à|au|a|al|hasta|bis|jusqu['’]?(?:à|au|en)|zu)?\s*(?:\d{1,2}(?:st|nd|rd|th|er|\.)?\s*)?$/i;
const SINCE = /(?:since|from|depuis|desde|seit)\s*$/i;

/** The first date range in a line: "Jan 2020 – Present", "2019 - now", "03/2018 to 05/2020", "Summer 2019". */
export function findDateRange(text: string): DateRange | null {
  const tokens = findDateTokens(text);
  if (!tokens.some((t) => t.value !== 'present')) {
    const short = /\d\/\d{2}/.test(text) ? monthYearShortRange(text) : null;
    return short && { ...short, single: false };
  }
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (first.value === 'present') continue;
    const second = tokens[i + 1];
    if (
      second &&
      JOINER.test(text.slice(first.end, second.index)) &&
      (second.value === 'present' || second.value >= first.value.slice(0, 4))
    ) {
      // "Summer 2018, 2019" and "2018, 2019" are ranges too.
      return second.value === 'present'
        ? { startDate: first.value, present: true, index: first.index, end: second.end, single: false }
        : { startDate: first.value, endDate: second.value, present: false, index: first.index, end: second.end, single: false };
    }
    if (second && /^\s*,\s*$/.test(text.slice(first.end, second.index)) && second.value !== 'present' && /^\d{4}$/.test(second.value)) {
      return { startDate: first.value, endDate: second.value, present: false, index: first.index, end: second.end, single: false };
    }
    const after = text.slice(first.end, second?.index);
    const short = /^\d{4}$/.test(first.value) ? shortEndYear(first.value, after) : null;
    if (short)
      return {
        startDate: first.value,
        endDate: short.endDate,
        present: false,
        index: first.index,
        end: first.end + short.length,
        single: false,
      };
    if (SINCE.test(text.slice(0, first.index)) || (!second && OPEN_END.test(after)))
      return { startDate: first.value, present: true, index: first.index, end: first.end, single: false };
    return { startDate: first.value, endDate: first.value, present: false, index: first.index, end: first.end, single: true };
  }
  return null;
}

/** Parses one stand-alone date value ("Mar 2019", "2019", "03/2019"); null when it is not a date. */
export function parseDate(text: string): string | null {
  const tokens = findDateTokens(text.trim());
  const t = tokens[0];
  return t && t.value !== 'present' ? t.value : null;
}

/** Removes a span from a line and tidies the separators left behind. */
export function removeSpan(text: string, index: number, end: number): string {
  return tidy(`${text.slice(0, index)}\t${text.slice(end)}`);
}

export function tidy(text: string): string {
  return text
    .replace(/\(\s*\)/g, ' ')
    .replace(/(?:^|\s)(?:[|•·,;:–—-]\s*)+$/u, '')
    .replace(/^\s*[|•·,;:–—-]+(?=\s|$)/u, '')
    .replace(/[ ]{2,}/g, ' ')
    .trim();
}
