/**
 * Positioned text runs → visual lines in reading order (pure geometry, no pdf.js here).
 *
 * Two-column pages are read one column at a time (PERFORMANCE.md "two-column reading order"):
 * the main column whole, then the sidebar, so words are never glued across the gutter.
 * Large horizontal gaps inside a column (right-aligned dates, "Company <tab> City") are kept as a
 * tab so parsers can split on them.
 */
import type { DocumentLine, DocumentPage } from '../../core/documents/types';
import { collapseLetterSpacing } from './build-document';

export interface PdfTextRun {
  text: string;
  x: number;
  /** Top of the glyph box, from the top of the page. */
  top: number;
  /** Baseline, from the top of the page. */
  baseline: number;
  width: number;
  fontSize: number;
  fontName: string;
}

interface Segment {
  text: string;
  x: number;
  end: number;
  top: number;
  baseline: number;
  fontSize: number;
  boldChars: number;
  chars: number;
  row: number;
}

export interface PageLayoutResult {
  page: DocumentPage;
  tables: boolean;
}

/** A gap wider than this many ems splits a row into segments. */
const SEGMENT_GAP_EM = 1.4;
/** A gap wider than this many ems (and no explicit space) inserts a space. */
const SPACE_GAP_EM = 0.18;

function groupRows(runs: PdfTextRun[]): PdfTextRun[][] {
  const sorted = runs.slice().sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const rows: PdfTextRun[][] = [];
  let current: PdfTextRun[] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  for (const run of sorted) {
    const tolerance = Math.max(1, run.fontSize * 0.35);
    if (current.length && Math.abs(run.baseline - baseline) <= tolerance) {
      current.push(run);
    } else {
      if (current.length) rows.push(current);
      current = [run];
      baseline = run.baseline;
    }
  }
  if (current.length) rows.push(current);
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

function rowSegments(row: PdfTextRun[], rowIndex: number, boldFonts: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let seg: Segment | null = null;
  for (const run of row) {
    const em = Math.max(run.fontSize, 1);
    const chars = run.text.replace(/\s+/g, '').length;
    const bold = boldFonts.has(run.fontName) ? chars : 0;
    if (seg && run.x - seg.end <= SEGMENT_GAP_EM * em) {
      const gap = run.x - seg.end;
      const needsSpace = gap > SPACE_GAP_EM * em && !/\s$/.test(seg.text) && !/^\s/.test(run.text);
      // A gap of half an em or more is a word break even in letter-spaced text: two spaces mark it.
      seg.text += (needsSpace ? (gap > 0.5 * em ? '  ' : ' ') : '') + run.text;
      seg.end = Math.max(seg.end, run.x + run.width);
      seg.top = Math.min(seg.top, run.top);
      seg.fontSize = chars > seg.chars ? run.fontSize : seg.fontSize;
      seg.chars += chars;
      seg.boldChars += bold;
    } else {
      seg = {
        text: run.text,
        x: run.x,
        end: run.x + run.width,
        top: run.top,
        baseline: run.baseline,
        fontSize: run.fontSize,
        chars,
        boldChars: bold,
        row: rowIndex,
      };
      segments.push(seg);
    }
  }
  for (const s of segments) s.text = collapseLetterSpacing(s.text).replace(/\s+/g, ' ').trim();
  return segments.filter((s) => s.text.length > 0);
}

const DATE_OR_PLACE =
  /^(?:[\p{L}.]*\s*)?(?:\d{1,2}[/.-])?(?:19|20)\d{2}\b|present|current|now|heute|actual|^[\p{Lu}][\p{L} .'-]+,\s*[\p{Lu}]{2,}$/iu;

/**
 * Finds a vertical gutter: an x band that almost no segment crosses, with real text on both sides.
 * Right-aligned dates in a one-column resume also leave such a band, so the right side must hold a
 * fair share of the text and not be mostly dates or places.
 */
function findGutter(segments: Segment[], pageWidth: number): { start: number; end: number } | null {
  if (segments.length < 8 || pageWidth <= 0) return null;
  const width = Math.ceil(pageWidth);
  const cover = new Int32Array(width + 1);
  for (const s of segments) {
    const a = Math.max(0, Math.floor(s.x));
    const b = Math.min(width, Math.ceil(s.end));
    for (let x = a; x < b; x++) cover[x]!++;
  }
  const allowance = Math.max(2, Math.floor(segments.length * 0.06));
  let best: { start: number; end: number } | null = null;
  let runStart = -1;
  const lo = Math.floor(width * 0.15);
  const hi = Math.ceil(width * 0.85);
  for (let x = lo; x <= hi; x++) {
    const open = x < hi && cover[x]! <= allowance;
    if (open && runStart < 0) runStart = x;
    if (!open && runStart >= 0) {
      if (!best || x - runStart > best.end - best.start) best = { start: runStart, end: x };
      runStart = -1;
    }
  }
  if (!best || best.end - best.start < 6) return null;
  const mid = (best.start + best.end) / 2;
  const left = segments.filter((s) => s.end <= mid);
  const right = segments.filter((s) => s.x >= mid);
  const leftChars = left.reduce((n, s) => n + s.chars, 0);
  const rightChars = right.reduce((n, s) => n + s.chars, 0);
  const total = leftChars + rightChars;
  if (left.length < 4 || right.length < 4 || total === 0) return null;
  if (Math.min(leftChars, rightChars) / total < 0.12) return null;
  const sideKinds = (side: Segment[]) =>
    side.filter((s) => DATE_OR_PLACE.test(s.text) && s.text.split(' ').length <= 5).length / side.length;
  if (sideKinds(right) > 0.5 || sideKinds(left) > 0.5) return null;
  // Rows that pair a left segment with a right one on the same baseline are table-like, not columns.
  const leftRows = new Set(left.map((s) => s.row));
  const paired = right.filter((s) => leftRows.has(s.row)).length / right.length;
  if (paired > 0.85) return null;
  return best;
}

function toLine(pageNumber: number, segs: Segment[], column: number): DocumentLine {
  segs.sort((a, b) => a.x - b.x);
  const first = segs[0]!;
  const chars = segs.reduce((n, s) => n + s.chars, 0);
  const boldChars = segs.reduce((n, s) => n + s.boldChars, 0);
  let fontSize = first.fontSize;
  let most = -1;
  for (const s of segs)
    if (s.chars > most) {
      most = s.chars;
      fontSize = s.fontSize;
    }
  const end = Math.max(...segs.map((s) => s.end));
  return {
    page: pageNumber,
    line: 0,
    text: segs.map((s) => s.text).join('\t'),
    x: Math.round(first.x * 10) / 10,
    y: Math.round(Math.min(...segs.map((s) => s.top)) * 10) / 10,
    width: Math.round((end - first.x) * 10) / 10,
    height: Math.round(fontSize * 10) / 10,
    fontSize: Math.round(fontSize * 10) / 10,
    bold: chars > 0 && boldChars / chars >= 0.6,
    column,
  };
}

function linesFrom(pageNumber: number, segments: Segment[], column: number): DocumentLine[] {
  const byRow = new Map<number, Segment[]>();
  for (const s of segments) {
    const row = byRow.get(s.row);
    if (row) row.push(s);
    else byRow.set(s.row, [s]);
  }
  return [...byRow.keys()].sort((a, b) => a - b).map((row) => toLine(pageNumber, byRow.get(row)!, column));
}

/** Three or more consecutive lines with three or more cells each: a table (ATS risk signal). */
function hasTable(lines: DocumentLine[]): boolean {
  let streak = 0;
  for (const line of lines) {
    streak = line.text.split('\t').length >= 3 ? streak + 1 : 0;
    if (streak >= 3) return true;
  }
  return false;
}

export function layoutPage(
  pageNumber: number,
  pageWidth: number,
  pageHeight: number,
  runs: PdfTextRun[],
  boldFonts: ReadonlySet<string>,
): PageLayoutResult {
  const rows = groupRows(runs.filter((r) => r.text.trim().length > 0));
  const segments = rows.flatMap((row, i) => rowSegments(row, i, boldFonts));
  const gutter = findGutter(segments, pageWidth);
  let lines: DocumentLine[];
  let columns = 1;
  if (!gutter) {
    lines = linesFrom(pageNumber, segments, 0);
  } else {
    columns = 2;
    const mid = (gutter.start + gutter.end) / 2;
    const left = segments.filter((s) => s.end <= mid);
    const right = segments.filter((s) => s.x >= mid);
    const crossing = segments.filter((s) => s.end > mid && s.x < mid);
    const chars = (side: Segment[]) => side.reduce((n, s) => n + s.chars, 0);
    const [main, side] = chars(left) >= chars(right) ? [left, right] : [right, left];
    const firstColumnRow = Math.min(...left.map((s) => s.row), ...right.map((s) => s.row));
    const header = crossing.filter((s) => s.row < firstColumnRow);
    const body = crossing.filter((s) => s.row >= firstColumnRow);
    lines = [...linesFrom(pageNumber, header, 0), ...linesFrom(pageNumber, [...main, ...body], 0), ...linesFrom(pageNumber, side, 1)];
  }
  lines.forEach((line, i) => (line.line = i + 1));
  return { page: { number: pageNumber, width: pageWidth, height: pageHeight, lines, columns }, tables: hasTable(lines) };
}

/**
 * pdf.js's text layer does not say which font is bold without a render pass (about twice the cost
 * of text extraction), so weight is inferred: a font other than the body font whose glyphs run at
 * least as wide as the body's is treated as bold (bold faces are wider, italics narrower).
 */
export function inferBoldFonts(runs: Iterable<PdfTextRun>): Set<string> {
  const stats = new Map<string, { chars: number; advance: number }>();
  for (const run of runs) {
    const chars = run.text.length;
    if (!chars || run.fontSize <= 0 || run.width <= 0) continue;
    const s = stats.get(run.fontName) ?? { chars: 0, advance: 0 };
    s.chars += chars;
    s.advance += run.width / run.fontSize;
    stats.set(run.fontName, s);
  }
  let body: string | null = null;
  let most = 0;
  for (const [name, s] of stats)
    if (s.chars > most) {
      most = s.chars;
      body = name;
    }
  const bold = new Set<string>();
  if (!body) return bold;
  const bodyStats = stats.get(body)!;
  const bodyAdvance = bodyStats.advance / bodyStats.chars;
  for (const [name, s] of stats) {
    if (name === body) continue;
    if (s.advance / s.chars >= bodyAdvance * 1.0) bold.add(name);
  }
  return bold;
}
