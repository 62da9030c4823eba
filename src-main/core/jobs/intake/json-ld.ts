/**
 * schema.org JobPosting from JSON-LD in a page (DATA-SOURCES.md section 1). Real pages publish
 * invalid JSON often enough (raw newlines inside strings, trailing commas, HTML-escaped blocks),
 * so parsing is tolerant; a block that still cannot be read is skipped, never fatal.
 */
import type { JobSource, SalaryRange } from '../../../../src-preload/contract/job.types';
import { decodeEntities } from './html/entities';
import {
  absoluteUrl,
  cleanLine,
  descriptionFromHtml,
  employmentTypeOf,
  isObject,
  isoDate,
  joinUnique,
  list,
  num,
  periodOf,
  remoteModeOf,
  str,
  type Json,
  type JsonObject,
} from './normalize';
import type { RawPosting } from './types';

const LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** Text content of every JSON-LD script block, in page order. */
export function findJsonLdBlocks(html: string): string[] {
  return [...html.matchAll(LD_SCRIPT)].map((match) => match[1]!);
}

/** Escapes raw control characters inside strings and drops trailing commas, outside strings only. */
export function repairJson(text: string): string {
  let out = '';
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (inString) {
      if (char === '\\') {
        out += char + (text[index + 1] ?? '');
        index++;
      } else if (char === '"') {
        inString = false;
        out += char;
      } else if (char < ' ') {
        out +=
          char === '\n' ? '\\n' : char === '\r' ? '\\r' : char === '\t' ? '\\t' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
      } else out += char;
      continue;
    }
    if (char === '"') inString = true;
    if (char === ',') {
      const rest = /^\s*([}\]])/.exec(text.slice(index + 1, index + 200));
      if (rest) continue;
    }
    out += char;
  }
  return out;
}

/** Parses one JSON-LD block tolerantly; null when it cannot be read. */
export function parseJsonLd(block: string): Json | null {
  const trimmed = block
    .trim()
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .replace(/^\/\*\s*<!\[CDATA\[\s*\*\//, '')
    .replace(/\/\*\s*\]\]>\s*\*\/$/, '')
    .replace(/^<!\[CDATA\[/, '')
    .replace(/\]\]>$/, '')
    .replace(/^\uFEFF/, '')
    .trim();
  const attempts = [trimmed, repairJson(trimmed)];
  if (/&quot;|&#34;|&#x22;/i.test(trimmed)) attempts.push(repairJson(decodeEntities(trimmed)));
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt) as Json;
    } catch {
      // try the next repair
    }
  }
  return null;
}

function typesOf(node: JsonObject): string[] {
  return list(node['@type']).flatMap((type) => (typeof type === 'string' ? [type.replace(/^.*[/#:]/, '')] : []));
}

/** Every JobPosting object in a parsed JSON-LD value (arrays, @graph and nested values walked). */
export function collectJobPostings(value: Json, found: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 12 || value === null || typeof value !== 'object') return found;
  if (Array.isArray(value)) {
    for (const item of value) collectJobPostings(item, found, depth + 1);
    return found;
  }
  if (typesOf(value).includes('JobPosting')) {
    found.push(value);
    return found;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === '@context') continue;
    collectJobPostings(child, found, depth + 1);
  }
  return found;
}

function nameOf(value: unknown): string | null {
  if (isObject(value)) return cleanLine(value.name) ?? cleanLine(value['@id']);
  return cleanLine(value);
}

function addressText(address: unknown): string | null {
  if (!isObject(address)) return cleanLine(address);
  return joinUnique([nameOf(address.addressLocality), nameOf(address.addressRegion), nameOf(address.addressCountry)]);
}

function locationText(posting: JsonObject): string | null {
  const places = list(posting.jobLocation).map((place) => {
    if (!isObject(place)) return cleanLine(place);
    return addressText(place.address) ?? cleanLine(place.name);
  });
  const joined = joinUnique(places, '; ');
  if (joined) return joined;
  return joinUnique(list(posting.applicantLocationRequirements).map(nameOf), '; ');
}

function salaryOf(posting: JsonObject): SalaryRange | null {
  const base = list(posting.baseSalary ?? posting.estimatedSalary)[0];
  if (base === undefined) return null;
  if (!isObject(base)) {
    const value = num(base);
    return value ? { min: value, max: value, currency: null, period: null, text: String(base) } : null;
  }
  const value = list(base.value)[0];
  const quantity: Record<string, unknown> = isObject(value) ? value : { value };
  const min = num(quantity.minValue) ?? num(quantity.value);
  const max = num(quantity.maxValue) ?? num(quantity.value) ?? min;
  if (min === null && max === null) return null;
  const currency = str(base.currency) ?? str(quantity.currency);
  const unit = str(quantity.unitText) ?? str(base.unitText);
  const text = [currency, min === max ? min : `${min ?? ''}–${max ?? ''}`, unit ? `per ${unit.toLowerCase()}` : null]
    .filter(Boolean)
    .join(' ');
  return { min, max, currency: currency?.toUpperCase() ?? null, period: periodOf(unit), text };
}

function identifierOf(posting: JsonObject): string | null {
  const identifier = list(posting.identifier)[0];
  if (isObject(identifier)) return str(identifier.value) ?? str(identifier['@id']);
  return str(identifier);
}

/** Maps one JobPosting object. `pageUrl` is the page it came from (kept as the posting URL). */
export function mapJobPosting(posting: JsonObject, pageUrl: string, source: Partial<JobSource> = {}): RawPosting | null {
  const title = cleanLine(posting.title) ?? cleanLine(posting.name);
  if (!title) return null;
  const description = descriptionFromHtml(posting.description);
  const remote = list(posting.jobLocationType).some((type) => typeof type === 'string' && /telecommute/i.test(type)) ? 'remote' : null;
  const ownUrl = absoluteUrl(posting.url, pageUrl);
  const externalId = identifierOf(posting) ?? ownUrl ?? pageUrl;
  return {
    externalId,
    url: pageUrl,
    applyUrl: ownUrl ?? pageUrl,
    title,
    company: nameOf(list(posting.hiringOrganization)[0]),
    location: locationText(posting),
    remote: remote ?? remoteModeOf(str(posting.workplaceType)),
    employmentType: employmentTypeOf(posting.employmentType),
    datePosted: isoDate(posting.datePosted),
    validThrough: isoDate(posting.validThrough),
    salary: salaryOf(posting),
    descriptionHtml: description.html,
    descriptionText: description.text,
    source: { kind: 'url', name: 'JSON-LD', url: pageUrl, externalId, ...source },
  };
}

/** All JobPostings found in a page's JSON-LD, mapped. */
export function extractJsonLdPostings(html: string, pageUrl: string): RawPosting[] {
  const postings: RawPosting[] = [];
  for (const block of findJsonLdBlocks(html)) {
    const parsed = parseJsonLd(block);
    if (parsed === null) continue;
    for (const posting of collectJobPostings(parsed)) {
      const mapped = mapJobPosting(posting, pageUrl);
      if (mapped) postings.push(mapped);
    }
  }
  return postings;
}
