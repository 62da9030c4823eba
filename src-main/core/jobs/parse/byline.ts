/**
 * The byline under a posting's title: "Acme Health · Denver, CO · Hybrid", "Acme Labs – New York,
 * NY (hybrid)", "Acme | Remote (US or Canada) | Full-time", "Acme Fulfillment, Columbus, OH", or the
 * employer alone on its own line followed by the place. Segments are told apart by what they are:
 * a place (gazetteer or "City, ST"), a work-mode or schedule note, or a name. A name alone on a
 * line only counts as the employer when the posting mentions it again.
 */
import { countryOf, regionCode } from './places';
import type { PostingLine, Section } from './sections';

export interface Byline {
  company: string | null;
  location: string | null;
}

const MODE_WORDS =
  /^(?:(?:fully |100% )?remote(?:[- ](?:first|friendly))?|hybrid|on[- ]?site|in[- ]office|in[- ]person|full[- ]time|part[- ]time|contract|temporary|seasonal|freelance|permanent|internship|per diem|nights?|days|weekends)$/i;
const REMOTE_PLACE = /^(?:fully |100% )?remote(?:[- ](?:first|friendly))?\b/i;
const SEGMENT_SPLIT = /\s*[·•|]\s*|\s+[–—-]\s+/;
const CONNECTOR = /^(?:of|and|for|the|de|du|des|la|le|del|y|&|\+|und|für|a)$/;
const SENTENCE_WORDS = /\b(?:is|are|was|we|you|our|your|will|to|with|this|that|looking|seeking|hiring|join)\b/i;

/** Segments split at "·", "|" and spaced dashes outside brackets: "(Remote - US)" stays whole. */
function segmentsOf(text: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let from = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (char === '(' || char === '[') depth += 1;
    else if ((char === ')' || char === ']') && depth > 0) depth -= 1;
    else if (depth === 0) {
      const match = SEGMENT_SPLIT.exec(text.slice(index));
      if (match?.index === 0 && match[0].length > 0) {
        segments.push(text.slice(from, index));
        from = index + match[0].length;
        index = from - 1;
      }
    }
  }
  segments.push(text.slice(from));
  return segments.map((part) => part.trim()).filter(Boolean);
}

function plain(text: string): string {
  return text.replace(/[*_`]{1,2}/g, '').replace(/^#+\s*/, '').trim();
}

/** "(hybrid)" / "(Remote)" after a place is a work-mode note, and "04101" a postal code: neither is the place. */
function withoutModeNote(text: string): string {
  return text
    .replace(/\s*\((?:[^)]*\b(?:hybrid|remote|on[- ]?site|in[- ]office)\b[^)]*)\)\s*$/i, '')
    .replace(/\s+\d{5}(?:-\d{4})?$/, '')
    .trim();
}

/** "Guildford, Surrey": a place the gazetteer does not know, accepted only right under a name. */
const PLACE_SHAPE = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?,\s\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?$/u;

export function isPlace(text: string): boolean {
  const place = withoutModeNote(text);
  if (REMOTE_PLACE.test(place)) return true;
  // "City, Region, Country" is a place; "Name, City, ST" is a byline with the employer first.
  if (place.split(',').length >= 3 && /,\s?[A-Z]{2}$/.test(place)) return false;
  if (/^[\p{Lu}][\p{L}.'’ -]+,\s?[A-Z]{2}$/u.test(place) && regionCode(place.slice(-2)) !== null) return true;
  return countryOf(place.replace(/\b(?:or|and)\b/g, ',')) !== null && !SENTENCE_WORDS.test(place);
}

function cleanPlace(text: string): string {
  return withoutModeNote(text).replace(REMOTE_PLACE, 'Remote');
}

export function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || text.length > 60 || SENTENCE_WORDS.test(text) || /[.!?:;]$/.test(text)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text) || MODE_WORDS.test(text)) return false;
  return words.every((word) => /^[\p{Lu}\p{N}&+]/u.test(word) || CONNECTOR.test(word));
}

/** "Pinecrest Fulfillment, Columbus, OH" → name and place, split where the rest is a place. */
function nameAndPlace(segment: string): { name: string | null; place: string | null } {
  if (isPlace(segment)) return { name: null, place: cleanPlace(segment) };
  const parts = segment.split(/,\s*/);
  for (let cut = 1; cut < parts.length; cut += 1) {
    const place = parts.slice(cut).join(', ');
    const name = parts.slice(0, cut).join(', ');
    if (isPlace(place) && looksLikeName(name)) return { name, place: cleanPlace(place) };
  }
  return { name: looksLikeName(segment) ? segment : null, place: null };
}

function readLine(line: PostingLine): { names: string[]; place: string | null } | null {
  const text = plain(line.text);
  if (line.bullet || text.length === 0 || text.length > 110 || /[.!?]$/.test(text)) return null;
  const names: string[] = [];
  let place: string | null = null;
  let unknown = false;
  for (const segment of segmentsOf(text)) {
    if (MODE_WORDS.test(segment.replace(/[()]/g, ''))) continue;
    const found = nameAndPlace(segment);
    if (found.place && !place) place = found.place;
    if (found.name) names.push(found.name);
    unknown ||= !found.place && !found.name;
  }
  // "Acme | Hamburg | Teilzeit (20 Std./Woche)": a note we cannot read does not spoil a byline with a place.
  return unknown && !place ? null : { names, place };
}

function mentionedAgain(name: string, body: string): boolean {
  const head = name.split(/\s+/)[0] ?? '';
  const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return head.length >= 3 && (body.match(new RegExp(`\\b${escaped}\\b`, 'g'))?.length ?? 0) >= 2;
}

/** The lines right under the title: the rest of the opening block, up to three lines. */
function openingLines(sections: Section[], title: string): PostingLine[] {
  const first = sections[0];
  if (!first) return [];
  const lines = first.lines;
  const titleAt = lines.findIndex((line) => plain(line.text).startsWith(title));
  if (first.kind !== 'intro' && !plain(first.heading ?? '').startsWith(title)) return [];
  return lines.slice(titleAt + 1, titleAt + 4);
}

export function findByline(sections: Section[], title: string, body: string): Byline {
  let company: string | null = null;
  let location: string | null = null;
  const lines = openingLines(sections, title);
  for (const [index, line] of lines.entries()) {
    const read = readLine(line);
    if (!read) break;
    location ??= read.place;
    const name = read.names.find((candidate) => candidate !== title && !title.startsWith(candidate));
    // A name beside a place is a byline; a name alone must be followed by a place or named again.
    const next = plain(lines[index + 1]?.text ?? '');
    const placeNext = !read.place && name !== undefined && (isPlace(next) || PLACE_SHAPE.test(next));
    if (!company && name && (read.place || placeNext || mentionedAgain(name, body))) company = name;
    if (placeNext && !location) location = cleanPlace(next);
  }
  return { company, location };
}

/**
 * "Backend Developer - Nimbus Cloud - Remote" / "Nurse | Acme Health | Denver, CO": a title line
 * that carries the byline. Split only when a later segment is a place or a work-mode note, so
 * "Data Analyst – SQL/Python" or "Nurse - Night Shift" stay whole.
 */
export function splitTitleLine(line: string): { title: string; company: string | null; location: string | null } {
  const segments = segmentsOf(line);
  const rest = segments.slice(1);
  const title = segments[0] ?? line;
  const isNote = (segment: string): boolean => isPlace(segment) || MODE_WORDS.test(segment.replace(/[()]/g, ''));
  if (rest.length === 0 || !rest.some(isNote)) return { title: line, company: null, location: null };
  const place = rest.find((segment) => isPlace(segment));
  const name = rest.find((segment) => !isNote(segment) && looksLikeName(segment)) ?? null;
  return { title, company: name, location: place ? cleanPlace(place) : null };
}

/** "Mercy Ridge Medical Center - Toledo, OH" in a location field: the place, and the name beside it. */
export function placeOfField(value: string): { place: string; company: string | null } {
  const segments = segmentsOf(value);
  const place = segments.find((segment) => isPlace(segment));
  const others = segments.filter((segment) => segment !== place);
  const company = others.find((segment) => looksLikeName(segment)) ?? null;
  const onlyNotes = others.every((segment) => MODE_WORDS.test(segment.replace(/[()]/g, '')) || segment === company);
  // "Remote - must live in Texas" stays as written: only an employer's name or a work-mode note is taken off.
  return place && others.length > 0 && onlyNotes ? { place: cleanPlace(place), company } : { place: value, company: null };
}
