/**
 * Reads a salary stated in free text ("£85,000", "$120k – $150k / year", "EUR 60.000-70.000").
 * Used for sources whose salary is free text (Remotive, HN) and for pages without structured data.
 * Conservative: a figure needs a currency and, in long text, a pay word nearby.
 */
import type { SalaryPeriod, SalaryRange } from '../../../../src-preload/contract/job.types';

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
};
const CODES = 'USD|GBP|EUR|CAD|AUD|CHF|SEK|NOK|DKK|PLN|INR|JPY|NZD|SGD';

const AMOUNT = String.raw`(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?)\s*([kK]|[mM](?![a-z]))?`;
const CURRENCY = String.raw`(US\$|CA\$|AU\$|C\$|A\$|[$£€¥₹]|(?:${CODES})\b)`;
const RANGE = new RegExp(String.raw`${CURRENCY}\s?${AMOUNT}(?:\s*(?:-|–|—|to)\s*${CURRENCY}?\s?${AMOUNT})?(?:\s*(?:${CODES})\b)?`, 'g');
const CODE_AFTER = new RegExp(String.raw`${AMOUNT}(?:\s*(?:-|–|—|to)\s*${AMOUNT})?\s*(${CODES}|€)\b`, 'g');
const PAY_WORDS = /salary|compensation|pay|base|ote|per (?:year|annum|hour|month)|\/\s?(?:yr|year|hr|hour)|range|package|gehalt|rate/i;

function amount(digits: string | undefined, suffix: string | undefined): number | null {
  if (!digits) return null;
  let text = digits.replace(/\s/g, '');
  // "60.000" and "60,000" are thousands; "60.5" is a decimal.
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) text = text.replace(/[.,]/g, '');
  else text = text.replace(',', '.');
  let value = Number(text);
  if (!Number.isFinite(value)) return null;
  if (suffix && /k/i.test(suffix)) value *= 1000;
  if (suffix && /m/i.test(suffix)) value *= 1_000_000;
  return value;
}

function periodNear(text: string, value: number): SalaryPeriod | null {
  const lower = text.toLowerCase();
  if (/(per|an|\/|a)\s?(hour|hr)\b|hourly/.test(lower)) return 'hour';
  if (/(per|\/|a)\s?day\b|daily/.test(lower)) return 'day';
  if (/(per|\/|a)\s?week\b|weekly/.test(lower)) return 'week';
  if (/(per|\/|a)\s?month\b|monthly|\/\s?mo\b/.test(lower)) return 'month';
  if (/(per|\/|a)\s?(year|yr|annum)\b|annual|yearly|p\.a\./.test(lower)) return 'year';
  if (value >= 10_000) return 'year';
  if (value > 0 && value < 300) return 'hour';
  return null;
}

/** The first plausible salary in `text`, or null. */
export function parseSalaryText(text: string | null | undefined, options: { requirePayWord?: boolean } = {}): SalaryRange | null {
  if (!text) return null;
  const requirePayWord = options.requirePayWord ?? text.length > 200;
  const candidates: { index: number; match: string; min: number | null; max: number | null; currency: string | null }[] = [];
  for (const match of text.matchAll(RANGE)) {
    const currency = SYMBOLS[match[1]!] ?? match[1]!.toUpperCase();
    const low = amount(match[2], match[3]);
    const high = amount(match[5], match[6] ?? match[3]);
    candidates.push({ index: match.index ?? 0, match: match[0], min: low, max: high ?? low, currency });
  }
  for (const match of text.matchAll(CODE_AFTER)) {
    const code = match[5]!;
    const low = amount(match[1], match[2]);
    const high = amount(match[3], match[4] ?? match[2]);
    candidates.push({
      index: match.index ?? 0,
      match: match[0],
      min: low,
      max: high ?? low,
      currency: SYMBOLS[code] ?? code.toUpperCase(),
    });
  }
  candidates.sort((a, b) => a.index - b.index);
  for (const candidate of candidates) {
    if (candidate.min === null || candidate.min < 10) continue;
    const window = text.slice(Math.max(0, candidate.index - 80), candidate.index + candidate.match.length + 40);
    if (requirePayWord && !PAY_WORDS.test(window)) continue;
    let { min, max } = candidate;
    // "$120-150k": the suffix on the upper bound applies to the lower one.
    if (max !== null && min !== null && max >= 1000 && min < 1000 && max / min > 100) min *= 1000;
    if (max !== null && min !== null && max < min) [min, max] = [max, min];
    const after = text.slice(candidate.index, candidate.index + candidate.match.length + 25);
    const lineStart = text.lastIndexOf('\n', candidate.index) + 1;
    const lineEnd = text.indexOf('\n', candidate.index + candidate.match.length);
    const sentence = text
      .slice(lineStart, lineEnd === -1 ? undefined : lineEnd)
      .trim()
      .slice(0, 200);
    return { min, max, currency: candidate.currency, period: periodNear(after, max ?? min), text: sentence || candidate.match.trim() };
  }
  return null;
}
