/**
 * Places as resumes write them: "San Francisco, CA", "Suyeong-gu, Busan, Republic of Korea", "75001 Paris",
 * "Manchester, United Kingdom", "Remote"; and a place inside a longer line ("Acme, Austin, TX").
 */
import type { ResumeLocation } from '../../../../src-preload/contract/resume.types';
import { COUNTRIES, isRegion } from './regions';
import { DEGREE, titleScore } from './roles';

const PLACE_WORD = "[\\p{Lu}][\\p{L}'.-]*";
const PLACE = new RegExp(
  `^(?:\\d{1,6}\\s+[\\p{L}0-9 .'-]+,\\s*)?${PLACE_WORD}(?:[\\s-]+${PLACE_WORD}|\\s+(?:de|del|la|le|sur|am|an|der|du)){0,4}(?:,\\s*[\\p{L}][\\p{L}.'-]*(?:\\s+[\\p{L}][\\p{L}.'-]*){0,3}){1,2}(?:\\s+\\d{4,6})?$`,
  'u',
);
const POSTAL_CITY = /^(?:\d{4,6}\s+\p{Lu}[\p{L}' -]+|\p{Lu}[\p{L}' -]+\s+\d{4,6})(?:,\s*\p{Lu}[\p{L} ]+)?$/u;

/**
 * "12 rue des Lilas, 69003 Lyon, France", "Dublin 8, Ireland": a street or postal address, with
 * numbers the plain place pattern does not allow, ending in a known state or country.
 */
function postalAddress(p: string): boolean {
  const parts = p.split(',').map((s) => s.trim());
  if (parts.length < 2 || parts.length > 5 || !parts.some((s) => /\d/.test(s)) || !isRegion(parts[parts.length - 1]!)) return false;
  return parts.every((s) => s.length > 0 && s.length <= 40 && /\p{L}/u.test(s)) && !titleScore(p) && !DEGREE.test(` ${p}`);
}

/** True for "San Francisco, CA", "Suyeong-gu, Busan, Republic of Korea", "75001 Paris", "Remote". */
export function looksLikeLocation(piece: string): boolean {
  const p = piece.trim();
  if (p.length > 70 || /@|https?:|\d{7,}/.test(p)) return false;
  if (/^remote$/i.test(p)) return true;
  if (POSTAL_CITY.test(p)) return true;
  if (!PLACE.test(p)) return COUNTRIES.has(p.toLowerCase()) || postalAddress(p);
  const parts = p.split(',').map((s) => s.trim());
  const last = parts[parts.length - 1]!;
  const lastUpper = last.replace(/\s+\d+$/, '');
  if (isRegion(lastUpper)) return true;
  // "Project Manager, PMP" or "B.A., Economics" have the shape of a place but name a job or a degree.
  const head = parts.slice(0, -1).join(' ');
  if (titleScore(head) || DEGREE.test(` ${head}`)) return false;
  return /^[\p{Lu}][\p{L}.'-]+(?:\s(?:of|de|la|del|du|am|an)?\s?[\p{Lu}][\p{L}.'-]+)*$/u.test(lastUpper);
}

/** "Austin, TX", "Lyon, France", "Remote": a place whose last part is a known state or country. */
export function knownPlace(piece: string): boolean {
  const last = piece
    .split(',')
    .pop()!
    .trim()
    .replace(/\s+\d+$/, '');
  return looksLikeLocation(piece) && isRegion(last);
}

const INLINE_LOCATION = new RegExp(
  `(?:^|,\\s*)((?:${PLACE_WORD}\\s?){1,3},\\s*(?:[A-Z]{2}|[\\p{Lu}][\\p{L}]+(?:\\s[\\p{Lu}][\\p{L}]+)?))(?=\\s*(?:,|$))`,
  'gu',
);

/** "City, ST" or "City, Country" inside a longer comma list: returns [before, location, after]. */
export function extractInlineLocation(text: string): [string, string, string] | null {
  if (!text.includes(',')) return null;
  const re = INLINE_LOCATION;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const loc = m[1]!;
    const region = loc.split(',')[1]!.trim();
    if (!isRegion(region)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index + m[0].indexOf(loc);
    return [text.slice(0, start).replace(/[,\s]+$/, ''), loc, text.slice(start + loc.length).replace(/^[,\s]+/, '')];
  }
  return null;
}

export function toLocation(text: string): ResumeLocation {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length >= 3)
    return { address: parts.slice(0, parts.length - 2).join(', '), city: parts[parts.length - 2]!, region: parts[parts.length - 1]! };
  if (parts.length === 2) return { city: parts[0]!, region: parts[1]! };
  return { city: parts[0] ?? text };
}
