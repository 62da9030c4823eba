/** Parser-side view of document lines: cleaned text plus the layout hints the rules use. */
import type { DocumentLine, ExtractedDocument } from '../../documents/types';

export interface PLine {
  text: string;
  page: number;
  line: number;
  x: number;
  fontSize: number;
  bold: boolean;
  column: number;
  headingLevel?: number;
  /** A bullet or numbered list item in the source. */
  bullet: boolean;
  /** Index in document order. */
  index: number;
}

const BULLET_CHARS = /^\s*(?:[•●▪■□◦‣∙·○◆◇♦❖►▶▸➢➤➔→⇒»✓✔☑☐★✦*\-–—⁃]|\u2022|\uf0b7|\uf0a7|\uf0d8|\uf076|\uf0fc|o(?=\s+\p{Lu}))\s*/u;
/** "1. Did X", "2) Did Y": numbered list items (not "3.5 GPA", "2019. Joined" or a date "12. März 2019"). */
const NUMBERED = /^\s*\d{1,2}[.)]\s+(?=\p{L})(?!\p{L}+\.?\s+(?:19|20)\d{2})/u;

/** Normalizes typography that PDFs and Word scatter through text (soft hyphens, odd dashes, NBSP). */
export function cleanText(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/[\u2010\u2011\u2012\u2212]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[ ]{2,}/g, ' ')
    .trim();
}

export function toParserLines(doc: ExtractedDocument): PLine[] {
  const out: PLine[] = [];
  for (const page of doc.pages) {
    for (const l of page.lines as DocumentLine[]) {
      let text = cleanText(l.text);
      let bullet = !!l.listItem;
      const m = BULLET_CHARS.exec(text);
      // "- 2019" style date lines are not bullets; a dash followed by a word is.
      const n = m ? null : NUMBERED.exec(text);
      if (m && text.length > m[0].length && !/^\s*[-–—]\s*\d/.test(text)) {
        bullet = true;
        text = text.slice(m[0].length).trim();
      } else if (n) {
        bullet = true;
        text = text.slice(n[0].length).trim();
      }
      // Rules drawn with characters ("______", "• • •") carry no text.
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const line: PLine = {
        text,
        page: l.page,
        line: l.line,
        x: l.x,
        fontSize: l.fontSize,
        bold: l.bold,
        column: l.column,
        bullet,
        index: out.length,
      };
      if (l.headingLevel) line.headingLevel = l.headingLevel;
      out.push(line);
    }
  }
  return out;
}

/** Lower case, accents removed, punctuation turned into spaces: the form wording rules compare. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const SCHOOL_NAME = /\b(?:universit\w*|college|institute|school|state)\b[^\t|]*$/i;

/**
 * " at " between a title and a company separates them ("Analyst at Orchard Bank"); inside a school's
 * name it does not ("University of Texas at Austin").
 */
function splitAt(part: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of part.matchAll(/\s+at\s+(?=\p{Lu})/gu)) {
    const before = part.slice(start, m.index);
    if (SCHOOL_NAME.test(before)) continue;
    out.push(before);
    start = m.index + m[0].length;
  }
  out.push(part.slice(start));
  return out;
}

/** Splits a line on strong separators: tabs (layout gaps), pipes, bullets, spaced dashes, " at ". */
export function splitPieces(text: string): string[] {
  return text
    .split(/\t|\s[|•·◦▪]\s|\s*\|\s*|\s+[–—-]\s+|\s+@\s+/u)
    .flatMap(splitAt)
    .map((p) =>
      p
        .trim()
        .replace(/^[,;:–—-]\s*|\s*[,;:–—-]$/g, '')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

/** Median font size weighted by characters: the body text size. */
export function bodyFontSize(lines: PLine[]): number {
  const weighted = lines.filter((l) => l.fontSize > 0).map((l) => [l.fontSize, Math.min(l.text.length, 200)] as const);
  if (!weighted.length) return 0;
  weighted.sort((a, b) => a[0] - b[0]);
  const half = weighted.reduce((n, w) => n + w[1], 0) / 2;
  let seen = 0;
  for (const [size, weight] of weighted) {
    seen += weight;
    if (seen >= half) return size;
  }
  return weighted[weighted.length - 1]![0];
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
