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

const BULLET_CHARS = /^\s*(?:[•●▪■◦‣∙·○◆◇►▶➢✓✔☐*\-–—]|\u2022|\uf0b7|\uf0a7|\uf0d8)\s*/u;

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
      if (m && text.length > m[0].length && !/^\s*[-–—]\s*\d/.test(text)) {
        bullet = true;
        text = text.slice(m[0].length).trim();
      }
      if (!text) continue;
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

/** Splits a line on strong separators: tabs (layout gaps), pipes, bullets, spaced dashes, " at ". */
export function splitPieces(text: string): string[] {
  return text
    .split(/\t|\s[|•·◦▪]\s|\s*\|\s*|\s+[–—-]\s+|\s+@\s+|\s+at\s+(?=\p{Lu})/u)
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
