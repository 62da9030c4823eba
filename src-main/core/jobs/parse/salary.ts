/**
 * Pay ranges from posting text: "$120k–$150k", "USD 90-110K", "€60.000 par an", "25 $/hour",
 * "between 80 and 95 thousand dollars", "up to $200k". Every number is a candidate; a candidate
 * needs a currency, or pay words around it, to count, and is rejected when it reads as something
 * else (401(k), years, percentages, head counts). The period is only set when the text states it.
 */
import type { SalaryPeriod, SalaryRange } from '../../../../src-preload/contract/job.types';
import { currencyForLocation } from './location';

const ISO_CODES = new Set(['USD', 'CAD', 'EUR', 'GBP', 'AUD', 'NZD', 'CHF', 'INR', 'JPY', 'SGD', 'SEK', 'NOK', 'DKK', 'PLN', 'MXN', 'BRL', 'ZAR', 'HKD', 'CNY', 'ILS', 'AED', 'CZK', 'HUF', 'RON']);
const SYMBOLS: Record<string, string> = { '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', 'C$': 'CAD', 'CA$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'NZ$': 'NZD', 'S$': 'SGD', 'R$': 'BRL', 'US$': 'USD', HK$: 'HKD' };
const WORD_CURRENCIES: Record<string, string> = { dollar: '$', dollars: '$', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', livres: 'GBP', dolares: '$', dólares: '$' };

/** A bare "$" until the location or another mention says which dollar. */
const DOLLAR = '$';

const AMOUNT_PATTERN =
  /((?:[A-Z]{3}|[A-Z]{1,2}\$|HK\$|[$£€¥₹])\s?)?(\d{1,3}(?:[,.\u00a0\u202f '’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:\s?([kK](?![a-zA-Z])|thousand|million|[mM](?![a-zA-Z])|mil(?![a-zA-Z])))?(\s?(?:[A-Z]{3}(?![a-zA-Z])|[$£€¥₹]|dollars?|euros?|pounds?|livres|d[oó]lares))?/g;
const RANGE_JOIN = /^\s*(?:-|–|—|to|and|à|a|bis|hasta|y|et|au)\s*$/i;
const PAY_WORDS = /salary|pay\b|paid|compensation|wage|rate|range|earn|stipend|remunerat|salaire|rémunération|salario|sueldo|gehalt|vergütung|ote\b|base/i;
const NOT_PAY_AFTER = /^\s*(?:\+?\s*(?:years?|yrs?|year[- ]olds?|ans\b|años|jahre)|%|\s*percent|\(k\)|\s*(?:people|employees|members|staff|users|customers|clients|countries|offices|locations|hours|hrs|days|weeks|months|states|students|beds|patients))/i;

const ON_TARGET = /\bOTE\b|on[- ]target|typically (?:earn|make)|(?:could|can|will|may) (?:earn|make)|earning potential|uncapped|in commissions?\b/i;

interface Amount {
  value: number;
  currency: string | null;
  start: number;
  end: number;
  multiplier: number;
}

export function parseNumber(raw: string): number {
  const compact = raw.replace(/[\u00a0\u202f '’]/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(compact)) return Number(compact.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d{1,2}$/.test(compact)) return Number(compact.replace(',', '.'));
  return Number(compact.replace(/,/g, ''));
}

function currencyOf(marker: string | undefined): string | null {
  const raw = (marker ?? '').trim();
  if (!raw) return null;
  if (raw === '$') return DOLLAR;
  if (SYMBOLS[raw]) return SYMBOLS[raw] ?? null;
  if (ISO_CODES.has(raw)) return raw;
  return WORD_CURRENCIES[raw.toLowerCase()] ?? null;
}

function scale(unit: string | undefined): number {
  const lower = (unit ?? '').toLowerCase();
  if (lower === 'k' || lower === 'thousand') return 1000;
  if (lower === 'm' || lower === 'million' || lower === 'mil') return 1_000_000;
  return 1;
}

function findAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  AMOUNT_PATTERN.lastIndex = 0;
  for (let match = AMOUNT_PATTERN.exec(text); match; match = AMOUNT_PATTERN.exec(text)) {
    const preCurrency = currencyOf(match[1]);
    const prefixLength = match[1] && !preCurrency ? match[1].length : 0;
    if (/[\p{L}\d]/u.test(text.charAt(match.index + prefixLength - 1)) && !preCurrency) continue;
    const value = parseNumber(match[2] ?? '') * scale(match[3]);
    if (!Number.isFinite(value) || value <= 0) continue;
    const currency = preCurrency ?? currencyOf(match[4]);
    const end = match.index + match[0].length - (match[4] && !currencyOf(match[4]) ? match[4].length : 0);
    amounts.push({ value, currency, start: match.index + prefixLength, end, multiplier: scale(match[3]) });
  }
  return amounts;
}

const PERIOD_WORDS: { period: SalaryPeriod; pattern: RegExp }[] = [
  { period: 'hour', pattern: /(?:\bper|\ban?|\beach|\/)\s*(?:hour|hr|h)\b|\/\s*h(?:ou)?r?\b|\bhourly\b|\bheure\b|\bhoraire\b|\bhora\b|\bstunde\b/ },
  { period: 'day', pattern: /(?:\bper|\ba|\/)\s*day\b|\bdaily\b|\bper diem\b|\bjour\b|\bdía\b|\btag\b/ },
  { period: 'week', pattern: /(?:\bper|\ba|\/)\s*(?:week|wk)\b|\bweekly\b|\bsemaine\b|\bsemana\b|\bwoche\b/ },
  { period: 'month', pattern: /(?:\bper|\ba|\/)\s*(?:month|mo)\b|\bmonthly\b|\bmois\b|\bmensuel|\bmensual\b|\bal mes\b|\bmonat/ },
  { period: 'year', pattern: /(?:\bper|\ban?|\/)\s*(?:year|yr|annum)\b|\bannual(?:ly)?\b|\byearly\b|\bp\.?a\.?(?![a-z])|(?:par|\/)\s*an\b|\bannuel|\bal año\b|\banual\b|\bjahr|\bjährlich/ },
];

function periodNear(before: string, after: string): SalaryPeriod | null {
  const window = `${after.slice(0, 32)}`.toLowerCase();
  const lead = before.slice(-32).toLowerCase();
  for (const { period, pattern } of PERIOD_WORDS) if (pattern.test(window)) return period;
  for (const { period, pattern } of PERIOD_WORDS) if (pattern.test(lead)) return period;
  return null;
}

interface Candidate {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
  start: number;
  end: number;
  score: number;
}

function toCandidate(text: string, first: Amount, second: Amount | null, header: boolean): Candidate | null {
  const last = second ?? first;
  const after = text.slice(last.end, last.end + 40);
  if (NOT_PAY_AFTER.test(after) || /401\s*\(?k/i.test(text.slice(first.start, first.end + 3))) return null;
  // "90-110K": the unit written once applies to both ends.
  const sharesUnit = second !== null && first.multiplier === 1 && second.multiplier > 1 && first.value < 1000;
  const low = sharesUnit && second ? first.value * second.multiplier : first.value;
  const high = second ? second.value : first.value;
  const before = text.slice(Math.max(0, first.start - 60), first.start);
  const currency = first.currency ?? second?.currency ?? null;
  const period = periodNear(before, after);
  const payContext = PAY_WORDS.test(before) || header;
  if (!currency && !(payContext && (period !== null || high >= 1000))) return null;
  if (high < low || high > 10_000_000) return null;
  const plausible = last.multiplier < 1_000_000 && high >= 1000 && high <= 1_000_000;
  // "Base of $40,000; reps typically earn $90K-$130K": on-target earnings are not the pay range.
  const earningsOnly = ON_TARGET.test(before.slice(-40)) ? 3 : 0;
  const score = (currency ? 3 : 0) + (period ? 2 : 0) + (payContext ? 2 : 0) + (second ? 1 : 0) + (high >= 10 ? 1 : 0) + (plausible ? 1 : 0) - earningsOnly;
  const bounds = openBounds(before, low, high, second !== null);
  return { ...bounds, currency, period, start: first.start, end: last.end, score };
}

/** "up to $200k" has no minimum; "from $50k" / "at least $50k" has no maximum. */
function openBounds(before: string, low: number, high: number, range: boolean): { min: number | null; max: number | null } {
  if (range) return { min: low, max: high };
  const lead = before.slice(-24).toLowerCase();
  if (/\b(up to|jusqu'?à|hasta|bis zu|max(imum)?( of)?)\s*$/.test(lead)) return { min: null, max: high };
  if (/\b(from|starting (at|from)|at least|min(imum)?( of)?|à partir de|desde|ab)\s*$/.test(lead)) return { min: low, max: null };
  return { min: low, max: high };
}

function candidates(text: string, header: boolean): Candidate[] {
  const amounts = findAmounts(text);
  const found: Candidate[] = [];
  for (let index = 0; index < amounts.length; index += 1) {
    const first = amounts[index];
    if (!first) continue;
    const next = amounts[index + 1];
    const joined = next && RANGE_JOIN.test(text.slice(first.end, next.start)) ? next : null;
    const candidate = toCandidate(text, first, joined, header);
    if (candidate) found.push(candidate);
    if (joined) index += 1;
  }
  return found;
}

export interface SalaryContext {
  /** The location, used to tell which dollar "$" means and the currency of a bare number. */
  location: string | null;
  /** The text is a salary field (header, ATS field), so a bare number is pay. */
  field?: boolean;
}

function resolveCurrency(currency: string | null, text: string, context: SalaryContext): string | null {
  if (currency && currency !== DOLLAR) return currency;
  const local = currencyForLocation(context.location);
  if (currency === DOLLAR) {
    const named = /\b(CAD|AUD|NZD|SGD|HKD)\b/.exec(text)?.[1];
    return named ?? (local && local !== 'GBP' && local !== 'EUR' && local !== 'INR' ? local : 'USD');
  }
  return local;
}

export function parseSalary(text: string, context: SalaryContext): SalaryRange | null {
  const found = candidates(text, context.field === true);
  const best = found.reduce<Candidate | null>((top, candidate) => (top === null || candidate.score > top.score ? candidate : top), null);
  if (!best || (!context.field && best.score < 5)) return null;
  const sourceText = text.slice(best.start, Math.min(text.length, best.end + 16)).split('\n')[0]?.trim() ?? '';
  return { min: best.min, max: best.max, currency: resolveCurrency(best.currency, text, context), period: best.period, text: sourceText };
}
