/**
 * Reads an entry's header lines: takes out the date range and the location, and returns the
 * remaining pieces ("Company", "Title") for the section parser to label.
 */
import { findDateRange, removeSpan, type DateRange } from './dates';
import { extractInlineLocation, looksLikeLocation } from './contact';
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

export function readHeader(lines: PLine[], splitCommas = false): HeaderFields {
  let dates: HeaderFields['dates'] = null;
  let location: Piece | null = null;
  const pieces: Piece[] = [];
  for (const line of lines) {
    let text = line.text;
    if (!dates) {
      const range = findDateRange(text);
      if (range) {
        dates = { ...range, line };
        text = removeSpan(text, range.index, range.end);
      }
    }
    text = text.replace(
      /\b(?:expected(?: graduation)?|graduat(?:ed|ion)|dipl[oô]m[ée]e?|obtenu|since|depuis|desde|seit)\s*:?\s*(?=\t|$)/gi,
      '\t',
    );
    for (let raw of splitPieces(text)) {
      if (!location) {
        const inline = extractInlineLocation(raw);
        if (inline && (inline[0] || inline[2])) {
          location = { text: inline[1], line };
          for (const part of [inline[0], inline[2]]) if (part.trim()) pieces.push({ text: part.trim(), line });
          continue;
        }
      }
      raw = raw.replace(/^\(([^()]*)\)$/, '$1').trim();
      if (!raw || NOISE.test(raw)) continue;
      if (!location && looksLikeLocation(raw) && !orgScore(raw) && !titleScore(raw) && (pieces.length > 0 || lines.length > 1)) {
        location = { text: raw, line };
        continue;
      }
      pieces.push({ text: raw, line });
    }
  }
  if (splitCommas && pieces.length === 1 && pieces[0]!.text.includes(',')) {
    const only = pieces.pop()!;
    const idx = only.text.indexOf(',');
    pieces.push({ text: only.text.slice(0, idx).trim(), line: only.line }, { text: only.text.slice(idx + 1).trim(), line: only.line });
  }
  return { dates, location, pieces: pieces.filter((p) => p.text) };
}
