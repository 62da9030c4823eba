/** Small normalisers shared by every source mapper. Every input is untrusted and may be missing. */
import type { EmploymentType, RemoteMode, SalaryPeriod, SalaryRange } from '../../../../src-preload/contract/job.types';
import { decodeEntities } from './html/entities';
import { htmlToText } from './html/text';
import { sanitizeHtml } from './sanitize';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty trimmed string (numbers become strings), else null. */
export function str(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

export function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() && Number.isFinite(Number(value.replace(/[,\s]/g, ''))))
    return Number(value.replace(/[,\s]/g, ''));
  return null;
}

export function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

/** Plain text for a title or name: entities decoded, tags dropped, whitespace collapsed. */
export function cleanLine(value: unknown): string | null {
  const text = str(value);
  if (!text) return null;
  const plain = text.includes('<') ? htmlToText(text) : decodeEntities(text);
  return str(plain.replace(/\s+/g, ' '));
}

export function joinUnique(parts: (string | null | undefined)[], separator = ', '): string | null {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const part of parts) {
    const value = part?.trim();
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    kept.push(value);
  }
  return kept.length ? kept.join(separator) : null;
}

export function employmentTypeOf(value: unknown): EmploymentType | null {
  for (const item of list(value)) {
    const text = typeof item === 'string' ? item : isObject(item) ? (str(item.label) ?? str(item.id) ?? str(item.name)) : null;
    if (!text) continue;
    const key = text.toLowerCase().replace(/[^a-z]/g, '');
    if (/^(fulltime|permanent|fulltimeemployee|regular|vollzeit|festanstellung)/.test(key)) return 'full-time';
    if (/^(parttime|teilzeit)/.test(key)) return 'part-time';
    if (/^(contract|contractor|freelance|selfemployed|consultant)/.test(key)) return 'contract';
    if (/^(temporary|temp|seasonal|fixedterm|befristet)/.test(key)) return 'temporary';
    if (/^(intern|internship|praktikum|werkstudent|trainee|apprentice)/.test(key)) return 'internship';
    if (/^volunt/.test(key)) return 'volunteer';
    if (/^perdiem/.test(key)) return 'per-diem';
    if (key === 'other') return 'other';
  }
  return null;
}

export function remoteModeOf(value: unknown): RemoteMode | null {
  if (value === true) return 'remote';
  const text = str(value);
  if (!text) return null;
  const key = text.toLowerCase();
  if (/hybrid/.test(key)) return 'hybrid';
  if (/\b(remote|telecommute|work from home|wfh|anywhere)\b/.test(key)) return 'remote';
  if (/\b(on-?site|in[- ]office|in[- ]person|onsite|office)\b/.test(key)) return 'onsite';
  return null;
}

/** ISO string for a date given as ISO text, epoch seconds or epoch milliseconds. */
export function isoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    const ms = value < 1e11 ? value * 1000 : value;
    return new Date(ms).toISOString();
  }
  const text = str(value);
  if (!text) return null;
  if (/^\d{9,13}$/.test(text)) return isoDate(Number(text));
  return text;
}

export function periodOf(value: unknown): SalaryPeriod | null {
  const text = str(value)?.toLowerCase();
  if (!text) return null;
  if (/hour/.test(text)) return 'hour';
  if (/day|daily/.test(text)) return 'day';
  if (/week/.test(text)) return 'week';
  if (/month/.test(text)) return 'month';
  if (/year|annual|annum|yearly/.test(text)) return 'year';
  return null;
}

export function salaryRange(min: unknown, max: unknown, currency: unknown, period: unknown, text: string): SalaryRange | null {
  const low = num(min);
  const high = num(max);
  if ((low === null || low <= 0) && (high === null || high <= 0)) return null;
  return {
    min: low !== null && low > 0 ? low : null,
    max: high !== null && high > 0 ? high : null,
    currency: str(currency)?.toUpperCase() ?? null,
    period: periodOf(period),
    text,
  };
}

/** Posting HTML from a source: decodes an HTML-escaped payload ("&lt;p&gt;") once, then sanitizes. */
export function descriptionFromHtml(value: unknown): { html: string | null; text: string | null } {
  let html = str(value);
  if (!html) return { html: null, text: null };
  if (!/<[a-z!/]/i.test(html) && /&lt;[a-z/]/i.test(html)) html = decodeEntities(html);
  const clean = sanitizeHtml(html);
  return { html: clean || null, text: str(htmlToText(clean)) };
}

export function absoluteUrl(value: unknown, base?: string): string | null {
  const text = str(value);
  if (!text) return null;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
