/**
 * Reads an entry's header lines: takes out the date range and the location, and returns the
 * remaining pieces ("Company", "Title") for the section parser to label.
 */
import { findDateRange, removeSpan, type DateRange } from './dates';
import { extractInlineLocation, knownPlace, looksLikeLocation } from './location';
import { splitPieces, type PLine } from './lines';
import { orgScore, titleScore } from './roles';

export interface Piece {
  text: string;
  line: PLine;
}

export interface HeaderFields {
  dates: (DateRange & { line: PLine }) | null;
  location: Piece | null;
  pieces: Piece[];
}

const NOISE =
  /^(?:full[- ]time|part[- ]time|contract|freelance|temporary|internship|remote|hybrid|on[- ]site|cdi|cdd|gpa:?.*|expected.*|graduat\w*:?|(?:19|20)\d{2})$/i;

/**
 * "Alpenblick Versicherung AG, München": an organisation, then a bare city after the last comma. The
 * head must read as an organisation by its words, or sit beside the entry's job title
 * ("Lakeside Drug, St. Cloud — Staff Pharmacist"), where a plain name is the employer.
 */
function trailingCity(raw: string, titled: boolean): [string, string] | null {
  const i = raw.lastIndexOf(',');
  if (i < 0) return null;
  const head = raw.slice(0, i).trim();
  const tail = raw.slice(i + 1).trim();
  if (!orgScore(head) && knownPlace(raw)) return null;
  if (!(orgScore(head) || titled) || titleScore(head) || orgScore(tail) || titleScore(tail) || /^(?:\p{L}\.){2,}$/u.test(tail)) return null;
  return /^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2}$/u.test(tail) ? [head, tail] : null;
}

const PLACE_WORDS = /^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2}$/u;
const LEGAL_FORM = /^(?:inc|llc|ltd|co|corp|gmbh|ag|plc|l\.?p|s\.?a(?:\.?s)?|s\.?l|s\.?r\.?l)\.?$/i;

/**
 * One piece holding commas, in a work header: "Title, Company" → two pieces; "Title, Company, City"
 * → two pieces and a location. A legal form after a comma ("Acme, Inc.") stays with its name.
 */
function splitCommaPiece(only: Piece, hasLocation: boolean): { pieces: Piece[]; location: Piece | null } {
  const parts: string[] = [];
  for (const part of only.text.split(/,\s*(?![^()]*\))/).map((p) => p.trim())) {
    if (parts.length && LEGAL_FORM.test(part)) parts[parts.length - 1] += `, ${part}`;
    else if (part) parts.push(part);
  }
  let location: Piece | null = null;
  const last = parts[parts.length - 1]!;
  if (!hasLocation && parts.length >= 3 && PLACE_WORDS.test(last) && !orgScore(last) && !titleScore(last)) {
    location = { text: parts.pop()!, line: only.line };
  }
  if (parts.length < 2) return { pieces: [only], location };
  return { pieces: [parts[0]!, parts.slice(1).join(', ')].map((text) => ({ text, line: only.line })), location };
}

/**
 * Takes a location out of one piece of a header line, when there is one. A bare "Name, Word" counts
 * only with a known state or country, or as the line's last piece (where locations sit), so
 * "Coastal Signals Unit, MOD <tab> Portsmouth" keeps its organisation.
 */
interface PlaceContext {
  work: boolean;
  /** Another piece of the header is a job title. */
  titled: boolean;
  placed: boolean;
  last: boolean;
}

function placeOf(raw: string, line: PLine, { work, titled, placed, last }: PlaceContext): { location: Piece; rest: string[] } | null {
  const inline = extractInlineLocation(raw);
  if (inline && (inline[0] || inline[2])) return { location: { text: inline[1], line }, rest: [inline[0], inline[2]] };
  const city = work ? trailingCity(raw, titled) : null;
  if (city) return { location: { text: city[1], line }, rest: [city[0]] };
  const bare = raw.replace(/^\(([^()]*)\)$/, '$1').trim();
  const place = knownPlace(bare) || (last && looksLikeLocation(bare));
  if (place && !orgScore(bare) && !titleScore(bare) && placed) return { location: { text: bare, line }, rest: [] };
  return null;
}

const LEAD_WORDS = /\b(?:expected(?: graduation)?|graduat(?:ed|ion)|dipl[oô]m[ée]e?|obtenu|since|depuis|desde|seit)\s*:?\s*(?=\t|$)/gi;

export function readHeader(lines: PLine[], splitCommas = false): HeaderFields {
  let dates: HeaderFields['dates'] = null;
  let location: Piece | null = null;
  let pieces: Piece[] = [];
  // A range anywhere in the header is the entry's dates; a lone year elsewhere belongs to a name or note.
  const rangeLine = lines.find((l) => findDateRange(l.text)?.single === false);
  const titles = splitCommas ? lines.flatMap((l) => splitPieces(l.text)).filter((p) => titleScore(p) > 0) : [];
  for (const line of lines) {
    let text = line.text;
    const range: DateRange | null = dates || (rangeLine && line !== rangeLine) ? null : findDateRange(text);
    if (range) {
      dates = { ...range, line };
      text = removeSpan(text, range.index, range.end);
    }
    // "(expected Dec 2025)" loses its date and its lead word: drop the empty brackets left behind.
    const raws = splitPieces(text.replace(LEAD_WORDS, '\t').replace(/\(\s*\)/g, ' '));
    for (const [i, raw] of raws.entries()) {
      const placed = pieces.length > 0 || lines.length > 1;
      const titled = titles.some((t) => t !== raw);
      const context = { work: splitCommas, titled, placed, last: i === raws.length - 1 };
      const place: ReturnType<typeof placeOf> = location ? null : placeOf(raw, line, context);
      if (place) location = place.location;
      for (const part of place ? place.rest : [raw]) {
        const clean = part.replace(/^\(([^()]*)\)$/, '$1').trim();
        if (clean && !NOISE.test(clean)) pieces.push({ text: clean, line });
      }
    }
  }
  if (splitCommas && pieces.length === 1 && pieces[0]!.text.includes(',')) {
    const split = splitCommaPiece(pieces[0]!, location !== null);
    pieces = split.pieces;
    location ??= split.location;
  }
  return { dates, location, pieces: pieces.filter((p) => p.text) };
}
