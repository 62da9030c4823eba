/**
 * Where the job is. A structured value (hint or header) wins, but a value that only says "Remote"
 * or names a bare state/country is refined from the posting when the prose is more precise
 * ("based in our Denver office", "in Phoenix, AZ", a title ending in "(Phoenix)").
 */
import { CA_PROVINCES, CITIES, COUNTRIES, CURRENCY_BY_COUNTRY, US_STATES, countryOf, foldPlace, isBareRegion, regionCode } from './places';
import type { Section } from './sections';

const NAME = String.raw`[A-Z][\p{L}.'’]+(?:[ -][A-Z][\p{L}.'’]+){0,2}`;
/** "Seattle, WA", "Toronto, ON" — not followed by a ZIP code, which marks a mailing address. */
const CITY_CODE = new RegExp(String.raw`\b(${NAME}),\s?([A-Z]{2})\b(?!\s*\d{5})`, 'gu');
const CITY_REGION = new RegExp(String.raw`\b(${NAME}),\s?(${NAME})\b`, 'gu');
const REMOTE_ONLY = /^(?:100% )?(?:remote|fully remote|anywhere|worldwide|global|work from home|wfh|télétravail|remoto|teletrabajo)(?: ?\(?(?:us|usa|global|worldwide)\)?)?$/i;
const REMOTE_IN = /\b[Rr]emote\s*(?:[,(–—-]|\bin\b|\bwithin\b)\s*(?:the\s+)?((?:[A-Z][\p{L}]+\s?){1,3})\)?/u;
const BASED_IN = /\b(?:based|located|situated|position is in|role is in)\s+(?:in|out of|at)\s+([^.;\n]{2,120})/i;

export function currencyForLocation(location: string | null): string | null {
  if (!location) return null;
  const country = countryOf(location);
  return country ? (CURRENCY_BY_COUNTRY[country] ?? null) : null;
}

function isKnownCode(code: string): boolean {
  return US_STATES[code] !== undefined || CA_PROVINCES[code] !== undefined || COUNTRIES[code.toLowerCase()] !== undefined;
}

/** The first "City, ST" / "City, Country" in the text whose second part is a real region. */
function cityPattern(text: string, region: string | null = null): string | null {
  for (const match of text.matchAll(CITY_CODE)) {
    const code = match[2] ?? '';
    if (isKnownCode(code) && (region === null || code === region)) return `${match[1]}, ${code}`;
  }
  if (region) return null;
  for (const match of text.matchAll(CITY_REGION)) {
    const city = foldPlace(match[1] ?? '');
    // "…in Halifax, Nova Scotia. This role…": the name stops at the end of the sentence.
    const region = (match[2] ?? '').replace(/\.(?:\s.*)?$/u, '');
    const second = foldPlace(region);
    const secondIsRegion = COUNTRIES[second] !== undefined || regionCode(region) !== null;
    if (secondIsRegion && (CITIES[city] !== undefined || regionCode(match[1] ?? '') === null)) return `${match[1]}, ${region}`;
  }
  return null;
}

/** "based in one of our offices (Austin, Denver, or Boston)" → "Austin, Denver, or Boston". */
function basedIn(text: string): string | null {
  const phrase = BASED_IN.exec(text)?.[1];
  if (!phrase) return null;
  const listed = /\(([^)]{3,80})\)/.exec(phrase)?.[1];
  if (listed && countryOf(listed.replace(/\bor\b|\band\b/g, ',')) !== null) return listed.trim();
  const head = phrase.split(/,\s+(?=[a-z])|\s+(?:with|and|where|for|to|who|which)\s+[a-z]/)[0]?.trim() ?? '';
  const cleaned = head.replace(/^(?:the|our|one of our)\s+/i, '');
  return /^[A-Z]/.test(cleaned) && countryOf(cleaned) !== null ? cleaned : null;
}

function locationSection(sections: Section[]): string | null {
  const section = sections.find((candidate) => /\b(location|lieu|ubicaci[oó]n|standort|arbeitsort)\b/i.test(candidate.heading ?? ''));
  const first = section?.lines[0]?.text.split(/\.\s|\.$/)[0]?.trim();
  return first && first.length <= 80 ? first : null;
}

function cityInTitle(title: string, region: string): string | null {
  const country = countryOf(region);
  for (const word of title.matchAll(/\p{Lu}[\p{L}.'’]+(?:\s\p{Lu}[\p{L}.'’]+)?/gu)) {
    for (const candidate of [word[0], word[0].split(/\s/)[0] ?? '']) {
      const folded = foldPlace(candidate);
      if (CITIES[folded] !== undefined && CITIES[folded] === country && regionCode(candidate) === null) return candidate;
    }
  }
  return null;
}

function refineRegion(region: string, title: string, text: string): string {
  const code = regionCode(region);
  const inText = code ? cityPattern(text, code) : null;
  if (inText) return inText;
  const city = cityInTitle(title, region);
  return city ? `${city}, ${region}` : region;
}

export interface LocationInput {
  given: string | null;
  title: string;
  sections: Section[];
  text: string;
}

function fromText(sections: Section[], text: string): string | null {
  const remoteIn = REMOTE_IN.exec(text)?.[1]?.trim();
  const remoteRegion = remoteIn && countryOf(remoteIn) ? `Remote, ${remoteIn}` : null;
  return locationSection(sections) ?? basedIn(text) ?? cityPattern(text) ?? remoteRegion;
}

export function findLocation(input: LocationInput): string | null {
  const given = input.given?.trim().replace(/\s+/g, ' ') || null;
  if (given && REMOTE_ONLY.test(given)) return basedIn(input.text) ?? given;
  if (given && isBareRegion(given)) return refineRegion(given, input.title, input.text);
  return given ?? fromText(input.sections, input.text);
}
